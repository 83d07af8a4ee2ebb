"""A follow-up that names only another measure of the last turn's deed (金额呢 after 江阴立案查处多少起, 人数呢
after 培训了多少场, 面积呢 after 腾退了多少家): the last question's predicate, asked in that measure
(江阴立案查处的金额是多少).

Why: the bare measure noun (金额, 人数) names no deed of its own; carried over as a subject (江阴金额？) it matched
nothing and the turn was refused although the article gives the money next to the count. Read only when the noun
is a measure noun of a class other than the last turn's (a ratio after a count, 处置率呢, names a thing of its own
and stays an ordinary follow-up), so the last question's own figure is never asked again.
"""

from __future__ import annotations

import re

from ..types import Intent
from ..units import MEASURE_NOUNS
from . import lexicon as lx

# Classes whose bare noun is only a measure of some deed: money, people, times, area (not ratio: 处置率 is a thing).
_SWITCH_CLASSES = ("money", "people", "times", "area")
_FILLER_RE = re.compile(r"[\s，,。？?]+|的|呢|是|多少|有")


def measure_switch(previous: str, prev: Intent, fragment: str, cur: Intent) -> str | None:
    """The last question with its question word replaced by the measure ``fragment`` names; None otherwise."""
    noun = _FILLER_RE.sub("", fragment)
    if cur.places or prev.kind != "figure" or len(cur.parts) != 1 or not prev.parts:
        return None
    now, was = cur.parts[0].unit_class, prev.parts[0].unit_class
    if now not in _SWITCH_CLASSES or now == was or noun not in MEASURE_NOUNS.get(now, ()):
        return None
    m = lx.ASK_RE.search(previous)
    if not m or m.start() == 0:
        return None
    head = re.sub(r"(?:了|过|一共|共|总共|累计|共计)+$", "", previous[:m.start()]).rstrip(" ，,")
    return f"{head}的{noun}是多少？" if head else None
