"""Parallel parts of one message read from one sentence when the text allows.

句容有几家A级景区、几个乡村旅游点: the briefing lists both in one sentence (有A级旅游景区23家、乡村旅游点186个); another
sentence of the same article counts a subset of one of them (已完成19家A级景区安全复查) and scores a little higher
for that part alone. When one part's best sentence also answers another part almost as well (at least
``NEAR`` of that part's best score, with a figure of its own), the other part takes it: figures asked together
are read from the sentence that states them together. Only parts asked within the first's predicate (a
later part that opens with its question word: 几个乡村旅游点) are parallel; parts that name their own place, year or issue are
told apart by those, and keep their own best sentences.
"""

from __future__ import annotations

from typing import Sequence

from ..types import Part
from . import lexicon as lx

NEAR = 0.9


def _sentence(pair) -> tuple:
    s, _ = pair
    return (s.entry.article.id, s.start)


def _figure(pair) -> tuple | None:
    s, scored = pair
    return (s.entry.article.id, s.start, scored.figure.start) if scored.figure else None


def one_sentence(parts: Sequence[Part], rankings: list) -> list:
    """The rankings with a part's candidate from another part's best sentence first, when it scores at least
    NEAR of the part's own best and gives another figure than that part's."""
    if len(parts) < 2 or any(p.place or p.year is not None or p.number is not None for p in parts) \
            or not all(lx.ASK_RE.match(p.text.strip(" ，,、")) for p in parts[1:]):
        return rankings  # …一共几家？给…配的…有多少台: a later part with its own words before its ask is a question of its own
    out = list(rankings)
    for j, other in enumerate(rankings):
        if not other or other[0][1].figure is None:
            continue
        for i, ranked in enumerate(out):
            if i == j or not ranked or _sentence(ranked[0]) == _sentence(other[0]):
                continue
            top = ranked[0][1].score
            k = next((k for k, pair in enumerate(ranked) if _sentence(pair) == _sentence(other[0])
                      and pair[1].figure is not None and _figure(pair) != _figure(other[0])), None)
            if k is not None and top > 0 and ranked[k][1].score >= NEAR * top \
                    and ranked[k][1].coverage >= ranked[0][1].coverage:
                out[i] = [ranked[k], *ranked[:k], *ranked[k + 1:]]
    return out
