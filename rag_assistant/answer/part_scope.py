"""The words of a question whose scope reaches one of its parts: a period said in a LATER part of the message is
that part's own (淮安老旧燃气管网今年计划改造多少公里，一季度完成多少: 一季度 dates the second ask only), while a
period said before or in the part scopes it and the parts after it (一季度检查多少家，立案多少起: both are 一季度).
"""

from __future__ import annotations

import re

from .scope import asked_periods

_ASK_RE = re.compile(r"多少|几")


def scope_words(question: str, part_text: str) -> str:
    """The text whose periods scope ``part_text``: the part itself when it names a period, else the question up
    to the part's end when another asked part follows it, else the whole question."""
    if asked_periods(part_text):
        return part_text
    at = question.find(part_text)
    if at < 0:
        return question
    end = at + len(part_text)
    if at > 0 and not _PLAN_RE.search(part_text):
        # 全年计划改造多少公里，已完成多少: 全年 dates the plan of the part before, not the done part (一季度已完成41.5公里)
        question = _PLAN_YEAR_RE.sub("", question[:at]) + question[at:]
        end = question.find(part_text) + len(part_text)
    return question[:end] if _ASK_RE.search(question[end:]) else question


# A whole-year word bound to a plan word (全年计划, 全年拟, 年内目标): the plan's span, not a later done part's.
_PLAN_RE = re.compile(r"计划|拟|目标|预计|打算")
_PLAN_YEAR_RE = re.compile(r"(?:全年|年内|全年度)(?=计划|拟|目标|预计|打算)")
