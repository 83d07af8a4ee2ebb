"""The word segmenter sometimes glues a place to the word after it (东海水晶作坊 → 东海水晶/作坊, as 东海 alone is
also the sea). A modifier read from the question must not carry the place: 东海水晶 is never said in an article that
says 东海县…水晶加工作坊, while 水晶 is. This reads the place spelling (any form of the gazetteer, ambiguous bare
ones included, as the question names the place there) at the start of a word and gives the rest."""

from __future__ import annotations

from ..ingest.gazetteer import place_forms


def after_place(word: str) -> str | None:
    """The rest of ``word`` after a place spelling it starts with (东海水晶 → 水晶, 金坛 → ""), or None."""
    forms = place_forms()
    for n in range(len(word), 1, -1):
        if word[:n] in forms:
            return word[n:]
    return None
