"""A figure stated for another year than the one a question names relative to the issue (省财政明年森林防灭火专项
资金多少 is not answered by 省财政今年安排森林防灭火专项资金4800万元; 明年还打算改造多少公里 not by a 2025
issue's 全年计划改造126公里). A briefing speaks from its issue's year, so the question's 今年/明年 and the
sentence's 今年/明年/全年/calendar year are both read against the issue (plan_year.py). judge.py only weighs such
a figure down (plan_year.year_fit); when it is the one left, it still does not say the asked year, so the counting
checks refuse it. A sentence that states no year is of the issue's own and is left to year_fit.
"""

from __future__ import annotations

from .plan_year import asked_offset, stated_offset


def other_relative_year(question: str, part_text: str, before: str, issue_year: int | None) -> bool:
    """Whether a figure whose sentence reads ``before`` up to its end states a year other than the one the part
    (or else the question) asks by a relative word (今年 → the issue's year, 明年 → the next)."""
    asked = asked_offset(part_text)
    if asked is None:
        asked = asked_offset(question)
    if asked is None:
        return False
    stated = stated_offset(before, issue_year)
    return stated is not None and stated != asked
