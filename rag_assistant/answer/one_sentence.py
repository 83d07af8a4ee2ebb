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
from .respective import CHANGE_QUALIFIERS

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


def change_with_count(parts: Sequence[Part], rankings: list) -> list:
    """A change part (同比下降多少) read from the sentence of the count it changes: 全省今年事故多少起，死亡人数多少，同比
    下降多少 asks the change of the 352起 and 301人 just read (…事故352起、死亡301人，同比分别下降16.2%和13.5%), not
    a change of another report that scores a little higher alone. The count is the nearest part before without a
    change qualifier that shares a word with the change part; the change part takes its candidate from that part's
    best sentence when it scores at least ``NEAR`` of its own best. Parts that name their own place, year or issue
    keep their own best sentences."""
    if len(parts) < 2 or any(p.place or p.year is not None or p.number is not None for p in parts):
        return rankings
    changes = [any(q in CHANGE_QUALIFIERS for q in p.qualifiers) for p in parts]
    out = list(rankings)
    for i, part in enumerate(parts):
        ranked = out[i]
        if not changes[i] or not ranked:
            continue
        base = next((j for j in range(i - 1, -1, -1) if not changes[j] and rankings[j]
                     and set(parts[j].terms) & set(part.terms)), None)
        if base is None or rankings[base][0][1].figure is None or _sentence(ranked[0]) == _sentence(rankings[base][0]):
            continue
        top = ranked[0][1].score
        k = next((k for k, pair in enumerate(ranked) if _sentence(pair) == _sentence(rankings[base][0])
                  and pair[1].figure is not None and _figure(pair) != _figure(rankings[base][0])), None)
        if k is not None and top > 0 and ranked[k][1].score >= NEAR * top and ranked[k][1].coverage >= ranked[0][1].coverage:
            out[i] = [ranked[k], *ranked[:k], *ranked[k + 1:]]
    return out
