"""What a place means to do next (下一步有啥打算, 接下来准备怎么干, 今后): the sentences of the article that say
a plan or a resolve (下一步…, 计划…, 力争…, 拟…, 将继续/将进一步/将巩固…), which most articles keep for their
close; [] when it states none, and the question gets the article's points instead."""

from __future__ import annotations

import re

from ..text import sentence_spans
from .line import Line, clip
from .narrow import MAX_POINTS

# 将 alone is mostly 把 (南通市将…作为…): only with a verb of carrying on or resolving is it a plan.
PLAN_RE = re.compile(r"下一步|接下来|今后|下步|力争|计划|拟(?!定)|预计|打算|"
                     r"将(?:继续|进一步|持续|巩固|纵深|深入|牢固|全力|坚持|以|再|努力|不断|加快|着力)")
# 拟/预计/计划 beside what is already done (已有343家…，拟发放175.1万元，已发放23.47万元) is a stage of a sum in
# a results ledger, not a plan: such a sentence needs a firm plan word (下一步, 将继续…).
_WEAK_PLAN = re.compile(r"拟|预计|计划")
_DONE = re.compile(r"已(?:有|经|完成|发放|整改|落实|建成)|累计|共(?:计|消除|排查|完成)")


def _is_plan(text: str, a: int, b: int) -> bool:
    words = [m.group() for m in PLAN_RE.finditer(text, a, b)]
    return bool(words) and not (all(_WEAK_PLAN.fullmatch(w) for w in words) and _DONE.search(text, a, b))


def plan_lines(text: str) -> list[Line]:
    """The plan sentences of ``text`` in text order, at most MAX_POINTS."""
    spans = [(a, b) for a, b in sentence_spans(text) if len(text[a:b].strip()) >= 8 and _is_plan(text, a, b)]
    return [Line(clip(" ".join(text[a:b].split()).rstrip("。；")), ((a, b),)) for a, b in spans[:MAX_POINTS]]
