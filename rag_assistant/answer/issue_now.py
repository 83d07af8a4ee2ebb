"""Relative times in a question about the briefings themselves (去年年底那期, 今年出了几期, 上个月那期, 前年的简报):
"now" is the date of the newest dated issue in the index, not the machine clock (the corpus is an archive, and a
reader asks relative to what was last published). Only a relative word that names issues is read: one followed,
within a short clause, by an issue word (那期, 几期, 简报); 去年全省死了多少人 speaks of the year a text reports and
is left to the text's own year (stated.py, condense.py).

Also the month an issue list asks (2025年4月的简报有几期, 3月出了几期): read like 5月底那期 (lexicon.MONTH_ISSUE_RE)."""

from __future__ import annotations

import re

from .library import Library

# Relative words of time, as a class: years (今年/去年/前年), months (这个月/上个月), and the ends of a year (年初/年底).
_YEARS = {"前年": -2, "去年": -1, "上年": -1, "上一年": -1, "今年": 0, "本年": 0}
_MONTHS = {"上个月": -1, "上月": -1, "上一个月": -1, "这个月": 0, "本月": 0, "这月": 0, "当月": 0}
_ENDS = {"年底": "12月底", "年末": "12月底", "岁末": "12月底", "年初": "1月初", "年头": "1月初"}
_WORD = "|".join(sorted([*_YEARS, *_MONTHS, *_ENDS], key=len, reverse=True))
# An issue word the relative word must lead to within one short clause (no punctuation): the question is about issues.
# 几期/多少期 right before a noun counts that noun's installments (今年发了几期大风预警: warnings issued 46 期), not
# issues; after it an issue count says 简报 or nothing more than a particle.
_ISSUE_WORD = r"(?:简报|[哪每各这那该]一?期|(?:几|多少)期(?![^简的里中内了呢吗啊吧呀都，,。？?！!；;\s])|期数)"
_RELATIVE_RE = re.compile(rf"(?P<word>{_WORD})(?=[^，,。？?！!；;]{{0,12}}?{_ISSUE_WORD})")
_YEAR_BEFORE_RE = re.compile(r"\d{4}\s*(年?)\s*$")

# 2025年4月的简报, 3月出了几期, 4月份一共有几期: the month whose issues a list or count asks (group 1 the month).
MONTH_LISTED_RE = re.compile(
    r"(?<![0-9])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*份?\s*(?:的|里|内)?\s*"
    r"(?:简报|(?:一共|总共|共|各)?\s*(?:出|发|印发|有)了?\s*(?:几|多少)\s*期)")


def _now(library: Library) -> tuple[int, int] | None:
    """(year, month) of the newest dated issue."""
    dated = [b.date for b in library.briefings if b.date]
    return (int(max(dated)[:4]), int(max(dated)[5:7])) if dated else None


def dated_now(question: str, library: Library) -> str:
    """``question`` with each relative time that names issues made absolute from the newest issue's date
    (去年年底那期 → 2025年12月底那期 when the newest issue is of 2026); unchanged when none does."""
    now = _now(library)
    if now is None or not _RELATIVE_RE.search(question):
        return question
    year, month = now

    def absolute(m: re.Match[str]) -> str:
        word = m.group("word")
        if word in _YEARS:
            return f"{year + _YEARS[word]}年"
        if word in _MONTHS:
            y, mo = divmod(year * 12 + month - 1 + _MONTHS[word], 12)
            return f"{y}年{mo + 1}月"
        before = _YEAR_BEFORE_RE.search(m.string[:m.start()])
        if before:  # 2025年年底 (or 去年年底, read as 2025年 first): that year's end
            return _ENDS[word] if before.group(1) else f"年{_ENDS[word]}"  # 2026年初: its 年 was the word's
        # a bare 年初/年底: this year's, when an issue of that month exists; else left as said
        wanted = 12 if _ENDS[word].startswith("12") else 1
        if any(b.date and int(b.date[:4]) == year and int(b.date[5:7]) == wanted for b in library.briefings):
            return f"{year}年{_ENDS[word]}"
        return word

    text = question
    for _ in range(3):  # years first, so that 去年年底 sees its year before its 年底
        new = _RELATIVE_RE.sub(absolute, text, count=1)
        if new == text:
            break
        text = new
    return text
