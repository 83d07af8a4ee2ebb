"""How an answer shows a figure read from a table: the asked cell, named by its row and its column.

A table row (``海虞镇	1120	3046	2978``) holds one figure per column. Shown whole, it "contains" whatever column
the asker meant, so a wrong column choice would still look right and the reader has to count tabs to find the
figure. The answer therefore names the cell it read: ``海虞镇，“检测企业（家）”一栏：1120``. The row label and the
cell are verbatim words of the row; the column is the verbatim header above it.
"""

from __future__ import annotations

from ..numbers import Figure
from .tables import column_header, is_row, row_cells


def cell_clause(sentence: str, context: str, figure: Figure | None) -> str:
    """The shown words of ``figure`` when it is a cell of the table row ``sentence`` under ``context`` (its
    caption and header row, see tables.table_context): ``{row label}，“{column header}”一栏：{cell}``; "" when
    the figure is not a cell of a row with a header (then the caller shows its clause as usual)."""
    if figure is None or not is_row(sentence):
        return ""
    header = column_header(sentence, context, figure.start)
    if not header:
        return ""
    cells = row_cells(sentence)
    label = cells[0][1].strip()
    cell = next((c for start, c in cells if start <= figure.start < start + len(c)), "")
    if not label or not cell or label == cell or figure.surface not in cell:
        return ""
    # The cell stands alone after the colon: the verifier reads its words (增长2.5%) against the row's cell, and
    # neither the row label (the first cell's words) nor the header (同比) is taken for words of the figure.
    return f"{label}，“{header.strip()}”一栏：{cell.strip()}"

