"""Decide: answer, partial answer, or refusal, and always with a reason that is true of the index."""

from __future__ import annotations

from typing import Sequence

from ..types import Decision, Evidence, Finding, Intent
from .absence import absence_reason, absent
from .named_event import event_clause, event_refusal, of_named_event
from .evidence import ANSWER_COVERAGE
from .library import Library

# Below this the evidence is not even about the asked topic: a refusal instead of a partial answer.
TOPIC_COVERAGE = 0.35


def indexed_list(library: Library) -> str:
    """``2026年第13期（2026年3月26日）、…``: what the index holds, for refusals about a missing issue."""
    return "、".join(library.describe(b) for b in library.briefings) or "（索引为空）"


def scope_refusal(intent: Intent, library: Library) -> str | None:
    """Why a scoped question cannot be answered: the issue was not understood or is not indexed."""
    if intent.scope_problem:
        return f"问题中的期号「{intent.scope_problem}」无法识别。目前索引的简报有：{indexed_list(library)}。"
    if intent.sources is not None and not intent.sources:
        return f"索引中没有{intent.scope or '所指定范围'}的简报。目前索引的简报有：{indexed_list(library)}。"
    return None


def absent_places(intent: Intent, library: Library) -> list[str]:
    """Asked places and other names (盛虹集团, 浙江) that no article in scope names at all."""
    return absent([*intent.places, *(p.place for p in intent.parts if p.place), *intent.names], library,
                  intent.sources)


def place_refusal(missing: Sequence[str], intent: Intent, library: Library) -> str:
    return absence_reason(missing, (), library, intent.sources, intent.scope)


def unanswered_reason(intent: Intent, library: Library) -> str:
    """Why no sentence answers: what the briefings in scope lack, never a name they have."""
    return absence_reason([*intent.places, *intent.names], intent.topic, library, intent.sources, intent.scope)


def _answered(f: Finding) -> bool:
    return f.coverage >= ANSWER_COVERAGE and (f.figure is not None or f.clause == f.sentence)


def _of_event(intent: Intent, evidence: Evidence, library: Library, f: Finding) -> bool:
    part = intent.parts[f.part].text if len(intent.parts) > 1 and f.part < len(intent.parts) else ""
    if part and part not in event_clause(intent.question):
        return True  # asked in another sentence than the one naming the meeting
    entry = library.entry_of(evidence.sources[f.source].chunk)  # 燃气专项整治推进会上说…: that meeting's article (named_event.py)
    return entry is None or of_named_event(intent.question, entry.title, entry.article.text)


def decide(intent: Intent, evidence: Evidence, library: Library) -> Decision:
    """The outcome for a question answered from sentences (figure, compare, when, yes/no, fact)."""
    problem = scope_refusal(intent, library)
    if problem:
        return Decision("refuse", problem)
    missing_places = absent_places(intent, library)
    if missing_places and (intent.kind != "compare" or len(missing_places) == len(intent.places)):
        return Decision("refuse", place_refusal(missing_places, intent))
    n_parts = max(len(intent.parts), 1)
    answered = [f for f in evidence.findings if _answered(f)]
    if answered and not (answered := [f for f in answered if _of_event(intent, evidence, library, f)]):
        return Decision("refuse", event_refusal(intent.question))  # another meeting's figure (named_event.py)
    missing = tuple(i for i in range(n_parts) if not any(f.part == i for f in answered))
    if answered and len(missing) < n_parts:
        return Decision("answer", "", tuple(answered), missing)
    if evidence.related is not None and evidence.related.coverage >= TOPIC_COVERAGE:
        return Decision("partial", "", (evidence.related,), missing)
    return Decision("refuse", unanswered_reason(intent, library) + "以下是最接近的资料，供参考。")
