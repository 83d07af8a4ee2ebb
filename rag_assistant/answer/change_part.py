"""A change printed after a whole that a later 其中 clause breaks down (累计排查隐患 5821 条，同比增长 17.4%，其中重大
事故隐患 9 条): the change speaks of the whole. A question asking the change of the part (重大事故隐患同比增长多少)
is not answered by it; the part's change is not given.

``whole_part.part_words_unsaid`` reads a figure against later 其中 clauses of its own class of unit; a percentage
has no counted class of its own, so this reads it as the figure it is the change of (``respective.changed_figure``).
"""

from __future__ import annotations

from typing import Sequence

from ..numbers import Figure
from ..units import unit_class
from .respective import CHANGE_QUALIFIERS, changed_figure
from .whole_part import part_words_unsaid


def change_of_whole(qualifiers: Sequence[str], terms: Sequence[str], sentence: str, f: Figure,
                    figures: Sequence[Figure], clause_end: int) -> bool:
    """Whether percentage ``f``, asked as a change, is the change of a whole whose part the question names: the
    figure it changes, read at the end of ``f``'s clause, counts a whole a later 其中 clause splits by an asked word
    the sentence does not say before."""
    if not any(q in CHANGE_QUALIFIERS for q in qualifiers) or unit_class(f.unit) != "ratio":
        return False
    changed = changed_figure(sentence, figures, f)
    return changed is not None and part_words_unsaid(terms, sentence, changed, figures, clause_end)
