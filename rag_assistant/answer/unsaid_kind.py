"""A kind word before the asked noun that no briefing says (供热管网, 蒸汽管道): the figure of that noun is of
another kind (燃气管网更新改造1200公里), not of the asked one.

A question word the corpus never has weighs half in the coverage (match.Weights.of), since it is often a word the
segmenter cut badly; so 老旧供热管网改造多少公里 covered 老旧, 管网, 改造 of 完成老旧燃气管网更新改造1200公里 and was
answered with the gas network's figure, while 供水管道 (a word the briefings have, at full weight) was refused. A
dictionary word directly before another asked word is no bad cut: it names which kind of that thing is asked. When
the figure's words say that thing and its article never says the kind word, not even with gaps (民爆 in 民用爆炸物品),
the figure does not count the asked thing.
"""

from __future__ import annotations

from typing import Sequence

from ..dictionary import known
from .domain import said_in
from .match import Weights, match


def unsaid_kind(part_text: str, terms: Sequence[str], weights: Weights, window: str, article: str) -> bool:
    """Whether an asked kind word no briefing says modifies an asked word that the figure's ``window`` says, in
    an ``article`` (title and text) that never says the kind word."""
    for kind in terms:
        if len(kind) < 2 or weights.df.get(kind, 0) or said_in(kind, weights.corpus) or not known(kind):
            continue
        at = part_text.find(kind)
        if at < 0:
            continue
        after = part_text[at + len(kind):]
        # the thing it names: the asked word right after it (供热|管网), one the briefings have
        head = next((t for t in terms if t != kind and weights.df.get(t, 0) and after.startswith(t)), "")
        if head and head in window and not match(kind, article.lower()):
            return True
    return False
