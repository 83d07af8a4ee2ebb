"""A question's two-character verb that the text says as two words of one clause, each keeping one of its
characters: 每月抽查至少几家单位 is answered by 每月抽取不少于5家单位实施…执法检查 (抽查 = 抽取 + 检查).

Department staff contract an action and its object's verb into one word (抽查, 复查, 督查); the briefing writes
the two words out. Weights.coverage reads the contracted word as missing, so the figure whose own clause says the
action is refused though the rejection checks accept it. This module reads the figure's clause only: a verb word
opening with the asked word's first character (抽取, tagged a verb, so an adverb such as 立即 never opens one),
followed later in the clause by a word ending with its second character (执法检查). Such a term counts as said
with gaps (0.7, like 奖金 in 奖励金额), never as said in full."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..nouns import tagged
from .match import match


def _cjk(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in word)


@lru_cache(maxsize=4096)
def _asked_verbs(question: str) -> frozenset[str]:
    """The two-character words the tagger reads as verbs in the question (抽查, 复查)."""
    return frozenset(w for w, flag, _, _ in tagged(question) if flag.startswith("v") and len(w) == 2 and _cjk(w))


def said_split(term: str, clause: str) -> bool:
    """Whether ``clause`` says ``term`` (XY) as a verb X? followed by a word ending in Y (抽取…执法检查)."""
    if len(term) != 2 or term in clause:
        return False
    words = tagged(clause)
    for i, (w, flag, _, _) in enumerate(words):
        if flag.startswith("v") and len(w) >= 2 and w[0] == term[0] and w[1] != term[1]:
            return any(len(u) >= 2 and u[-1] == term[1] and u[-2] != term[0] for u, _, _, _ in words[i + 1:])
    return False


def split_forms(question: str, terms: Sequence[str], said: str, clause: str) -> str:
    """Gapped forms (抽·查) of the asked verbs ``said`` lacks and ``clause`` says split, to add to the text a
    coverage is read in; "" when there are none."""
    verbs = _asked_verbs(question)
    lowered = said.lower()
    return " ".join(f"{t[0]}·{t[1]}" for t in terms
                    if t in verbs and not match(t, lowered) and said_split(t, clause))
