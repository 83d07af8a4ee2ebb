"""A follow-up that says only what is still to come or the whole of the figure asked before (还剩几项, 还要发多少呢,
那一共呢 after …体检查出多少问题 / …已发放奖励多少): it asks about the same counted thing, so that thing's words from
the latest earlier question that names it (镇江园区体检查出…问题, 启东实验室…发放奖励) go in front of it. Carried
as context words alone, the thing is no term of the question, and the checks refuse for want of it.
"""

from __future__ import annotations

import re
from typing import Sequence

from . import lexicon as lx
from ..nouns import tagged

# A fragment made of a rest, a further amount or a whole, with at most a verb of its own (还剩几项, 还要发多少,
# 一共呢, 加起来多少): no noun to say what is counted.
_PREDICATE_RE = re.compile(r"^(?:那么?)?(?:还剩|还有|还要|还得|还需|还差|剩下|剩余|尚未|一共|总共|加起来|合计|总计)")
_DONE_WORDS_RE = re.compile(r"已经|已|拟|计划|累计")


def _has_noun(text: str, places: Sequence[str]) -> bool:
    return any((flag.startswith("n") or flag == "vn") and word not in places and not any(word in p for p in places)
               for word, flag, *_ in tagged(text))


def _subject(question: str, places: Sequence[str]) -> str:
    """The counted thing of an earlier figure question with its place (镇江园区体检查出多少问题 → 镇江园区体检查出
    问题; 启东实验室已发放奖励多少 → 启东实验室发放奖励), or "" when it names no noun besides the place."""
    if _PREDICATE_RE.search(re.sub(r"^[^\u4e00-\u9fff]*", "", question)) or not lx.ASK_RE.search(question):
        return ""
    bare = lx.ASK_RE.sub("", question).strip(" ，,？?。")
    bare = _DONE_WORDS_RE.sub("", re.sub(r"(?:是|有|了|呢|的)+$", "", bare))
    if any(w in bare for w in ("还剩", "还要", "一共", "总共", "加起来")):
        return ""
    return bare if _has_noun(bare, places) else ""


def predicate_followup(fragment: str, earlier: Sequence[str], places: Sequence[str]) -> str:
    """The standalone question for a follow-up ``fragment`` that says only a rest, a further amount or a whole
    (还剩几项 → 镇江园区体检查出问题还剩几项？), from the latest of the ``earlier`` standalone questions that names
    the counted thing; "" when the fragment names a noun of its own or no earlier question names one."""
    body = re.sub(r"^那么?", "", fragment.strip(" ，,？?。"))
    if not _PREDICATE_RE.search(body) or len(body) > 8 or _has_noun(body, places):
        return ""
    for text in reversed(earlier):
        subject = _subject(text, places)
        if subject:
            ask = "" if lx.ASK_RE.search(body) or "多少" in body or "几" in body else "多少"
            return f"{subject}{body}{ask}？"
    return ""
