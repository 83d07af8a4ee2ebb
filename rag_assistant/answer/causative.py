"""Verbs that make another party act (责令, 督促): they lead a verb series and name no counted thing.

A part asked without a noun beside its question word is read for the thing its predicate acts on
(support.patient_noun). jieba tags some causative verbs as nouns (责令 → n), so 责令停航整改了几艘 read 责令 as
the counted thing, and the figure 责令停航整改不合格船舶11艘 was then refused as counting another noun (船舶).
A causative verb right before the verbs it governs belongs to the verb series, like the step verbs.
"""

from __future__ import annotations

# Verbs of ordering or urging another party to act; each is followed by that party's act (责令停产, 督促整改).
CAUSATIVE_VERBS = frozenset("责令 督促 敦促 勒令 要求 指导 引导 推动 帮助 协助 动员 约谈".split())


def leads_verbs(word: str, popped: list) -> bool:
    """Whether ``word`` is a causative verb standing right before the verbs already read off the predicate
    (``popped``: (word, flag) pairs, last read first)."""
    return word in CAUSATIVE_VERBS and bool(popped) and popped[-1][1] in ("v", "vn")
