"""A figure that is one kind of the asked thing, listed with the other kinds (工业巡查单元 268 个、行业巡查单元
136 个、…): when the question names no kind, every kind is the answer, not the first one."""

from __future__ import annotations

from typing import Sequence

from ..nouns import counted_noun
from .window import figure_window, figures_of


def _common_suffix(words: Sequence[str]) -> str:
    n = 0
    while all(len(w) > n for w in words) and len({w[len(w) - 1 - n] for w in words}) == 1:
        n += 1
    return words[0][len(words[0]) - n:] if n else ""


def kinds_clause(sentence: str, clause: str, figure: str | None, question: str) -> str:
    """The clause widened to the run of 、-joined figures of the same unit whose counted nouns share their head
    (X巡查单元, Y巡查单元) when the question says none of the kinds (X, Y); else the clause unchanged."""
    if not figure or figure not in clause:
        return clause
    figures = figures_of(sentence)
    spans = [figure_window(sentence, f, figures) for f in figures]
    at = sentence.find(clause)
    mine = [i for i, (a, b) in enumerate(spans) if a <= at + clause.find(figure) < b]
    if not mine:
        return clause
    first = last = mine[0]
    unit = figures[first].unit
    while first > 0 and figures[first - 1].unit == unit and sentence[spans[first - 1][1]:spans[first][0]] == "、":
        first -= 1
    while (last + 1 < len(figures) and figures[last + 1].unit == unit
           and sentence[spans[last][1]:spans[last + 1][0]] == "、"):
        last += 1
    if last - first < 1:
        return clause
    nouns = [counted_noun(sentence, figures[i].start, figures[i].end) for i in range(first, last + 1)]
    head = _common_suffix(nouns) if all(nouns) else ""
    kinds = [n[:len(n) - len(head)] for n in nouns]
    if len(head) < 2 or not all(kinds) or any(k[-2:] in question for k in kinds):
        return clause
    return sentence[spans[first][0]:spans[last][1]]
