"""What an elliptic ``X呢`` part borrows from the first part when X names a subject of its own.

新安街道已整改多少处，北沟街道呢 asks the 已整改 of 北沟街道; 新安街道零售网点几个，其他镇街道呢 asks the 零售网点 of
其他镇街道. understand.read_parts lets a later part with words of its own borrow only the first part's scene (the
words before its predicate: 新安, 街道), which for X呢 is exactly the wrong half: X replaces the scene's subject and
says no predicate, so the thing counted (整改, 零售网点) was lost and the second part matched any figure of the
row (the 排查隐患 column, or none). Here such a part also borrows the first part's predicate and counted words,
less the words X replaces (the name before a word both say: 新安 of 新安街道 when X says 北沟街道).
A kind of the counted noun (黄色的呢, no noun of its own) already borrows everything and is left alone.
"""

from __future__ import annotations

from typing import Sequence

from . import lexicon as lx
from .elliptic_act import names_own_act


def elliptic_borrowed(first: str, first_terms: Sequence[str], text: str, own: Sequence[str],
                      borrowed: Sequence[str]) -> tuple[str, ...]:
    """``borrowed`` plus the first part's words X does not replace, for an elliptic X呢 with words of its own."""
    piece = text.strip(" ，,？?")
    if not own or lx.ELLIPTIC_RE.match(piece) is None or piece.removesuffix("呢").endswith("的") or names_own_act(piece):
        return tuple(borrowed)  # 移送司法机关呢: a measure of its own, not a new subject (elliptic_act.py)
    # A word both parts say (街道, 产业园) marks where X's name stands in the first part: the first part's words
    # before it (新安 of 新安街道, 官湖/镇/板材 of 官湖镇板材产业园) are the name X replaces.
    shared = [first.find(t) for t in own if t in first_terms and first.find(t) > 0]
    at = min(shared, default=0)
    replaced = {u for u in first_terms if u not in own and 0 <= first.find(u) and first.find(u) + len(u) <= at}
    extra = [t for t in first_terms if t not in own and t not in borrowed and t not in replaced]
    return tuple(t for t in borrowed if t not in replaced) + tuple(extra)


def column_words(text: str, terms: Sequence[str]) -> str:
    """The words a table column is chosen by for a part: its own text, and for an elliptic X呢 (which says no
    column of its own) the words it borrowed too (北沟街道呢 after 新安街道已整改多少处 asks the 已整改 column)."""
    piece = text.strip(" ，,？?")
    if lx.ELLIPTIC_RE.match(piece) is None or piece.removesuffix("呢").endswith("的"):
        return text
    return text + " " + " ".join(t for t in terms if t not in text)


def names_own_town(text: str) -> bool:
    """Whether an elliptic ``X呢`` names a town or street of its own (北沟街道呢, 其他镇街道呢, 邳城镇家具产业园呢): it replaces the
    town an earlier part named, so it is scoped by none of the earlier towns (carried.py)."""
    piece = text.strip(" ，,？?")
    if lx.ELLIPTIC_RE.match(piece) is None:
        return False
    said = piece.removesuffix("呢").removeprefix("还有").lstrip("那么").replace("（", "").replace("）", "")
    return (said.endswith(lx.TOWN_SUFFIXES) and len(said) > 2) or lx.TOWN_RE.search(said) is not None
