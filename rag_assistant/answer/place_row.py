"""A place asked of an article that prints a table with a row for it: that row, read under its column headers.

宜兴丁蜀镇主要做法 over 宜兴's kiln article asks the 丁蜀镇 row of its table (丁蜀镇	312	2260	推行“一窑一码”…), not
the prose sentence that happens to name 丁蜀镇 (以丁蜀镇为重点，逐户建立…档案): the row is the place's own record.
The row is shown with its column headers (燃气窑炉企业（家）：312), so no bare figure is left for the reader to place.
A place with no row gets no row (the caller goes on as before).
"""

from __future__ import annotations

from typing import Sequence

from ..text import sentence_spans
from .line import Line
from .tables import ADMIN_SUFFIX_RE, CELL_GAP_RE, is_row, row_cells, table_context


def _names(label: str, place: str) -> bool:
    """Whether the row label ``label`` is the asked ``place`` (丁蜀镇 for 丁蜀 or 丁蜀镇, 盐城市 for 盐城)."""
    bare, asked = ADMIN_SUFFIX_RE.sub("", label), ADMIN_SUFFIX_RE.sub("", place)
    return label == place or (len(bare) >= 2 and bare == asked)


def place_row_lines(text: str, places: Sequence[str]) -> list:
    """The rows of ``text``'s tables whose label is one of the asked ``places``, each as ``label：header cell，…``."""
    if not places:
        return []
    spans = sentence_spans(text)
    said: list[str] = []
    lines: list[Line] = []
    for a, b in spans:
        sentence = text[a:b]
        context = table_context(sentence, said) if is_row(sentence) else ""
        said.append(sentence)
        if not context or not CELL_GAP_RE.search(context):
            continue
        cells = row_cells(sentence)
        label = cells[0][1].strip()
        if not any(_names(label, p) for p in places):
            continue
        headers = CELL_GAP_RE.split(context.strip())
        parts = [f"{headers[i].strip()}：{cell.strip()}" for i, (_, cell) in enumerate(cells)
                 if 0 < i < len(headers) and cell.strip()]
        if parts:
            lines.append(Line(f"{label}：" + "，".join(parts), ((a, b),)))
    return lines


def has_place_row(text: str, place: str) -> bool:
    """Whether one of ``text``'s tables has a row for ``place`` (盐城市 in 部分设区市岁末年初安全检查情况): an article
    about that place as much as one whose title names it, for what its row says."""
    return place in text and bool(place_row_lines(text, (place,)))
