"""The question's words a part naming only a place of its own takes: not the town another part names.

A part that says nothing but a place (盛泽镇纺织企业有几家？吴江全区呢 → 吴江全区呢) asks the question's topic in that
place. The topic is read from the whole question, so it holds the first part's town (盛泽镇), and a town among a
part's words is its scope (rejections: 全区…1.26万家 is refused for a part naming 盛泽镇, as 其中盛泽镇8700余家 says
the town) — the whole district's figure was refused for the part that asks it. The town a part does not say is
another part's and is dropped from the topic it takes.
"""

from __future__ import annotations

from typing import Sequence

from . import lexicon as lx


def side_topic(text: str, topic: Sequence[str], own_places: Sequence[str]) -> tuple[str, ...]:
    """``topic`` less the town names ``text`` does not say, for a part naming a place of its own (``own_places``)."""
    if not own_places:
        return tuple(topic)
    return tuple(t for t in topic if t in text or not (lx.TOWN_RE.fullmatch(t) or t.endswith(lx.TOWN_SUFFIXES) and len(t) > 2))
