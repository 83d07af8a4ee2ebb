"""A follow-up that is a relative clause of the last turn's counted thing: 查出多少个问题？ 那通报给安委会成员单位的呢？ —
a verb phrase ending in 的 modifies the noun the last turn counted, so it asks that noun with the new predicate."""

from __future__ import annotations

import re

from ..nouns import tagged
from ..types import Intent
from . import lexicon as lx

_RELATIVE_RE = re.compile(r"^(?:那么?|还有)?(?P<clause>[^，,。？?]{2,20})的呢[？?]?$")


def relative_clause(question: str, prev: Intent, previous: str, places: str) -> str | None:
    """``{places}{clause}的{noun}{多少个}？`` when ``question`` is ``那<verb phrase>的呢`` after a figure question
    with a counted noun; None otherwise (那住宅的呢 names a kind, not an action: it replaces a word instead)."""
    m = _RELATIVE_RE.match(question.strip())
    ask = lx.ASK_RE.search(previous)
    if not m or not ask or prev.kind != "figure" or len(prev.parts) != 1 or not prev.parts[0].measure:
        return None
    clause = m.group("clause")
    if not is_predicate(clause):
        return None
    return f"{places}{clause}的{prev.parts[0].measure}{ask.group(0).strip()}？"


def is_predicate(text: str) -> bool:
    """Whether ``text`` says an action: a verb, or a preposition with its object (通报给安委会成员单位, 向企业发放)."""
    return any(flag.startswith("v") or flag == "p" for _, flag, *_ in tagged(text))
