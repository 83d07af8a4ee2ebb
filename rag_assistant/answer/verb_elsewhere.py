"""Whether a figure's sentence leaves out the action a question asks about when the article says that action of
another figure (江北新区赋码了多少家: the article's 共赋码1978台 counts machines, so 对9家拒不整改的企业依法立案处罚,
a sentence that says no 赋码, is no count of it either). Read by ``rejections.refused_by`` for questions
that name no counted noun and ask in a classifier of a kind (家, 台, 艘): their verb is all that says what is
counted. The verb is read even when the tagger calls it a noun (赋码), the path on which the step rules (steps.py)
know no verb and check nothing."""

from __future__ import annotations

import re

from ..nouns import tagged
from ..numbers import extract_figures
from ..units import COUNT_KINDS
from .count_kind import other_count_kind
from .domain import said
from .support import asked_action

_ASK_RE = re.compile(r"多少|几")
_CLAUSE_RE = re.compile(r"[，,；;。！？]")
_ASPECT = ("了", "过", "一共", "共", "总共", "累计", "共计")


def asked_verb(question: str) -> str:
    """The verb right before the question word (江北新区赋码了多少家 → 赋码), a two-character word the tagger
    reads as a noun included when 了/过 marks it a verb (赋码了多少家). "" when none."""
    if verb := asked_action(question):
        return verb
    cut = _ASK_RE.search(question)
    words = [(w, flag) for w, flag, *_ in tagged(question[:cut.start()] if cut else "") if w.strip()]
    popped = []
    while words and words[-1][0] in _ASPECT:
        popped.append(words.pop()[0])
    # only with an aspect particle after it (赋码了): a noun right before 多少 (隐患多少处) is the thing counted
    return words[-1][0] if words and words[-1][1] in ("n", "vn") and len(words[-1][0]) == 2 \
        and {"了", "过"} & set(popped) else ""


def verb_elsewhere(question: str, measure: str, asked_unit: str, sentence: str, article: str) -> bool:
    """Whether the question asks a bare action (no counted noun) in a classifier of a kind, the figure's sentence
    does not say the action, and the article says it only of figures of another kind (共赋码1978台 for 赋码了多少家):
    the article tells what the action counted, and it is not the asked kind, so no other figure counts it either."""
    verb = "" if measure or not COUNT_KINDS.get(asked_unit) else asked_verb(question)
    if not verb or verb in sentence or said(verb, sentence):
        return False
    kinds = [other_count_kind(asked_unit, g.unit) for c in _CLAUSE_RE.split(re.sub(r"\s+", "", article)) if verb in c
             for g in extract_figures(c) if COUNT_KINDS.get(g.unit)]
    return bool(kinds) and all(kinds)
