"""Page furniture removed from raw briefing text before its structure is read: page numbers, running headers, form feeds.

A page break leaves three kinds of debris in exported text: the page number (``— 3 —``, ``- 3 -``, ``·3·``,
``3``, ``第 3 页``, ``第 3 页 共 8 页``, ``3/8``), a running header repeated on every page
(``江苏应急管理简报（2024年第8期）``), and the form feed between pages (pypdf output). Each may sit on its
own line or inside a sentence the break cut in two (``全市在册危险— 2 —货物``); removing it there rejoins the
two halves. Lines are dropped, never blanked, and a page that ends on an unfinished line goes on with the
next page's first line (see ``_continues``), so a paragraph cut by the break reads as one again.
"""

from __future__ import annotations

import re

from .cells import table_number_lines
from .wrapped_cells import wrapped_table_lines

PAGE_BREAK = "\f"
_DASH = "—–－-"
# A page number that fills a whole line.
PAGE_NUMBER_LINE_RE = re.compile(
    rf"^(?:[{_DASH}]{{1,2}}\s*\d{{1,4}}\s*[{_DASH}]{{1,2}}"
    r"|[·•]\s*\d{1,4}\s*[·•]"
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/、]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[，,/、]?\s*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|\d{1,3})$"
)
# A page number inside a line: only the decorated styles, never bare digits or dates like 2021-3-5.
INLINE_PAGE_NUMBER_RE = re.compile(
    rf"(?<![\d{_DASH}])(?:[—–－]{{1,2}}\s*\d{{1,4}}\s*[—–－]{{1,2}}|-\s+\d{{1,4}}\s+-|[·•]\s*\d{{1,4}}\s*[·•]"
    r"|第\s*\d{1,4}\s*页\s*[，,/、]?\s*共\s*\d{1,4}\s*页)(?![\d" + _DASH + "])"
)
# What ends a sentence or a paragraph; a line ending otherwise was cut (by a page break, or a wrap).
TERMINAL = "。！？；…”』」）)!?;:："
SENTENCE_END_RE = re.compile(r"[。！？；!?;]")
LINE_END_RE = re.compile(r"[。！？；!?;][”’」』）)]*$")
SECTION_LINE_RE = re.compile(r"^【[^】]{1,12}】$")
# Lines either side of a page break where a running header or footer can stand.
BOUNDARY_WINDOW = 2
# The publication's name with an issue label: a running title even when it stands at a single page break.
PUBLICATION = r"[\u4e00-\u9fff]{2,20}(?:简报|快报|专报|通讯)"
# The issue label in Arabic or Chinese numerals (2025年第20期, 二〇二五年第三十期).
_NUMERAL = "〇零一二三四五六七八九十百"
ISSUE_TAG = (rf"\s*[（(]?\s*(?:(?:\d{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*)?第\s*(?:\d{{1,4}}|[{_NUMERAL}]{{1,6}})"
             r"\s*期\s*[)）]?")
RUNNING_TITLE_RE = re.compile(rf"^{PUBLICATION}{ISSUE_TAG}$")
GLUED_TITLE = rf"[\u4e00-\u9fff]{{2,10}}?(?:简报|快报|专报|通讯)(?:{ISSUE_TAG})?"
MAX_HEADER_CHARS = 60


def _key(line: str) -> str:
    return re.sub(r"\s+", "", line)


def is_page_number(line: str) -> bool:
    """Whether a whole line is only a page number in one of the common styles."""
    return bool(PAGE_NUMBER_LINE_RE.match(line.strip(" \t\u3000")))


def _lines_and_breaks(text: str) -> tuple[list[str], list[int]]:
    """Lines of ``text`` with form feeds and page-number lines taken out; the indexes where a page ended.

    Breaks with only blank lines between them (a footer, then a form feed) are one break."""
    lines: list[str] = []
    breaks: list[int] = []
    raws = text.replace("\r\n", "\n").replace("\r", "\n").replace(PAGE_BREAK, "\n" + PAGE_BREAK + "\n").split("\n")
    # A bare number among a table's cells (one per line, or wrapped) is a cell, not a page number.
    cells = table_number_lines(raws) | wrapped_table_lines(raws)
    for n, raw in enumerate(raws):
        if raw == PAGE_BREAK or (is_page_number(raw) and n not in cells):
            # A page number above everything else (a footer extracted first) ends no page.
            since = lines[breaks[-1]:] if breaks else lines
            if any(ln.strip() for ln in since):
                breaks.append(len(lines))
            continue
        lines.append(raw)
    return lines, breaks


