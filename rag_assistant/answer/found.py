"""What an inspection found, for an open question that asks it (巡察发现了哪些问题, 检查查出啥隐患, 督导发现些啥问题):
the sentences that report the findings (查摆出…等方面问题84个, 排查隐患678条, 发现问题隐患…), in text order.

Such a question was read as a fact question and answered with the one sentence that refers back to the findings
(将巡察发现的问题向…通报), which says what was done with them, not what they were. It is no 存在啥问题 question
either (problems.py): that one asks what the place itself still lacks.
"""

from __future__ import annotations

import re

from ..text import sentence_spans
from .line import Line, clip
from .narrow import MAX_POINTS

# The ask: a finding verb, then which problems or hazards (发现了哪些问题, 查出啥隐患, 排查出些什么问题).
FOUND_ASK_RE = re.compile(r"(?:发现|查摆|查出|查找|排查|检查出|暴露)(?:出|到)?了?(?:哪些|什么|啥|些啥|些什么|哪方面的?)"
                          r"(?:突出)?(?:问题|隐患|短板|不足)")
# A sentence reporting findings: a finding verb and, within the clause run, the problems or hazards found; not a
# sentence that hands on problems found earlier (巡察发现的问题向…通报: 发现的 before 问题 refers back).
_FOUND_RE = re.compile(r"(?:发现|查摆出?|查出|查找出|排查出?|检查出|暴露出?)(?!的)[^。；]{0,40}?(?:问题|隐患)")


def asks_found(question: str) -> bool:
    """True when ``question`` asks what was found (巡察发现了哪些问题)."""
    return bool(FOUND_ASK_RE.search(question))


def found_lines(text: str) -> list[Line]:
    """The sentences of ``text`` reporting findings, in text order, at most MAX_POINTS; [] when it reports none."""
    spans = [(a, b) for a, b in sentence_spans(text)
             if len(text[a:b].strip()) >= 8 and _FOUND_RE.search(text, a, b)]
    return [Line(clip(" ".join(text[a:b].split()).rstrip("。；")), ((a, b),)) for a, b in spans[:MAX_POINTS]]
