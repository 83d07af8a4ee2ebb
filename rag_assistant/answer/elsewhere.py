"""Yes/no about a place whose articles do not say it, while another place's article does: 没有, then who did."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..types import Draft, Hit, Intent
from .compose import source_prefix
from .decide import decide
from .evidence import find
from .library import Library


def answered_elsewhere(intent: Intent, hits: Sequence[Hit], library: Library) -> Draft | None:
    """南京有没有首创气瓶“一充一险”模式？ → 没有，简报记载的是常州 and its sentence; None when no other
    place's article answers the question read without its place."""
    if intent.kind != "yesno" or not intent.places:
        return None
    free = replace(intent, places=(), parts=tuple(replace(p, place=None) for p in intent.parts))
    evidence = find(free, hits, library)
    decision = decide(free, evidence, library)
    if decision.outcome != "answer":
        return None
    best = decision.findings[0]
    entry = library.entry_of(evidence.sources[best.source].chunk)
    if entry is None or not entry.places or any(entry.is_about(p) for p in intent.places):
        return None
    text = (f"没有，简报记载的是{entry.places[0].name}。{source_prefix(evidence, best.source, library)}"
            f"{best.sentence.rstrip('。；')}[{best.source + 1}]。")
    return Draft(text, evidence.sources)
