"""A figure said of another calendar year than the one asked (2026年全省发生了多少起事故 is not answered by
2025年全省共发生生产安全事故1036起, printed in a 2026 issue that reviews the year before). An asked year that is also
an issue's year narrows the search to that year's issues, but an issue reports the year before as often as its
own: the sentence's own year, stated before the figure, says which year the figure is of. A sentence that states
no year but counts a whole year (全年完成…，省级安排…18.6亿元) is of the year its paragraph stated last.

A year that opens a span into the present (2025年以来, 2025年起) or is compared with (较2024年, 同比) does not date
the figure; a question year that is an issue's number (2026年第7期) or a span (2025年以来) asks no data year.
"""

from __future__ import annotations

import re

from .issue_years import ASKED_YEAR_RE  # an asked calendar year: not an issue (2026年第7期), not a span start

# A year said in the text, with what follows it (a span word) and what precedes it (a comparison word).
_SAID_YEAR_RE = re.compile(r"(较|比|与|同比|相比|对比)?\s*((?:19|20)\d{2})\s*年(\s*(?:以来|起|来|至|到|—|-|～|~))?")
_WHOLE_YEAR_RE = re.compile(r"全年|年度|一年来")


def _dating_years(text: str) -> list[str]:
    """The years that date what ``text`` says (no span starts, no compared years), in order."""
    return [m.group(2) for m in _SAID_YEAR_RE.finditer(text) if not m.group(1) and not m.group(3)]


def other_year_figure(question: str, paragraph_before: str, before: str) -> bool:
    """Whether a figure whose sentence reads ``before`` up to it is of another year than the one ``question`` asks."""
    asked = set(ASKED_YEAR_RE.findall(question))
    if len(asked) != 1:
        return False
    said = [m.group(2) for m in _SAID_YEAR_RE.finditer(before)]
    if asked & set(said):
        return False
    if said:
        return bool(_dating_years(before))  # 2025年全省共发生…1036起; a span (2025年以来) is of the asked year too
    if _WHOLE_YEAR_RE.search(before):  # 全年完成…: the whole year its paragraph stated last
        earlier = [m for m in _SAID_YEAR_RE.finditer(paragraph_before)]
        return bool(earlier) and not earlier[-1].group(1) and not earlier[-1].group(3) and earlier[-1].group(2) not in asked
    return False
