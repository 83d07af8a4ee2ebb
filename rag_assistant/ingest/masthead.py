"""The masthead at the top of a briefing: publication, issue label, special edition, office, date.

Variants read: spaced or unspaced labels (``2025 年第 14 期``), a total count (``（总第312期）``),
特刊/专刊/增刊 with or without a number, dates in Arabic, full-width or Chinese numerals
(``二〇二四年四月十八日``) or with dots (``2026.2.27``), and several items on one line separated by wide spaces
(``江苏省应急管理厅办公室        2025年5月30日``) or joined (``江苏应急管理简报（2024年第8期）``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..numbers import read_digits, read_int  # numbers.py owns the numeral readers (十八 → 18, 二〇二四 → 2024)

_CN = "〇零一二两三四五六七八九十"
_YEAR = rf"(?:\d{{4}}|[{_CN}○Ｏ]{{4}})"
_SMALL = rf"(?:\d{{1,4}}|[{_CN}]{{1,4}})"
ISSUE_RE = re.compile(
    rf"^(?:(?P<year>{_YEAR})\s*年\s*)?(?P<edition>特刊|专刊|增刊)?\s*(?:第\s*(?P<number>{_SMALL})\s*期)?"
    r"\s*(?:[（(]?\s*总第\s*\d{1,5}\s*期\s*[)）]?)?$"
)
TOTAL_RE = re.compile(r"^[（(]?\s*总第\s*\d{1,5}\s*期\s*[)）]?$")
DATE_RE = re.compile(rf"^(?P<year>{_YEAR})\s*年\s*(?P<month>{_SMALL})\s*月\s*(?P<day>{_SMALL})\s*日$")
# The numeric form Word templates print: 2026.2.27 / 2026-02-27 / 2026/2/27 (one separator throughout).
NUMERIC_DATE_RE = re.compile(r"^(?P<year>\d{4})\s*(?P<sep>[.．/\-－])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*(?P<day>\d{1,2})$")
# The office may sign as the compiler: 江苏省应急管理厅办公室 编 / 编印 / 主办; the value keeps only the name.
# A label may precede it (主办：江苏省应急管理厅, 编印单位：…).
OFFICE_RE = re.compile(r"^(?:(?:主办|编印|编发|承办)(?:单位)?[：:])?"
                       r"(?P<name>[\u4e00-\u9fff]{2,20}(?:办公室|厅|局|委员会|中心))(?:编印|编发|主办|编)?$")
# The editorial office as compiler: 《江苏应急管理简报》编辑部编 / 编辑部 — a masthead item without a value.
EDITOR_RE = re.compile(r"^(?:(?:编辑|编印)[：:])?《?[\u4e00-\u9fff]{2,20}》?编辑部(?:编印|编发|主办|编)?$")
PUBLICATION_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}(简报|快报|专报|通讯)$")
# The publication and the issue printed as one line: 江苏应急管理简报（2024年第8期） / 江苏应急管理简报 特刊.
PUBLICATION_ISSUE_RE = re.compile(r"^(?P<pub>[\u4e00-\u9fff]{2,20}(?:简报|快报|专报|通讯))\s*[（(]?(?P<issue>[^（()）]+)[)）]?$")
WHITESPACE_RUN_RE = re.compile(r"[ \t\u3000\u00a0]+")  # NBSP: Word and PDF exports pad with it


@dataclass
class Masthead:
    """What the masthead says; None where it says nothing."""

    publication: str | None = None
    year: int | None = None
    number: int | None = None
    edition: str | None = None
    date: str | None = None
    office: str | None = None
    header: list[str] = field(default_factory=list)


def nospace(text: str) -> str:
    """Text with all whitespace removed, for comparisons that ignore layout."""
    return re.sub(r"\s+", "", text)


def _int(text: str, unit: str) -> int | None:
    """``12`` / ``１２`` / ``十二`` as an int, a year digit by digit (``二〇二四``); None when it is no number."""
    if text.isdigit():
        return int(text)
    if unit == "年":
        return read_digits(text)
    return read_int(text) if all(c in "〇零一二两三四五六七八九十" for c in text) else None


def parse_date(text: str) -> str | None:
    """``2025 年 5 月 30 日`` / ``二〇二四年四月十八日`` / ``2026.2.27`` → ISO date; None when it is no valid date."""
    m = DATE_RE.match(text.strip()) or NUMERIC_DATE_RE.match(text.strip())
    if not m:
        return None
    y, mo, d = _int(m["year"], "年"), _int(m["month"], "月"), _int(m["day"], "日")
    if None in (y, mo, d) or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def parse_issue(text: str) -> tuple[int | None, int | None, str | None] | None:
    """``2025 年第 14 期（总第312期）`` → (2025, 14, None); ``2024年特刊`` → (2024, None, "特刊"); else None."""
    m = ISSUE_RE.match(text.strip())
    if not m or not (m["number"] or m["edition"]):
        return None
    year = _int(m["year"], "年") if m["year"] else None
    number = _int(m["number"], "期") if m["number"] else None
    if (m["year"] and year is None) or (m["number"] and not number):
        return None
    return year, number, m["edition"]


def _item(part: str) -> tuple[str, object] | None:
    """The masthead item ``part`` is, as (kind, value), or None."""
    compact = nospace(part)
    if (issue := parse_issue(part)) is not None:
        return "issue", issue
    if (iso := parse_date(part)) is not None:
        return "date", iso
    if PUBLICATION_RE.match(compact):
        return "publication", compact
    if m := OFFICE_RE.match(compact):
        return "office", m["name"]
    if TOTAL_RE.match(compact):
        return "total", None
    if EDITOR_RE.match(compact):
        return "editor", None
    if (m := PUBLICATION_ISSUE_RE.match(compact)) and (issue := parse_issue(m["issue"])) is not None:
        return "publication+issue", (m["pub"], issue)
    return None


def _segment(line: str) -> list[tuple[str, object]] | None:
    """``line`` read as one or more masthead items split at whitespace (a wide gap or a single space)."""
    line = line.strip()
    if not line:
        return None
    if (whole := _item(line)) is not None:
        return [whole]
    for gap in WHITESPACE_RUN_RE.finditer(line):
        head = _item(line[:gap.start()])
        rest = _segment(line[gap.end():]) if head is not None else None
        if rest is not None:
            return [head, *rest]
    return None


def read_item(meta: Masthead, line: str) -> bool:
    """Record every masthead item printed on ``line``; False (and nothing recorded) when it holds anything else."""
    items = _segment(line)
    if items is None:
        return False
    for kind, value in items:
        if kind == "publication+issue":
            pub, issue = value  # type: ignore[misc]
            _apply(meta, "publication", pub)
            _apply(meta, "issue", issue)
        elif kind not in ("total", "editor"):
            _apply(meta, kind, value)
    meta.header.append(line.strip())
    return True


def is_masthead_line(line: str) -> bool:
    """Whether ``line`` holds only masthead items (publication, issue, edition, office, date)."""
    return read_item(Masthead(), line)


def _apply(meta: Masthead, kind: str, value: object) -> None:
    if kind == "issue":
        year, number, edition = value  # type: ignore[misc]
        meta.year = meta.year if year is None else year
        meta.number = meta.number if number is None else number
        meta.edition = meta.edition or edition
    elif getattr(meta, kind) is None:
        setattr(meta, kind, value)
