"""Points whose lead names the asked noun in a near word of its class (力量配备 asked, 建队伍 written).

A question about one part of an article names that part in its own noun, and the article's part head may say a
near word of the same class: the people who do the work are 力量 in one text (安全力量配备, 应急力量) and 队伍 in
another (建队伍, 激发队伍活力). The part scoring (narrow.point_scores) matched the question's noun verbatim only, so
the point whose body happens to print the noun (…强化安全督查联动力量配备) was answered and the point headed by the
near word (建队伍。镇街落实村居专兼职安全监管干部…) was left out.

A lead counts only when no lead says the asked noun itself (then that lead is the part) and when only one lead
says the near word (a word every head repeats names no part). Each class is a general lexical class of this
domain, not one article's wording.
"""

from __future__ import annotations

from typing import Sequence

from .points import Point

# Lexical classes of part nouns: words that name the same thing in a part head of these briefings.
LEAD_CLASSES: tuple[tuple[str, ...], ...] = (
    # the people who carry out the work (a force, a team)
    ("力量", "队伍"),
)

_MATES: dict[str, tuple[str, ...]] = {w: tuple(m for m in c if m != w) for c in LEAD_CLASSES for w in c}


def near_led(points: Sequence[Point], terms: Sequence[str]) -> list[Point]:
    """The enumerated points whose lead alone says a near word of one of ``terms`` that no lead says itself."""
    leads = [p.lead if p.marked else "" for p in points]
    out: list[Point] = []
    for t in terms:
        # the asked noun itself, or a compound holding it (安全力量, 力量配备)
        asked = [w for w in _MATES if w in t]
        for w in asked:
            if any(w in lead for lead in leads):
                continue
            holders = [p for p, lead in zip(points, leads) if any(m in lead for m in _MATES[w])]
            if len(holders) == 1 and holders[0] not in out:
                out.append(holders[0])
    return out
