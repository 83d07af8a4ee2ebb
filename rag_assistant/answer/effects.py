"""The results part of an article, for an open question that asks what a practice achieved (取得了啥成效,
效果咋样): the sentences that report outcomes (截至目前…累计…, 已有…家落实, 同比下降…, 构建了…网络), not the
measures the points lead with."""

from __future__ import annotations

import re
from typing import Sequence

from ..text import sentence_spans
from .enumeration import statistics
from .line import Line, clip
from .narrow import MAX_POINTS, unmarked

# A sentence reports a result when it says what was reached (累计, 已有, 已完成, 同比下降, 实现全覆盖,
# 构建了, 取得…成效, 巡察期间…交办2178个, 作用得到彰显) rather than what was set up. 已有 reports a result when a count
# follows it (全市已有 343 家企业落实); before a noun it is "existing" (梳理上级已有规定: a purpose, not an outcome).
RESULT_RE = re.compile(r"截至|累计|期间|得到(?:进一步|有效|明显)?(?:彰显|提升|增强|加强|改善|巩固)|已有(?=\s*[0-9０-９一二两三四五六七八九十百千万几])|已经|已完成|已整改|已全部|已发放|已服务|已赋码|共(?:计|排查|消除|发现|划分|检查|完成|整改|查处)|"
                       r"同比|下降|提升了|提高了|实现了?(?:全覆盖|全流程)|全覆盖|构建了|形成了|建成|取得|成效|转为|整改率|完成率")


def _score(sentence: str) -> int:
    """How much a sentence reports results: its result words, and twice over when it counts them."""
    hits = len(RESULT_RE.findall(sentence))
    return hits + 2 * bool(hits and statistics(sentence))


def effect_lines(text: str, within: Sequence[tuple[int, int]] = ()) -> list[Line]:
    """The result sentences of ``text`` (only those inside ``within`` when given), in text order; when there
    are more than MAX_POINTS, the ones that report most. [] when the text reports no result."""
    spans = [(a, b) for a, b in sentence_spans(text) if len(text[a:b].strip()) >= 8
             and (not within or any(a < y and x < b for x, y in within))]
    scored = [(a, b) for a, b in spans if _score(text[a:b]) >= 2]  # a result word and a count, or two words
    scored = _continued(text, spans, scored)
    if len(scored) > MAX_POINTS:
        scored = sorted(sorted(scored, key=lambda ab: -_score(text[ab[0]:ab[1]]))[:MAX_POINTS])
    out = [unmarked(text, a, b) for a, b in scored]
    return [Line(clip(text[a:b].strip()), ((a, b),)) for a, b in out]


def _continued(text: str, spans: Sequence[tuple[int, int]], scored: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The result clauses and the counted clauses that go on from one after its semicolon (…已整改11.9万处；完成…
    3260公里；为14.8万户居民用户加装燃气泄漏报警装置。): one sentence lists its results, only the first of which
    says 累计 or 已."""
    kept, out = set(scored), []
    for i, (a, b) in enumerate(spans):
        before = spans[i - 1] if i else None
        if (a, b) not in kept and before in kept and text[before[0]:before[1]].rstrip().endswith("；") \
                and "\n" not in text[before[1]:a] and statistics(text[a:b]):
            kept.add((a, b))
        if (a, b) in kept:
            out.append((a, b))
    return out