def _before(lines: list[str], at: int) -> list[int]:
    """The last non-blank lines of the page that ends before line ``at``."""
    return [i for i in range(at - 1, -1, -1) if lines[i].strip()][:BOUNDARY_WINDOW]


def _after(lines: list[str], at: int) -> list[int]:
    """The first non-blank lines of the page that starts at line ``at``."""
    return [i for i in range(at, len(lines)) if lines[i].strip()][:BOUNDARY_WINDOW]


def running_headers(lines: list[str], breaks: list[int]) -> set[str]:
    """Lines (whitespace-free) that head, or foot, at least half of the pages' breaks and two or more.

    A running header is a label in a fixed place: it stands at the same distance from each break on the
    same side (counted by occurrence, so a line between a form feed and its page number counts once), and
    it does not end a sentence; a content line that happens to recur beside two breaks is neither."""
    found: set[str] = set()
    need = max(2, (len(breaks) + 1) // 2)
    for side in (_before, _after):
        seen: dict[tuple[int, str], set[int]] = {}
        for at in breaks:
            for offset, i in enumerate(side(lines, at)):
                seen.setdefault((offset, _key(lines[i])), set()).add(i)
        found |= {key for (_, key), where in seen.items()
                  if len(where) >= need and 0 < len(key) <= MAX_HEADER_CHARS and not LINE_END_RE.search(key)}
    return found


def _strip_inline(line: str, headers: set[str], publications: set[str]) -> str:
    """Remove page numbers inside a line, with a running header glued to either side of one."""
    if not INLINE_PAGE_NUMBER_RE.search(line):
        return line
    spaced = [r"\s*".join(map(re.escape, h)) for h in sorted(headers | publications, key=len, reverse=True)]
    header = "(?:(?:" + "|".join(spaced) + f")(?:{ISSUE_TAG})?)" if spaced else "(?!)"
    # After a page number, a publication's name (…简报) is the next page's running title even when never seen alone.
    glued = f"(?:{header}|{GLUED_TITLE})"
    return re.sub(rf"(?:{header}\s*)?{INLINE_PAGE_NUMBER_RE.pattern}(?:\s*{glued})?", "", line)


def _is_furniture(line: str, near_break: bool, headers: set[str]) -> bool:
    return near_break and (_key(line) in headers or bool(RUNNING_TITLE_RE.match(_key(line))))


def _continues(before: str, after: str) -> bool:
    """Whether the line after a page break goes on with the unfinished line before it.

    Titles are kept with the text that follows them (Word's keep-with-next), so a page that ends on an
    unfinished line ends inside a sentence; it goes on with the next page's first line when that line
    is body text (it finishes a sentence) and does not start a new, indented paragraph."""
    before, head = before.strip(), after.lstrip(" \t\u3000")
    return (bool(before) and not before.endswith(tuple(TERMINAL)) and not SECTION_LINE_RE.match(before)
            and head == after and bool(SENTENCE_END_RE.search(after)))


def strip_furniture(text: str) -> str:
    """``text`` without page numbers, running headers and form feeds; cut sentences rejoined."""
    lines, breaks = _lines_and_breaks(text)
    headers = running_headers(lines, breaks)
    publications = {_key(ln) for ln in lines if re.fullmatch(PUBLICATION, _key(ln))}
    near = {i for at in breaks for i in _before(lines, at) + _after(lines, at)}
    pending = set(breaks)
    kept: list[str] = []
    after_break = False
    for i, line in enumerate(lines):
        after_break = after_break or i in pending
        if _is_furniture(line, i in near, headers):
            continue
        stripped = _strip_inline(line, headers, publications)
        if not stripped.strip() and line.strip():
            continue  # a line that was only furniture goes; a blank line stays
        if after_break and stripped.strip():
            last = max((k for k, ln in enumerate(kept) if ln.strip()), default=None)
            after_break = False
            if last is not None and _continues(kept[last], stripped):
                kept[last:] = [kept[last].rstrip() + stripped]
                continue
        kept.append(stripped)
    return "\n".join(kept)
