"""A city's own table row answers a figure asked of the city before a county's figure of that city does.

南通已整改多少处 is answered by the 南通市 row of 2025年第30期's 附件 (南通市	2.9万	3.8万	3.5万: 已整改（处） 3.5万),
not by 启东's 已整改1872处 in 南通市启东市's article, whose words fit the question better (已整改…处 said in one
clause) but whose figure is a county's (whose_figure.py would have to add 该数字为南通启东市的). When the best
figure of a part is a county's of the one asked city and a row labelled with that city answers the part too
(its coverage is an answer's), the row goes first. A county asked, or no such row, leaves the ranking as it is.
"""

from __future__ import annotations

from typing import Sequence

from ..ingest.gazetteer import find_places
from .place_row import _names
from .tables import is_row, row_cells
from .whose_figure import _owner


def own_row_first(place: str | None, ranked: list, min_coverage: float) -> list:
    """``ranked`` ((Sentence, Scored) pairs, best first) with the asked city's own row first when the best
    figure is a county's of that city (see above)."""
    if not place or not ranked or ranked[0][1].figure is None:
        return ranked
    asked = find_places(place)
    if not asked or asked[-1].level != "city":
        return ranked
    want, (s, scored) = asked[-1], ranked[0]
    if is_row(s.text):
        return ranked
    owner = _owner(s.text, scored.clause, s.entry.title)
    if owner is None or owner.level == "city" or owner.city != want.city:
        return ranked
    for i, (row, sc) in enumerate(ranked):
        if sc.figure is not None and sc.coverage >= min_coverage and is_row(row.text) \
                and _names(row_cells(row.text)[0][1].strip(), place):
            return [ranked[i], *ranked[:i], *ranked[i + 1:]]
    return ranked
