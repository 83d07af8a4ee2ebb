"""One line of an open answer: its text and the article spans it quotes, and how a long sentence is clipped to fit.

Kept apart from narrow.py (which picks the lines) so that modules narrow depends on (targets → place_row, notes) can
build lines without importing it.
"""

from __future__ import annotations

from dataclasses import dataclass

LINE_CHARS = 200


@dataclass(frozen=True)
class Line:
    """One line of an open answer and the article spans it quotes."""

    text: str
    spans: tuple[tuple[int, int], ...]


def clip(text: str) -> str:
    """A sentence for one line: whole when short, else its first clauses and an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= LINE_CHARS:
        return text.rstrip("。；")
    cut = max(text.rfind(c, 0, LINE_CHARS) for c in "，；：")
    return (text[:cut] if cut > 0 else text[:LINE_CHARS]) + "…"
