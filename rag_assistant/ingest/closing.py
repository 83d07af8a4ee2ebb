"""The closing block of a briefing (抄送/报/送 lists, the office, the 印发 date, a print run, 登记证): not content."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .masthead import OFFICE_RE, nospace, parse_date
from .paragraphs import BOILERPLATE_RE, DISTRIBUTION_RE

DISTRIBUTION_LIST_RE = re.compile(r"办公厅|安委会|安委办|市委、市政府|省长|书记|成员单位|国务院")
# 2025年5月30日印发 / 二〇二四年四月十八日印发, alone or after the office on one line; a registration number.
# A print-run note (（共印180份）) may follow the 印发 date or stand alone.
PRINT_RUN = r"[（(]?\s*共印\s*\d{1,6}\s*份\s*[)）]?"
_DATE = (r"(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
         r"\s*[\d一二三四五六七八九十]{1,3}\s*日")
# The date before 印发 (2025年5月30日印发) or after a label (印发日期：二〇二六年一月二十六日).
PRINTED_DATE = (rf"(?:(?P<date>{_DATE})\s*印发|印发(?:日期|时间)\s*[：:]\s*(?P<labelled>{_DATE}))"
                rf"(?:\s*{PRINT_RUN})?$")
PRINTED_RE = re.compile(rf"({PRINTED_DATE}|登记证|^{PRINT_RUN}$)")
_PRINTED_DATE_RE = re.compile(PRINTED_DATE)


# Who made the issue (本期责任编辑：…, 校对：…) and the note on its circulation (（此件发至各设区市…）).
STAFF_RE = re.compile(r"^(?:本期)?(?:责任编辑|责编|编辑|校对|审核|审稿|签发|联系人|联系电话)\s*[：:]")
NOTE_RE = re.compile(r"^[（(]\s*此件[^（）()]{2,60}[)）]$")
# A contributor's byline closing an article: （无锡市应急管理局供稿）, （来源：…）.
BYLINE_RE = re.compile(r"^[（(]\s*(?:来源[：:][^（）()]{2,30}|[^（）()]{2,30}(?:供稿|报送|来稿))\s*[)）]$")


def _is_distribution_line(paragraph: str) -> bool:
    """A line of the closing block: 抄送/报/送 lists, office, 印发 date, 登记证, editors, circulation note."""
    return bool(
        DISTRIBUTION_RE.match(paragraph) or (len(paragraph) <= 60 and PRINTED_RE.search(paragraph))
        or STAFF_RE.match(paragraph) or NOTE_RE.match(nospace(paragraph))
        or OFFICE_RE.match(nospace(paragraph))
        or (len(paragraph) < 100 and DISTRIBUTION_LIST_RE.search(paragraph) and "，" not in paragraph[:4]
            and not re.search(r"[0-9]", paragraph))
    )


@dataclass(frozen=True)
class Printed:
    """The 印发 date of the closing block: ISO date and the footer line as printed."""

    date: str
    line: str


def printed_date(paragraphs: list[str]) -> Printed | None:
    """The last 印发 date line of the briefing (its footer), or None when it has none or it is not a date."""
    for p in reversed(paragraphs):
        m = _PRINTED_DATE_RE.search(p) if len(p) <= 60 else None
        if m and (date := parse_date(m["date"] or m["labelled"])):
            return Printed(date=date, line=" ".join(p.split()))  # wide gaps before the date: one space
    return None


def strip_closing_block(paragraphs: list[str]) -> list[str]:
    """Drop the trailing distribution block (抄送/报/送, office, 印发, 登记证) and stray boilerplate lines."""
    cut = len(paragraphs)
    while cut > 0 and _is_distribution_line(paragraphs[cut - 1]):
        cut -= 1
    block = paragraphs[cut:]
    if not any(DISTRIBUTION_RE.match(p) or PRINTED_RE.search(p) for p in block):
        cut = len(paragraphs)  # a trailing office name alone is not a distribution block
    return [p for p in paragraphs[:cut]
            if not BOILERPLATE_RE.match(nospace(p)) and not (len(p) <= 60 and PRINTED_RE.search(p))
            and not BYLINE_RE.match(nospace(p))]
