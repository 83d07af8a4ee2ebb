"""An issue named by the day its masthead prints (3月20日那期, 26年3月20号那期, 12月5日的简报): the scope is the
issues dated that day, not every issue of the month or year. A day inside an article (截至11月30日) names no issue:
the words after the day must name one (那期, 这一期, 那份, 的简报)."""

from __future__ import annotations

import re
from typing import Sequence

from ..text import cn_int
from ..types import Briefing

_CN_DAY = r"[12][0-9]|3[01]|[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
DAY_ISSUE_RE = re.compile(r"(?<![0-9])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*(" + _CN_DAY + r")\s*[日号]"
                          r"\s*(?:出|发|印发|出来|发布)?\s*的?\s*(?:(?:那|这)\s*一?(?:期|份)|简报)")


def asked_day(question: str) -> tuple[int, int] | None:
    """(month, day) of the issue a question names by its date, or None."""
    m = DAY_ISSUE_RE.search(question)
    if not m:
        return None
    month, day = cn_int(m.group(1)), cn_int(m.group(2))
    return (month, day) if month and day else None


def dated_on(briefings: Sequence[Briefing], month: int, day: int) -> list[Briefing]:
    """The briefings whose masthead date is that day (of any year: a year named is filtered by the caller)."""
    return [b for b in briefings if b.date and int(b.date[5:7]) == month and int(b.date[8:10]) == day]
