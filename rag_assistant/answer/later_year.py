"""An open question (做法, 重点工作, 打算) about a calendar year later than every indexed issue (2027年南通重点工作有
哪些, with issues up to 2026): no issue can report that year's work, so the articles about the topic describe
other years, not the one asked. Such a question is refused unless an article itself names the year (a plan 到2027年
or a target for it), which then is material about the asked year. A year that is an issue's number (2026年第7期) or
opens a span (2025年以来) asks no data year (issue_years.ASKED_YEAR_RE, which other_year.py reads too).
"""

from __future__ import annotations

import re
from typing import Sequence

from .library import Entry, Library
from .issue_years import ASKED_YEAR_RE, issue_year


def latest_issue(library: Library) -> str:
    """How the latest indexed issue is named to staff (2026年第13期（2026年3月26日）)."""
    dated = [b for b in library.briefings if issue_year(b)]
    return library.describe(max(dated, key=lambda b: (issue_year(b), b.date or "", b.number or 0))) if dated else ""


def later_year(question: str, entries: Sequence[Entry], library: Library) -> str | None:
    """The asked year (``2027``) when it is later than every indexed issue and no found article names it; else None."""
    asked = set(ASKED_YEAR_RE.findall(question))
    if len(asked) != 1:
        return None
    year = asked.pop()
    years = [y for y in (issue_year(b) for b in library.briefings) if y]
    if not years or int(year) <= max(years):
        return None
    if any(re.search(rf"{year}\s*年", e.title + e.article.text) for e in entries):
        return None  # 到2027年…: an article speaks of the asked year itself
    return year
