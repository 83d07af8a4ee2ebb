"""The measure unit a later bare-verb part of a several-part question leaves unsaid: 全年计划改造多少公里，已完成多少
asks the done length in 公里 too, and 计划投资多少万元，已经投了多少 the done sum in 元. Read by understand.py when it
builds the parts, beside elided.py (which carries a counted noun and its classifier).

A later part that says nothing but its verbs, adverbs and a time (已完成多少, 明年拟改造多少, 一季度已完成多少) asks
the same quantity at another stage or time. Left with no unit it matched any figure of the article (完成投资1.12亿元)
or none, and the done part was refused although the text prints it (一季度已完成41.5公里). Only physical measures and
money carry over: a count's noun is elided.py's; a fine (罚了多少) or a person count names a measure of its own.
"""

from __future__ import annotations

from typing import Sequence

from ..nouns import tagged
from . import lexicon as lx
from .steps import steps_said

# The classes a bare later part asks in again (a length, area, mass, volume or sum of the first part).
_CARRIED_CLASSES = frozenset({"length", "area", "mass", "volume", "money"})

# Word tags a bare stage/time part is made of: verbs, adverbs, particles, conjunction-like adverbs (还要), times.
_BARE_TAGS = ("v", "vn", "d", "ul", "uz", "c", "t", "mq", "m", "p")


def _bare(text: str) -> bool:
    """Whether ``text`` says only a verb (with adverbs, a time and its question word), no noun of its own."""
    words = [(w, f) for w, f, *_ in tagged(lx.ASK_RE.split(text)[0]) if w.strip(" ，,？?")]
    return any(f.startswith("v") for _, f in words) and all(f.startswith(_BARE_TAGS) for _, f in words)


def carried_units(pieces: Sequence[tuple], elided: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``elided`` with the first part's unit and class given to each later bare-verb part that asks in none."""
    if len(pieces) < 2 or pieces[0][2] not in _CARRIED_CLASSES or not pieces[0][1]:
        return elided
    out = list(elided)
    for i, (text, unit, cls, _own, places, years, _n) in enumerate(pieces):
        if i and not unit and not cls and not places and not years and not out[i][1] \
                and "punish" not in steps_said(text) and _bare(text):
            out[i] = (out[i][0], pieces[0][1], pieces[0][2])
    return out
