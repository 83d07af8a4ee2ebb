"""A table cell answers only a part whose own words its table names.

In ``周铁镇	96	680	村企共建燃气巡查队…`` under ``镇（街道）	燃气窑炉企业（家）	排查隐患（处）	主要做法``, the cell 96 counts
燃气窑炉企业. A question with several parts (周铁镇排查隐患多少、已整改多少) asks its second part by 整改 alone: the
row, its header row and the caption above the table never say 整改, so no cell of the row is the 已整改 figure, and
taking the row's other cell (96) would fill the part with a neighbouring column's figure. The part is then said to be
missing, as it would be if the table had no row for the place.

Reads: the row, its table context (caption and header row, tables.table_context) and the part's focus words (the
words that tell it from the question's other parts, understand.py).
"""

from __future__ import annotations

from typing import Sequence

from .respective import CHANGE_QUALIFIERS
from .tables import is_row, table_words


def cell_lacks_focus(sentence: str, context: str, focus: Sequence[str], qualifiers: Sequence[str] = ()) -> bool:
    """True when ``sentence`` is a table row under a header and none of the part's ``focus`` words is said in
    the row, its header row or its caption: no cell of this row is the asked figure. A part asking a change
    (``qualifiers`` holds 同比) is left alone: its cell says the change in its own words (增长15.6% under 同比),
    which the focus word of the ask (变化) need not match."""
    words = table_words(sentence, context)
    if not focus or not is_row(sentence) or not words or any(q in CHANGE_QUALIFIERS for q in qualifiers):
        return False  # outside tables a sentence's words are read by the other checks
    table = sentence + words
    return not any(w and w in table for w in focus)
