"""The whole compound a yes/no claims, when the quote says only its head: 应急避难场所, not 应急.

A claim's thing is often a compound whose words the segmenter splits (应急|避难|场所). When the evidence sentence
says the head (场所, in 小场所) but not the modifier, the unsaid modifier alone (未提到应急) is a misleading reason —
the article may well deal with 应急 in other words, and the asker never asked about 应急 by itself. What the quote
does not say is the compound: the span of the question from the unsaid word to the said head that closes it.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

# The most characters between a modifier and its head that still read as one compound (应急|避难|场所: 避难).
_GAP_MAX = 4
_CJK_RE = re.compile(r"[\u4e00-\u9fff]*")


def widen_to_compound(question: str, term: str, heads: Sequence[str], says: Callable[[str], bool]) -> str:
    """``term`` widened to the compound of ``question`` it opens and a said ``heads`` word closes, when the quote
    (``says``) does not say that compound; ``term`` itself otherwise."""
    at = question.find(term)
    if at < 0:
        return term
    end = at + len(term)
    for head in heads:
        h = question.find(head, end)
        if h < 0 or h - end > _GAP_MAX or not _CJK_RE.fullmatch(question[end:h]):
            continue
        compound = question[at:h + len(head)]
        if not says(compound):
            return compound
    return term
