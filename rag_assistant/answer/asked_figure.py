"""Which of a sentence's figures of the asked unit a yes/no question's stated figure is to be checked against,
when the sentence gives several in successive clauses and the first one is not the asked one.

Three properties of briefing sentences, each telling the figures apart by their own clause's words:

- a plan and its progress (全年计划改造126公里，一季度已完成41.5公里; 拟安排800万元，已下达320万元): a question that
  asks what is done (改造超过40公里了吗, 已经, 完成) and no plan is checked against the done figure (``unplanned``);
- a subset after 其中/另有 (纺织企业1.26万家，其中盛泽镇8700余家): the subset's figure counts what its own name, said only
  there, names; a question naming it (盛泽镇纺织企业有没有超过9000家) asks that figure (``named_subset``);
- one verb per clause over one counted thing (共排查老旧装置215套，淘汰落后工艺装备38套; 排查整治管道隐患193处，已整改
  186处): the verb the question says of its figure (老旧装置淘汰超过50套, 管道隐患整改超过180处) picks the figure whose
  clause says that verb (``governed``).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..dictionary import tag
from ..numbers import Figure
from . import lexicon as lx

_PLAN_WORDS = lx.QUALIFIERS["拟"]
# A question about the plan itself (计划改造多少, 目标是不是, 是不是要建, 打算…): the plan figure is the asked one.
_PLAN_ASKED_RE = re.compile("|".join(_PLAN_WORDS) + r"|目标|任务|(?<![重主需必纲只])要(?![求点素害闻员])")
_CLAUSE_STOP = "，,；;。"
# A question asking what is done by now (超过40公里了吗, 已经, 完成了没有; 是不是超过40公里了 with the 了 last), not
# what the figure is (是不是800万元).
_DONE_ASKED_RE = re.compile(r"了(?:吗|没|么|嘛)|了\s*[？?]?\s*$|已经|已|完成|建成|达到了|到了")


def _clause_start(sentence: str, g: Figure) -> int:
    return max((i + 1 for i, c in enumerate(sentence[:g.start]) if c in _CLAUSE_STOP), default=0)


def asks_done(question: str) -> bool:
    """Whether a yes/no question asks what is done by now (改造完成了吗, 已经发了1260万元吗)."""
    return bool(_DONE_ASKED_RE.search(question))


def unplanned(fitting: Sequence[Figure], question: str, sentence: str) -> list[Figure]:
    """``fitting`` without the figures a plan word of their own clause governs (计划改造126公里), when the question asks
    what is done (了吗, 已经, 完成), no plan, and another figure is not planned; else ``fitting`` unchanged."""
    if _PLAN_ASKED_RE.search(question) or not asks_done(question):
        return list(fitting)
    kept = [g for g in fitting if not any(w in sentence[_clause_start(sentence, g):g.start] for w in _PLAN_WORDS)]
    return kept if kept else list(fitting)


# A subset's clause: 其中盛泽镇8700余家, 另有尾矿库12座 — the name between the mark and the figure.
_SUBSET_RE = re.compile(r"^\s*(?:其中|另有)\s*([^，,；;。、\d]{2,12}?)\s*(?:有|共|共有|为|达)?\s*$")


_BARE_SUBSET_RE = re.compile(r"^\s*(?:其中|另有)\s*$")
_PREDICATE_RE = re.compile(r"[\u4e00-\u9fff]+")


def _said_after(predicate: str, question: str) -> bool:
    """Whether the question says four running characters of a subset's predicate (改用二氧化碳 of 改用二氧化碳等安全冷媒)."""
    return any(run[i:i + 4] in question for run in _PREDICATE_RE.findall(predicate) for i in range(len(run) - 3))


def named_subset(fitting: Sequence[Figure], question: str, sentence: str) -> list[Figure]:
    """The figures of ``fitting`` opened by 其中/另有 whose subset name the question says and no other figure's clause
    holds, or, with no name before the figure (推动43家企业…，其中11家改用二氧化碳等安全冷媒), whose predicate after it the
    question says; [] when there is none."""
    held = []
    for g in fitting:
        start, before = _clause_start(sentence, g), sentence[_clause_start(sentence, g):g.start]
        m = _SUBSET_RE.match(before)
        if m and m.group(1) in question and not any(
                m.group(1) in sentence[_clause_start(sentence, o):o.start] for o in fitting if o is not g):
            held.append(g)
        elif _BARE_SUBSET_RE.match(before) and _said_after(re.split(r"[，,；;。、]", sentence[g.end:])[0], question):
            held.append(g)
    return held if len(held) < len(fitting) else []


# What a question says between its verb and its figure: the yes/no words, a relation, an aspect (整改了超过180处).
_RELATION_TAIL_RE = re.compile(r"(?:是不是|是否|有没有|已经|已|都|就|也)?\s*(?:了)?\s*(?:超过|超出|多于|高于|大于|不少于|不低于|"
                               r"至少|不止|不到|不足|少于|低于|小于|不超过|达到|达|到|满|有|是|共|约|近|了)?\s*$")


def _verb_of(head: str) -> str:
    """The verb the question says of its figure: the last word of ``head`` (管道隐患整改), or the one before its object
    (淘汰老旧装置); "" when neither is a verb in jieba's dictionary."""
    import jieba

    words = [w for w in jieba.lcut(head) if w.strip()]
    if words and len(words[-1]) == 2 and tag(words[-1]).startswith("v"):
        return words[-1]
    if len(words) > 1 and len(words[-2]) == 2 and tag(words[-2]).startswith("v") \
            and tag(words[-1]).startswith("n"):
        return words[-2]
    return ""


def governed(fitting: Sequence[Figure], question: str, at: int, sentence: str) -> list[Figure]:
    """The figures of ``fitting`` whose clause says, up to them, the verb the question says of its figure at ``at``
    (淘汰 of 老旧装置淘汰超过50套: 淘汰落后工艺装备38套, not 共排查老旧装置215套); [] when the question says no verb there or
    the verb does not tell the figures apart."""
    head = _RELATION_TAIL_RE.sub("", re.split(r"[，,；;。？?]", question[:at])[-1])
    if not (verb := _verb_of(head)):
        return []
    held = [g for g in fitting if verb in sentence[_clause_start(sentence, g):g.end]]
    return held if len(held) < len(fitting) else []


def staged(fitting: Sequence[Figure], question: str, at: int, sentence: str) -> list[Figure]:
    """The figures of ``fitting`` of the stage (plan or done) the question's own clause says of its figure at ``at``,
    when the question states a plan and its progress in two clauses (计划改造126公里，一季度完成41.5公里吗; 计划关闭
    6座，已经关了5座了没有): the plan figure is checked against the text's planned one, the other against the text's
    unplanned one, whatever the question's other clause says; [] when the question has no plan clause or one clause
    only, or no figure of that stage."""
    start = max((i + 1 for i, c in enumerate(question[:at]) if c in _CLAUSE_STOP), default=0)
    own = any(w in question[start:at] for w in _PLAN_WORDS)
    clauses = [c for c in re.split(f"[{_CLAUSE_STOP}]", question) if c.strip()]
    if len(clauses) < 2 or not any(w in c for c in clauses for w in _PLAN_WORDS):
        return []
    return [g for g in fitting if any(w in sentence[_clause_start(sentence, g):g.start] for w in _PLAN_WORDS) == own]
