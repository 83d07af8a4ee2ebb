"""A ruled PDF table whose cells wrap over several printed lines, rebuilt into one tab-separated line per row.

``cells.py`` reads the simple case, one extracted line per cell. When a column is narrow, a cell's text wraps:
a header cell arrives as two lines (``排查隐患（`` / ``处）``, ``检查单位`` / ``（家次）``) and a text column as
two or three fragments, some with commas (``推行“一窑一码”，报警装置与监管`` / ``平台联网``). The figures stay
short, so the rows still show in the column of lines: a short label (``丁蜀镇``) followed by the same number m of
figure cells, then the wrapped fragments of at most one trailing text column, row after row. The header is
the short lines just before the first row, its fragments merged back by their brackets (a fragment that opens
a bracket goes on with the next, one that starts inside a bracket goes on the previous); it must have exactly
the row's number of columns, or nothing is rebuilt.
"""

from __future__ import annotations

import re

from .cells import MAX_CELL_CHARS, MAX_COLUMNS, NUMBER_CELL_RE

_STRIP = " \t\u3000\u00a0"
# A wrapped fragment of a text cell: shorter than a body line, no sentence end.
MAX_FRAGMENT_CHARS = 24
MAX_FRAGMENTS = 4
MAX_HEADER_LINES = 2 * MAX_COLUMNS
MIN_ROWS = 2
_END_RE = re.compile(r"[。！？；：:!?;]$")
# Lines that never continue a cell: a section marker, a bulleted title, the 报/送/抄送 block, a point's head.
_NOT_CELL_RE = re.compile(r"^(?:【|[◎◆◇■□●○•▪►▶★☆]|(?:抄送|抄报|报|送|发)\s*[：:]|[（(][一二三四五六七八九十]{1,3}[)）])")
_LABEL_MARK_RE = re.compile(r"[。！？；，,;!?：:、]")


def _text(line: str) -> str:
    return line.strip(_STRIP)


def _is_number(line: str) -> bool:
    return bool(NUMBER_CELL_RE.match(_text(line)))


def _is_label(line: str) -> bool:
    text = _text(line)
    return (0 < len(text) <= MAX_CELL_CHARS and not _is_number(text) and not _LABEL_MARK_RE.search(text)
            and not _NOT_CELL_RE.match(text))


def _is_fragment(line: str) -> bool:
    text = _text(line)
    return 0 < len(text) <= MAX_FRAGMENT_CHARS and not _END_RE.search(text) and not _NOT_CELL_RE.match(text)


def _numbers_after(lines: list[str], i: int) -> int:
    """How many figure cells follow line ``i`` directly."""
    m = 0
    while i + 1 + m < len(lines) and m <= MAX_COLUMNS and _is_number(lines[i + 1 + m]):
        m += 1
    return m


def _inside_bracket(part: str) -> bool:
    """A header fragment that goes on the previous one: ``（家次）`` or the ``处）`` of ``排查隐患（``."""
    return part[:1] in "（(" or bool(re.search(r"[)）]", part) and not re.search(r"[（(]", part))


def _merge_header(parts: list[str]) -> list[str]:
    """Header fragments joined back into cells by their brackets."""
    cells: list[str] = []
    for part in parts:
        if cells and (_inside_bracket(part) or cells[-1].count("（") + cells[-1].count("(")
                      > cells[-1].count("）") + cells[-1].count(")")):
            cells[-1] += part
        else:
            cells.append(part)
    return cells


def _table_at(lines: list[str], first: int, m: int) -> tuple[int, int, list[str]] | None:
    """(start, end, rows) of a wrapped table whose first row label is line ``first``, or None."""
    rows: list[list[str]] = []
    i, trailing = first, False
    while i < len(lines) and _is_label(lines[i]) and _numbers_after(lines, i) == m:
        row = [_text(lines[i])] + [_text(x) for x in lines[i + 1:i + 1 + m]]
        j, parts = i + 1 + m, []
        while (j < len(lines) and len(parts) < MAX_FRAGMENTS and _is_fragment(lines[j])
               and not (_is_label(lines[j]) and _numbers_after(lines, j) == m)):
            parts.append(_text(lines[j]))
            j += 1
        trailing = trailing or bool(parts)
        rows.append(row + (["".join(parts)] if parts else []))
        i = j
    if len(rows) < MIN_ROWS or not trailing:
        return None  # a table without wrapped text is cells.py's
    width = 1 + m + 1
    head: list[str] = []
    start = first
    while start > 0 and first - start < MAX_HEADER_LINES and _is_fragment(lines[start - 1]) \
            and not _is_number(lines[start - 1]):
        start -= 1
        head = _merge_header([_text(x) for x in lines[start:first]])
        if len(head) == width and not _inside_bracket(_text(lines[start])):
            break
    if len(head) != width:
        return None
    rows = [r + [""] * (width - len(r)) for r in rows]
    return start, i, ["\t".join(head)] + ["\t".join(r) for r in rows]


def rebuild_wrapped_tables(lines: list[str]) -> list[str]:
    """``lines`` with every wrapped-cell table rebuilt as a header line and one tab-separated line per row."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _numbers_after(lines, i) if _is_label(lines[i]) else 0
        found = _table_at(lines, i, m) if 1 <= m <= MAX_COLUMNS - 1 else None
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        start, end, rows = found
        del out[len(out) - (i - start):]  # the header lines were copied already
        out += rows
        i = end
    return out


def wrapped_table_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines of wrapped-cell tables (their bare numbers are cells, not page numbers)."""
    keep: set[int] = set()
    i = 0
    while i < len(lines):
        m = _numbers_after(lines, i) if _is_label(lines[i]) else 0
        found = _table_at(lines, i, m) if 1 <= m <= MAX_COLUMNS - 1 else None
        if found is None:
            i += 1
            continue
        keep.update(range(found[0], found[1]))
        i = found[1]
    return keep
