"""Where a figure's words stop when the clause goes on to another figure: 全市 12 个重点行业领域已有 2.5 万家生产经营单位
建立该机制. The 12 counts 重点行业领域, its own noun; 生产经营单位 (a hypernym of 企业) is counted by 2.5 万家. When the
figure's own noun is not the asked thing, a word that names it after the next figure is that figure's noun, so
rejections.names_asked reads the figure's words only up to the next figure."""

from __future__ import annotations

from typing import Sequence

from ..numbers import Figure


def words_end(end: int, figure: Figure, figures: Sequence[Figure], own_noun: str) -> int:
    """``end`` cut at the start of the next figure of the clause, when the figure counts a noun of its own."""
    if not own_noun:
        return end  # a figure whose noun is unsaid may take its thing from later words
    later = [g.start for g in figures if figure.end <= g.start < end]
    return min(later, default=end)
