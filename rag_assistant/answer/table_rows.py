"""Table rows as an article's points: an article that prints a table (设区市 | 检查单位 | … | 检查重点) enumerates
its rows as another article enumerates 一是…二是…, though no row carries a marker, a statistic with a unit or an
action verb. Without this the key-sentence reader scores every row after the first as saying nothing, and an
open question (主要查了啥) over a table article is answered by its first row alone.
"""

from __future__ import annotations

from typing import Sequence

from .tables import is_row


def body_rows(text: str, spans: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """The sentence spans of ``text`` that are body rows of a table: a row that follows another row (the first
    row of a run is its header, which names the columns and says nothing itself). Runs of one row are no table."""
    rows: set[tuple[int, int]] = set()
    prev_row = False
    for a, b in spans:
        row = is_row(text[a:b])
        if row and prev_row:
            rows.add((a, b))
        prev_row = row
    return rows
