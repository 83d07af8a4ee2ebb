"""A question's one-character predicate verb, which the segmenter splits off its aspect particle (赋了多少台, 罚了多少):
the text writes the action inside a two-character word (共赋码1978台, 罚款), so the verb is matched by its character.

One character says little alone (搞, 开, 来, 改 are how a question says many actions), so it only decides between
the figures of one sentence: a figure whose own clause names another action (清退超期服役起重机械57台) yields to a
sibling figure whose predicate word opens with the verb (共赋码1978台)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..nouns import tagged
from ..numbers import Figure
from .steps import LIGHT_VERBS
from .window import clause_start

_ASK_RE = re.compile(r"多少|几")
# Verbs that complete or reach what the clause before began (一季度已完成41.5公里 of 计划改造126公里): they name no
# action of their own, so their figure's action is the one said before.
COMPLETION_VERBS = frozenset("完成 实现 达到 累计 共计 合计 新增 增加 减少 超过".split())
# How far before a figure its predicate word may begin (赋码1978台, 赋码 1.16 万家).
PREDICATE_SPAN = 4


@lru_cache(maxsize=4096)
def split_verb(question: str) -> str:
    """The one-character verb right before 了/过 and the question word (赋了多少台 → 赋), or ""."""
    cut = _ASK_RE.search(question)
    words = [(w, flag) for w, flag, *_ in tagged(question[:cut.start()] if cut else "") if w.strip()]
    while words and words[-1][0] in ("一共", "共", "总共", "累计", "共计"):
        words.pop()
    if len(words) < 2 or words[-1][0] not in ("了", "过"):
        return ""
    verb, flag = words[-2]
    return verb if len(verb) == 1 and flag == "v" else ""


def _names_own_action(before: str) -> bool:
    """Whether the words of a clause before its figure hold an action verb of their own (清退, 排查), not a light
    verb (开展) or a completion (已完成) that carries the action said before."""
    return any(flag == "v" and len(w) > 1 and w not in LIGHT_VERBS and w not in COMPLETION_VERBS
               for w, flag, *_ in tagged(before))


def verb_of_sibling(question: str, sentence: str, figures: Sequence[Figure], f: Figure) -> bool:
    """Whether the asked one-character verb is another figure's predicate in ``sentence`` and not ``f``'s, whose
    clause names another action: 赋了多少台 is 共赋码1978台, not 清退超期服役起重机械57台 of the same sentence."""
    verb = split_verb(question)
    if not verb:
        return False
    before = sentence[clause_start(sentence, f.start):f.start]
    if verb in before or not _names_own_action(before):
        return False
    return any(verb in sentence[max(clause_start(sentence, g.start), g.start - PREDICATE_SPAN):g.start]
               for g in figures if g.start != f.start)
