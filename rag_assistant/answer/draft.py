"""The extractive answer of an intent: evidence → decide → compose by kind, or a refusal with its reason."""

from __future__ import annotations

from typing import Sequence

from ..text import sentence_spans
from ..types import Citation, Draft, Hit, Intent
from .compose import compose, scope_note
from .elsewhere import answered_elsewhere
from .decide import absent_places, decide, place_refusal, scope_refusal, unanswered_reason
from .evidence import find
from .match import weights_of
from .library import Library
from .listing import compose_existence, compose_list, compose_metadata, named_sections
from .open import compose_open, target_entries
from .rowless_place import rowless_place_reason
from .unsaid_topic import unsaid_topic
from .later_year import later_year, latest_issue
from .unplanned_year import unplanned_year

NEAREST = 3


def _nearest(intent: Intent, hits: Sequence[Hit], library: Library) -> tuple[Citation, ...]:
    """The closest material a refusal shows: the best sentence of each of the top chunks."""
    weights = weights_of(library)
    out = []
    for n, hit in enumerate(hits[:NEAREST], 1):
        text = hit.chunk.text
        spans = [(a, b) for a, b in sentence_spans(text) if len(text[a:b].strip()) >= 4] or [(0, len(text))]
        a, b = max(spans, key=lambda ab: weights.coverage(intent.topic, text[ab[0]:ab[1]]))
        c = hit.chunk
        out.append(Citation(n=n, source=c.source, issue=c.issue, date=c.date, title=c.title,
                            quote=text[a:b].strip(), chunk_id=c.id, context=text))
    return tuple(out)


def refusal(intent: Intent, reason: str, template: str, nearest: tuple[Citation, ...] = ()) -> Draft:
    """The refusal text (prompts/refusal.txt) with its reason and the nearest material."""
    note = scope_note(intent)
    return Draft(template.format(scope=note, reason=reason), citations=nearest, outcome="refusal")


def chunks_of(entries) -> tuple[Hit, ...]:
    """Every chunk of the given articles as sources (for an LLM writing an open answer)."""
    return tuple(Hit(chunk=c, score=0.0, rank=i) for i, c in enumerate((c for e in entries for c in e.chunks), 1))


def extractive_draft(intent: Intent, hits: Sequence[Hit], library: Library, refusal_template: str) -> Draft:
    """The answer (or partial answer, or refusal) the briefings support for ``intent``."""
    if intent.kind == "yesno" and not intent.topic and not intent.scope_problem:
        return compose_existence(intent, library)
    problem = scope_refusal(intent, library)
    if problem:
        return refusal(intent, problem, refusal_template)
    if intent.kind == "list":
        listed = compose_list(intent, library)
        if intent.asks != "places" or not intent.topic or listed.outcome == "refusal":
            return listed
        # 哪些地方在搞…: the places, then what each did (the articles' own points), newest first.
        entries = target_entries(intent, hits, library)
        if sections := named_sections(intent, library):  # 第14期有哪些地方动态: not the 重要新闻 article too
            entries = [e for e in entries if e.article.section in sections]
        if not entries:
            return listed
        detail = compose_open(intent, entries, library, listed.citations)
        return Draft(listed.text + "\n" + detail.text, chunks_of(entries), detail.citations)
    if intent.kind == "metadata":
        return compose_metadata(intent, hits, library)
    missing = absent_places(intent, library)
    if missing and (intent.kind != "compare" or len(missing) == len(intent.places)):
        return refusal(intent, place_refusal(missing, intent, library), refusal_template, _nearest(intent, hits, library))
    if reason := rowless_place_reason(intent, library):  # 无锡…检查重点: the table of places has no 无锡 row
        return refusal(intent, reason, refusal_template, _nearest(intent, hits, library))
    if intent.kind == "open":
        if unsaid := unsaid_topic(intent, library):  # 无锡…燃气: no 无锡 article says 燃气
            reason = f"简报中关于{intent.places[0]}的文章未提到“{unsaid}”方面的做法。"
            return refusal(intent, reason, refusal_template, _nearest(intent, hits, library))
        entries = target_entries(intent, hits, library)
        if not entries:
            return refusal(intent, unanswered_reason(intent, library), refusal_template, _nearest(intent, hits, library))
        if year := later_year(intent.question, entries, library):  # 2027年…重点工作: no issue reaches that year
            reason = f"已索引的简报最晚为{latest_issue(library)}，未涉及{year}年的工作。"
            return refusal(intent, reason, refusal_template, _nearest(intent, hits, library))
        if word := unplanned_year(intent.question, entries):  # 无锡明年有啥计划: the articles state no plan
            about = "、".join(intent.places) or "这一问题"
            reason = f"简报中关于{about}的文章未提到{word}的计划或打算，所述均为已开展的工作。以下是最接近的资料，供参考。"
            return refusal(intent, reason, refusal_template, _nearest(intent, hits, library))
        draft = compose_open(intent, entries, library)
        return Draft(scope_note(intent) + draft.text, chunks_of(entries), draft.citations)
    evidence = find(intent, hits, library)
    decision = decide(intent, evidence, library)
    if decision.outcome != "answer" and (other := answered_elsewhere(intent, hits, library)):
        return other
    if decision.outcome == "refuse" and intent.kind == "yesno":  # 有没有…: no record is the answer, with its reason
        return Draft(scope_note(intent) + "没有相关记载：" + unanswered_reason(intent, library))
    if decision.outcome == "refuse":
        return refusal(intent, decision.reason, refusal_template, _nearest(intent, hits, library))
    return compose(intent, decision, evidence, library)
