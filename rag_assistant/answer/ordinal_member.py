"""One numbered member of a series of batches or rounds asked (第三批公布了几个案例, 第一批挂牌了多少家, 第二轮筛查用了
多少网格员) where the sentence gives the series as a whole (公布9批24个典型案例, 累计挂牌成立98家) or another member
(开展首轮筛查).

A figure of the whole series counts every batch, not the asked one; only a sentence that says the asked ordinal
(第三批, or 首批/首轮 for the first) gives that member's figure. Issue numbers (第14期) are read as a scope elsewhere,
and the points of an article (第二点, 第三条) are read by ordinal.py, so only counters of batches, rounds, sessions and
stages are read here.
"""

from __future__ import annotations

import re

from ..numbers import read_int

# The counters of a series of repeated acts: batches, rounds, sessions, stages.
_COUNTER = r"(?:批次?|轮|届|阶段)"
_DIGITS = "零一二三四五六七八九"
# 第三批, 第 2 轮, 首批, 头一轮: the ordinal and its counter.
_ORDINAL_RE = re.compile(rf"(?:第\s*([{_DIGITS}十两\d]{{1,3}})|(首|头一?))\s*({_COUNTER})")


def _ordinals(text: str) -> set[tuple[int, str]]:
    """The (number, counter) pairs a text says; 批次 is a 批, 首/头 is the first."""
    out = set()
    for m in _ORDINAL_RE.finditer(text):
        n = 1 if m.group(2) else read_int(m.group(1))
        if n is not None:
            out.add((n, m.group(3)[0]))
    return out


def ordinal_unmet(question: str, text: str) -> bool:
    """Whether ``question`` asks a numbered batch, round or stage that ``text`` does not say (公布9批24个典型案例
    gives no 第三批; 开展首轮筛查 gives no 第二轮)."""
    asked = _ordinals(question)
    return bool(asked) and not asked <= _ordinals(re.sub(r"\s+", "", text))
