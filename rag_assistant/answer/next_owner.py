"""Where a figure's words stop when the clause goes on to another figure: 全市 12 个重点行业领域已有 2.5 万家生产经营单位
建立该机制. The 12 counts 重点行业领域, its own noun; 生产经营单位 (a hypernym of 企业) is counted by 2.5 万家. When the
figure's own noun is not the asked thing, a word that names it after the next figure is that figure's noun, so
rejections.names_asked reads the figure's words only up to the next figure. A listed sibling (54 家化工企业、374 家
危化品经营企业全面建立…) is no such figure: the list shares the predicate said after its last member."""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import Figure


# The joint of two listed members: 、 or a conjunction right before the next figure.
_LIST_JOIN_RE = re.compile(r"(?:、|和|及|以及|与)\s*$")


def words_end(text: str, end: int, figure: Figure, figures: Sequence[Figure], own_noun: str) -> int:
    """``end`` cut at the start of the next figure of the clause, when the figure counts a noun of its own."""
    if not own_noun:
        return end  # a figure whose noun is unsaid may take its thing from later words
    later = [g.start for g in figures if figure.end <= g.start < end]
    if later and _LIST_JOIN_RE.search(text[figure.end:min(later)]):
        return end  # a list of figures: its words run on to the shared predicate
    return min(later, default=end)
