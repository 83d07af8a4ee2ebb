"""Which sentence can answer a yes/no question that states a count (扬州是不是查了300多家单位, 南通排查了2万家企业吗,
苏州的危化品企业有没有超过500家).

The unit class alone (count) lets 36975条 隐患 or a requirement (每月抽取不少于5家单位) stand for 2万家企业; such a
sentence ties with the one giving the count itself (累计排查企业31933家, 检查各类生产经营单位947家) and may win. The
question's count is answered by a figure of the text in its own measure word (家 is not 条: both are counts of
different things), given as a count and not as a bound a rule sets (不少于5家), best one that counts the noun the
question counts. This module grades a sentence by that; polarity.score_claim multiplies its score with it.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..numbers import Figure
from ..units import unit_class
from .governs import bound_before

# A sentence with a count of the asked measure word that counts the asked noun, one with such a count of another
# noun, one with none (another measure word of the count class, or only a bound).
_SAME_NOUN, _SAME_UNIT, _OTHER = 1.0, 0.95, 0.9


def _own_unit(stated: Figure, given: Figure) -> bool:
    # People (人/名) and money or ratio units name one measure whatever the word; count units (家, 条, 个) each count
    # their own things.
    return given.unit == stated.unit or unit_class(stated.unit) != "count"


def count_fit(question: str, stated: Sequence[Figure], text: str, figures: Sequence[Figure],
              same_noun: Callable[[Figure, Sequence[Figure]], list[Figure]]) -> float:
    """How well ``text`` (with its ``figures``) can give the counts ``stated`` by a question: 1.0 when a figure in
    the asked measure word, not a bound, counts the asked noun (``same_noun``: the text's figures counting what a
    stated figure counts); less when it counts another noun; less still when there is no such figure. 1.0 when the
    question states no count with a measure word."""
    best = 1.0 if not stated else _OTHER
    for f in stated:
        if not f.unit or bound_before(question, f.start):
            return 1.0  # 超过200万了没: no measure word to hold the text's to; 要求不少于2天吗: a bound answers a bound
        counts = [g for g in figures if _own_unit(f, g) and not bound_before(text, g.start)]
        if counts:
            best = max(best, _SAME_NOUN if same_noun(f, counts) else _SAME_UNIT)
    return best
