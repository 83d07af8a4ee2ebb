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


def plan_lines(text: str) -> list[Line]:
    """The plan sentences of ``text`` in text order, at most MAX_POINTS."""
    spans = [(a, b) for a, b in sentence_spans(text) if len(text[a:b].strip()) >= 8 and PLAN_RE.search(text, a, b)]
    return [Line(clip(" ".join(text[a:b].split()).rstrip("。；")), ((a, b),)) for a, b in spans[:MAX_POINTS]]
