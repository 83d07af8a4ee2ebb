"""Whether a negated clause speaks of the asked thing, or another clause of its sentence does.

A yes/no about a change (金坛工贸企业火灾起数是不是下降了) may be answered by a sentence that also negates an
occurrence of a narrower subject (锂电企业未发生火灾事故，全区工贸企业火灾起数同比下降27.3%). The negation answers
the question only when its clause holds at least as many of the asked words as any other clause of the sentence;
a clause holding more of them (工贸企业 火灾 起数 下降) is the one the question is about, and it is not negated.
"""

from __future__ import annotations

import re
from typing import Sequence

_CLAUSE_SPLIT_RE = re.compile(r"[，；。,;]")


def _held(words: Sequence[str], clause: str) -> int:
    return sum(1 for t in words if t in clause)


def outweighed(topic: Sequence[str], clause: str, sentence: str) -> bool:
    """Whether another clause of ``sentence`` holds more of the asked words (``topic``, two characters or more)
    than the negated ``clause``."""
    words = [t for t in dict.fromkeys(topic) if len(t) > 1]
    own = _held(words, clause)
    return any(_held(words, c) > own for c in _CLAUSE_SPLIT_RE.split(sentence) if c and c != clause)
