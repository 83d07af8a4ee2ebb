"""Whether a negated clause speaks of the asked thing, or another clause of its sentence does.

A yes/no about a change (金坛工贸企业火灾起数是不是下降了) may be answered by a sentence that also negates an
occurrence of a narrower subject (锂电企业未发生火灾事故，全区工贸企业火灾起数同比下降27.3%). The negation answers
the question only when its clause holds at least as many of the asked words as any other clause of the sentence;
a clause holding more of them, among them all the negated clause holds (工贸企业 火灾 下降 ⊇ 火灾), is the one the
question is about, and it is not negated.
"""

from __future__ import annotations

import re
from typing import Sequence

_CLAUSE_SPLIT_RE = re.compile(r"[，；。,;]")


def outweighed(topic: Sequence[str], clause: str, sentence: str) -> bool:
    """Whether another clause of ``sentence`` holds more of the asked words (``topic``, two characters or more)
    than the negated ``clause``, and every one of them it holds."""
    words = [t for t in dict.fromkeys(topic) if len(t) > 1]
    held = {t for t in words if t in clause}
    # the busier clause must also hold every asked word the negated one holds: 未发生亡人火灾事故 says 亡人, which
    # 火灾起数同比下降三成 does not, so it still answers 出过亡人火灾没有
    return any(len(other := {t for t in words if t in c}) > len(held) and held <= other
               for c in _CLAUSE_SPLIT_RE.split(sentence) if c and c != clause)
