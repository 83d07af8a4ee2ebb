"""The first part's modifier words a later sibling noun does not borrow: 常州粉尘涉爆企业和危化品企业各多少家 asks two
kinds of 企业, each named by its own modifier. Read by understand.py where a later part borrows the first part's
words (the scene it asks in).

A later part that names its own kind of the first part's head noun (危化品企业 beside 粉尘涉爆企业, 地下矿山 beside
露天矿山) replaces the first part's modifier, as a later place replaces the first part's place. Borrowed, 粉尘/涉爆
let a sentence about the first kind (推动 420 家粉尘涉爆企业安装…) answer the second kind, which the text does not
count; without them the second part is said to be missing.
"""

from __future__ import annotations

import re
from typing import Sequence

from .measure import measure_of

# How far before the shared head noun the first part's modifier may reach (粉尘涉爆, 有限空间作业).
_REACH = 6


def unborrowed(first: str, text: str, borrowed: Sequence[str]) -> tuple[str, ...]:
    """``borrowed`` less the words modifying the head noun ``text`` names with a modifier of its own."""
    own = measure_of(text)
    if len(own) < 3 or not borrowed:
        return tuple(borrowed)
    head = own[-2:]
    at = first.find(head)
    if at <= 0 or own in first:
        return tuple(borrowed)  # the first part names no such head, or the very same noun
    span = re.split(r"[，,、和与及跟]", first[max(0, at - _REACH):at])[-1]
    return tuple(t for t in borrowed if t in text or t not in span)
