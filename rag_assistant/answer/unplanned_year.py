"""An open question about a year after the one a briefing speaks from (无锡明年巡察有啥计划, 来年打算咋干, 下一年度
重点工作): only a plan the article states (下一步…, 计划…, 将继续…, 明年…, or the next calendar year of its issue)
says anything about that year. When none of the found articles states one, their measures are work already done,
not the asked year's, and the question is refused with what is missing said, the nearest articles shown. A question
that names no later year (下一步咋打算) is not read here: its answer gives the points under a heading that tells no
plan is stated (asked_part.py).
"""

from __future__ import annotations

import re
from typing import Sequence

from . import lexicon as lx
from .issue_years import issue_year
from .library import Entry
from .plan_year import asked_offset
from .plans import plan_lines


def unplanned_year(question: str, entries: Sequence[Entry]) -> str | None:
    """The later-year word the question asks (明年) when no found article states a plan or speaks of that year;
    else None."""
    offset = asked_offset(question)
    if offset is None or offset < 1:
        return None
    word = lx.RELATIVE_YEAR_RE.search(question).group(0)
    for e in entries:
        text = e.title + e.article.text
        if plan_lines(e.article.text) or re.search(r"明年|来年|下一年", text):
            return None
        year = issue_year(e.briefing)
        if year and re.search(rf"{year + offset}\s*年", text):
            return None  # 2026年要… in a 2025 issue: that issue's plan for the asked year
    return word
