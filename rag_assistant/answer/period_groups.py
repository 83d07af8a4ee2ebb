"""Several months or years in one question about the briefings themselves: 2月和3月各出了几期 holds the issues of
both months (not only the month next to 出了几期), and 24年和26年各有几期 / 各登了多少篇 asks one count per year or
month, not one count of all of them together."""

from __future__ import annotations

import re
from typing import Sequence

from ..text import cn_int
from ..types import Briefing
from . import lexicon as lx
from .issue_now import MONTH_LISTED_RE

_MONTH = r"(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*份?"
# Months joined before the month an issue list or count names: 2月和3月, 2月、3月, 2月跟3月 (group 1 each month);
# 上个月和这个月 reads 2026年2月和2026年3月 (issue_now.dated_now): the later month may repeat its year.
_JOINED_MONTH_RE = re.compile(r"(?<![0-9])" + _MONTH + r"\s*(?:和|、|及|与|跟|以及|还有)\s*(?:\d{4}\s*年)?\s*$")
# Each of several (各, 分别, 每…各): one count per named period.
_EACH_RE = re.compile(r"各|分别|每个?月|每年")


def joined_months(question: str, at: int) -> list[int]:
    """The months joined before position ``at`` (the start of a matched month): [2] for 2月和3月出了几期 at 3月."""
    months: list[int] = []
    head = question[:at]
    while m := _JOINED_MONTH_RE.search(head):
        if (month := cn_int(m.group(1))) is not None:
            months.insert(0, month)
        head = head[:m.start()]
    return months


def period_groups(question: str, briefings: Sequence[Briefing]) -> list[tuple[str, list[Briefing]]]:
    """The issues of each asked year or month, when the question asks each one's count (各, 分别) over more than one
    (24年和26年各有几期 → [("2024年", …), ("2026年", …)]); empty otherwise."""
    if not _EACH_RE.search(question):
        return []
    years = [int(y) for y in lx.YEAR_RE.findall(question)]
    months: list[int] = []
    if m := (lx.MONTH_ISSUE_RE.search(question) or MONTH_LISTED_RE.search(question)):
        months = [*joined_months(question, m.start()), cn_int(m.group(1))]
    if len(set(months)) > 1:
        return [(f"{m}月", [b for b in briefings if b.date and int(b.date[5:7]) == m]) for m in dict.fromkeys(months)]
    if len(set(years)) > 1:
        return [(f"{y}年", [b for b in briefings if b.year == y]) for y in sorted(set(years))]
    return []


def grouped_count(question: str, counted: Sequence[Briefing], unit: str) -> str:
    """The count of each asked year or month (counted: one briefing per counted issue or article), said before the
    list: 2024年共4期、2026年共4期： Empty when the question does not ask each of several."""
    groups = period_groups(question, list(dict.fromkeys(counted)))
    if not groups:
        return ""
    said = [f"{label}共{sum(1 for b in counted if b in members)}{unit}" for label, members in groups]
    return "、".join(said) + "："
