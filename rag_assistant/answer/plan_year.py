"""The year a figure is of, against the year a question names relative to now (明年还打算改造多少公里, 今年安排了多少):
a briefing speaks from its issue's year, so 2025年拟再改造老旧管道2800公里 in a 2024 issue is that issue's next-year
plan, and 全年计划改造126公里 in a 2025 issue is its own year's. judge.py weighs each figure by this fit, and reads a
sentence's stated year as the relative word it stands for, so 明年 asked is said by 2025年 in a 2024 issue.
"""

from __future__ import annotations

import re

from . import lexicon as lx

# Relative year words of a question, as an offset from the year the text speaks from. 去年 is an asked period
# (scope.period_said), read there.
ASKED_OFFSETS = {word: offset for word, offset in lx.RELATIVE_YEARS.items() if offset >= 0}
_ASKED_RE = re.compile("|".join(sorted(ASKED_OFFSETS, key=len, reverse=True)))

# Years a sentence states: a calendar year (2025年, not 2023年以来 which runs up to the issue), or a relative word.
# 比上年, 较上年, 同上年 compare with a year; they do not date the figure.
_STATED_RE = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*(?:以来|来|起|至今))|(明年|来年|下一年)|(今年|本年|全年|年内|当年|年底前?)"
                        r"|(?<![比较同])(去年|上年|上一年)")
# The fit of a figure stated for another year than the asked one, and of one that states no year when a year other
# than the issue's own is asked (an unmarked figure is of the year its issue speaks from).
OTHER_YEAR_FIT = 0.4
UNSTATED_FIT = 0.7


def asked_offset(question: str) -> int | None:
    """The year a question asks relative to the text's own (明年 → 1, 今年 → 0), or None when it names none."""
    m = _ASKED_RE.search(question)
    return ASKED_OFFSETS[m.group(0)] if m else None


def stated_offset(text: str, issue_year: int | None) -> int | None:
    """The year the last time word of ``text`` states, relative to the issue's year (2025年 in a 2024 issue → 1,
    全年 → 0, 明年 → 1), or None when it states none (or a calendar year of an undated issue)."""
    found = list(_STATED_RE.finditer(re.sub(r"\s+", "", text)))
    if not found:
        return None
    m = found[-1]
    if m.group(1):
        return int(m.group(1)) - issue_year if issue_year else None
    return 1 if m.group(2) else 0 if m.group(3) else -1


def year_fit(question: str, before: str, issue_year: int | None) -> float:
    """How well a figure whose sentence reads ``before`` up to its end answers the year a question asks by a
    relative word: 1 for the asked year or no year asked, OTHER_YEAR_FIT for another stated year, UNSTATED_FIT
    for no stated year when the asked year is not the issue's own."""
    asked = asked_offset(question)
    if asked is None:
        return 1.0
    stated = stated_offset(before, issue_year)
    if stated is None:
        return 1.0 if asked == 0 else UNSTATED_FIT
    return 1.0 if stated == asked else OTHER_YEAR_FIT


def relative_words(text: str, issue_year: int | None) -> str:
    """The asked relative year words a sentence says by its calendar years (2025年 in a 2024 issue says 明年), so
    the question's 明年 is matched by them."""
    if not issue_year:
        return ""
    years = {int(y) - issue_year for y in re.findall(r"((?:19|20)\d{2})\s*年", text)}
    return " ".join(w for w, k in ASKED_OFFSETS.items() if k in years and len(w) == 2 and w != "本年")
