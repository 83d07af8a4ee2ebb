"""A ruled table in a PDF's text layer: one extracted line per cell, rebuilt into one tab-separated line per row.

pypdf (like most extractors) writes every cell of a drawn table on a line of its own, so a table arrives as a
column of short lines: the header cells, then each row's label and its figures. Two things go wrong with
such a column unless it is recognised: a cell holding a bare number of 1–3 digits looks exactly like a page
number (and was dropped as one), and the cells run together into one meaningless paragraph. A run of short
lines with several bare numbers among them is a table, not page furniture; when it has a header of n
non-numeric cells followed by rows of one label and n-1 numbers, it is rebuilt row by row, cells apart by a
tab, the form a table typed as text already has (``paragraphs.is_table_row``).
"""

from __future__ import annotations

import re

# A cell: short, no sentence punctuation (a wrapped body line or a title is longer or has some).
MAX_CELL_CHARS = 12
_SENTENCE_MARK_RE = re.compile(r"[。！？；，,;!?：:]")
# A numeric cell: a figure with an optional unit or percent (1630, 94.5%, 49座, 1.2万).
NUMBER_CELL_RE = re.compile(r"^[-+]?\d[\d,.]*\s*(?:%|‰|[万亿]?[\u4e00-\u9fff]{0,2})?$")
BARE_NUMBER_RE = re.compile(r"^\d{1,4}$")
# A column of cells has at least this many lines and this many numeric cells besides any one line.
MIN_RUN = 4
MIN_OTHER_NUMBERS = 2
MAX_COLUMNS = 8
_STRIP = " \t\u3000\u00a0"


def is_cell(line: str) -> bool:
    text = line.strip(_STRIP)
    return 0 < len(text) <= MAX_CELL_CHARS and not _SENTENCE_MARK_RE.search(text) and "\f" not in text


def _is_number(line: str) -> bool:
    return bool(NUMBER_CELL_RE.match(line.strip(_STRIP)))


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every maximal run of consecutive cell-shaped lines."""
    runs, start = [], None
    for i, line in enumerate(lines + [""]):
        if i < len(lines) and is_cell(line):
            start = i if start is None else start
        elif start is not None:
            runs.append((start, i))
            start = None
    return runs


def table_number_lines(lines: list[str]) -> set[int]:
    """Indexes of bare-number lines that are cells of a table column, not page numbers."""
    keep: set[int] = set()
    for start, end in _runs(lines):
        if end - start < MIN_RUN:
            continue
        numbers = [i for i in range(start, end) if _is_number(lines[i])]
        if len(numbers) >= MIN_OTHER_NUMBERS + 1:
            keep.update(i for i in numbers if BARE_NUMBER_RE.match(lines[i].strip(_STRIP)))
    return keep


def _grid(cells: list[str]) -> list[str] | None:
    """Tab-joined rows of a header of w text cells followed by rows of a text label and w-1 numbers, or None."""
    n = 0
    while n < len(cells) and not _is_number(cells[n]):
        n += 1
    if not 3 <= n <= MAX_COLUMNS + 1 or n == len(cells):
        return None
    # The leading text cells are the header and the first row's label: the header has n-1 cells.
    width = n - 1
    body = cells[width:]
    if len(body) % width == 0:
        rows = [body[k:k + width] for k in range(0, len(body), width)]
        if all(not _is_number(r[0]) and all(_is_number(c) for c in r[1:]) for r in rows):
            return ["\t".join(cells[:width])] + ["\t".join(r) for r in rows]
    return None


def rebuild_tables(lines: list[str]) -> list[str]:
    """``lines`` with every one-cell-per-line table rebuilt as one tab-separated line per row."""
    out: list[str] = []
    done = 0
    for start, end in _runs(lines):
        cells = [ln.strip(_STRIP) for ln in lines[start:end]]
        if end - start < MIN_RUN or sum(map(_is_number, cells)) < MIN_OTHER_NUMBERS + 1:
            continue
        # The run may begin with a caption or a title-like line before the header: try each start.
        for skip in range(0, min(3, len(cells) - MIN_RUN + 1)):
            rows = _grid(cells[skip:])
            if rows is not None:
                out += lines[done:start + skip] + rows
                done = end
                break
    return out + lines[done:]
