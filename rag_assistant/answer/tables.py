"""Table rows as evidence: a row's cells are read under the table's caption and column headers.

``项目	2025年	同比`` / ``执法检查	8.9万家次	增长6.3%``: the row names neither the year nor 同比; its header row
does, for every row below it, and the line before the header (2025年全省应急管理执法情况) is the caption.
"""

from __future__ import annotations

from typing import Sequence

CELL = "\t"


def table_context(sentence: str, said: Sequence[str]) -> str:
    """The caption and header row above a table row (``said``: the sentences before it, in order), or ""
    when ``sentence`` is not a row under a header."""
    if CELL not in sentence:
        return ""
    rows = 0
    for earlier in reversed(said):
        if CELL not in earlier:
            break
        rows += 1
    if rows == 0:
        return ""  # the header row itself
    header = said[len(said) - rows]
    caption = said[len(said) - rows - 1] if len(said) > rows else ""
    return f"{caption} {header}".strip()


def column_header(sentence: str, context: str, at: int) -> str:
    """The header of the column holding offset ``at`` of a table row, given the row's ``table_context``."""
    if CELL not in sentence or CELL not in context:
        return ""
    cells = context.split(CELL)
    column = sentence[:at].count(CELL)
    return cells[column] if 0 < column < len(cells) else ""
