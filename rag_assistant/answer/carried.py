"""The scene one part of a several-part question shares with the others: said once, it is a preference, never a
requirement.

Staff ask two or three figures of one report in one message and name its place, occasion or period once
(大丰区护理员培训多少人次，演练了几场？ 江北新区约谈多少人次，处罚了几家，罚款多少？). understand.py carries the first
part's words and period to the later parts; here those carried words
- keep a later part in the article the other parts are answered from, when that article answers it too (罚款多少 is
  江北新区's 罚款金额合计126.5万元, not another city's 罚款 213.8 万元 that ranks higher on the bare word 罚款), and
- are dropped when no sentence says them beside the part's own words (演练了几场 is answered by 开展应急疏散演练94场次,
  which does not repeat 护理员; 转移群众多少人 of 今年1-7月 by 7月以来…累计转移避险群众3.6万人).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

from ..types import Intent, Part
from .match import match
from .scope import asked_periods

# A candidate of the shared article replaces the part's best from elsewhere when it scores at least this share of it.
NEAR_SCENE = 0.5


def in_scene(intent: Intent, parts: Sequence[Part], rankings: list, ranked_for: Callable[[Part], list],
             answered: float) -> list:
    """The rankings with each part's answer taken from the articles the other parts are answered from, when the part
    names no place, year or issue of its own; ``answered`` is the coverage that answers a part."""
    if len(parts) < 2 or intent.kind == "compare" or len(intent.places) > 1:
        return rankings
    out = list(rankings)
    for i, part in enumerate(parts):
        if part.place or part.year is not None or part.number is not None or any(p in part.text for p in intent.places):
            continue
        scene = {id(r[0][0].entry): r[0][0].entry for j, r in enumerate(rankings)
                 if j != i and r and r[0][1].figure is not None and r[0][1].coverage >= answered}
        if not scene:
            continue
        ranked = out[i]
        if ranked and ranked[0][1].coverage >= answered and id(ranked[0][0].entry) in scene:
            continue
        if ranked and ranked[0][1].coverage >= answered:
            top = ranked[0][1].score
            k = next((k for k, (s, sc) in enumerate(ranked) if id(s.entry) in scene and sc.figure is not None
                      and sc.coverage >= answered and sc.score >= NEAR_SCENE * top), None)
            if k is not None:
                out[i] = [ranked[k], *ranked[:k], *ranked[k + 1:]]
            continue
        bare = own_words(part)
        if bare is None:
            continue
        found = [(s, sc) for s, sc in ranked_for(bare) if id(s.entry) in scene and sc.figure is not None
                 and sc.coverage >= answered]
        if found:
            out[i] = found + list(ranked)
    return out


def own_words(part: Part) -> Part | None:
    """``part`` without the words and period it carries from another part (those its own text does not say), or None
    when it carries none or says no word of its own."""
    own = tuple(t for t in part.terms if match(t, part.text.lower()))
    periods = part.periods if asked_periods(part.text) else ()
    if not own or (len(own) == len(part.terms) and periods == part.periods):
        return None
    return replace(part, terms=own, periods=periods)
