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
    return question[:end] if _ASK_RE.search(question[end:]) else question
