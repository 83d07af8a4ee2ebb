"""One scored gold item (ItemRecord), the pure per-item scoring, and aggregation over records."""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Mapping, Sequence

from ..types import Citation
from .claims import CorpusFacts, declines, false_absence_claims, polarity
from .items import EvalItem
from .points import score_points
from .score import (figure_support, squeeze, missing_figures, missing_terms, percentile, retrieval_summary, share,
                    uncited_sources)


@dataclass
class ItemRecord:
    """The outcome of one gold item. Checks that do not apply are None."""

    id: str
    kind: str
    question: str
    answer: str
    refused: bool  # the assistant flagged the answer as a refusal
    should_refuse: bool
    split: str = "dev"
    corpus: str = "main"
    history: list[str] = field(default_factory=list)
    standalone: str = ""
    citations: list[dict] = field(default_factory=list)
    path: str = ""  # "metadata" when answered from briefing metadata, else the backend that answered
    understood: Any = None  # the assistant's reading of the question, when it reports one
    declined: bool = False  # refused, or leads with "not given" and no figure (see claims.declines)
    refusal_ok: bool = True
    false_refusal: bool | None = None  # answerable items only
    false_reasons: list[str] = field(default_factory=list)  # names it says are absent though the corpus has them
    figure_ok: bool | None = None
    citation_ok: bool | None = None
    term_ok: bool | None = None
    points_ok: bool | None = None
    yesno_ok: bool | None = None
    polarity: str | None = None
    point_recall: float | None = None
    points: dict[str, int] = field(default_factory=dict)  # total, found, cited
    missing: list[str] = field(default_factory=list)
    faithfulness: float | None = None
    unsupported: list[str] = field(default_factory=list)
    latency_ms: float = 0.0
    ranks: dict[str, int | None] = field(default_factory=dict)  # retrieval mode → gold rank (None: miss)
    in_retrieval: bool = False
    gold_in_index: bool | None = None  # whether any chunk of the index holds the evidence at all
    expected: str = ""
    diagnosis: str = ""

    @property
    def checks(self) -> tuple[bool | None, ...]:
        """The content checks (None: does not apply)."""
        return (self.figure_ok, self.citation_ok, self.term_ok, self.points_ok, self.yesno_ok)

    @property
    def correct(self) -> bool:
        """Passes every check that applies and states no false absence."""
        return self.refusal_ok and not self.false_reasons and all(v is not False for v in self.checks)

    @property
    def followup_ok(self) -> bool | None:
        """Follow-up items: figure, citation and refusal right; None for other kinds."""
        if self.kind != "followup":
            return None
        return self.figure_ok is not False and self.citation_ok is not False and self.refusal_ok

    def to_dict(self) -> dict:
        """JSON form, with ``correct``."""
        return {**asdict(self), "correct": self.correct}


def _content_checks(item: EvalItem, answer: str, refused: bool, citations: Sequence[Citation],
                    texts: Mapping[str, str | None]) -> dict[str, Any]:
    """Figures, terms, key points and yes/no of an answerable item."""
    out: dict[str, Any] = {"missing": []}
    if item.expected_figures:
        out["missing"] = missing_figures(answer, item.expected_figures)
        out["figure_ok"] = not refused and not out["missing"]
    if item.expected_terms:
        terms = missing_terms(answer, item.expected_terms)
        out["missing"] += terms
        out["term_ok"] = not refused and not terms
    if item.expected_points:
        score = score_points(answer, item.expected_points, citations, {name: texts.get(name) for name, _ in item.sources})
        out["points"] = {"total": score.total, "found": len(score.found), "cited": len(score.cited)}
        out["point_recall"] = 0.0 if refused else score.recall
        out["points_ok"] = not refused and score.passed
        out["missing"] += [item.expected_points[i][0] for i in range(score.total) if i not in score.found]
    if item.expected_answer:
        out["polarity"] = polarity(answer)
        out["yesno_ok"] = not refused and out["polarity"] == item.expected_answer
    return out


def with_gold(facts: CorpusFacts, item: EvalItem, texts: Mapping[str, str | None]) -> CorpusFacts:
    """The corpus facts plus the item's gold files and issue labels (a briefing the parser misread is
    still in the corpus: an answer that says it is absent gives a false reason)."""
    gold = squeeze("".join(t for t in texts.values() if t))
    return replace(facts, text=facts.text + gold, labels=facts.labels + tuple(i for _, i in item.sources if i))


def score_item(item: EvalItem, answer: str, refused: bool, citations: Sequence[Citation],
               texts: Mapping[str, str | None], facts: CorpusFacts | None = None) -> dict[str, Any]:
    """Every answer-level check of one item (pure). ``texts``: raw text of each expected file;
    ``facts``: what the corpus holds, for judging absence claims (None: not judged)."""
    # A yes/no answer says 没有 when the answer is no: only the assistant's own flag makes it a refusal.
    declined_by_text = item.kind != "yesno" and declines(answer)
    out: dict[str, Any] = {"declined": refused or declined_by_text, "missing": []}
    if item.should_refuse:
        out["refusal_ok"] = out["declined"]
    else:
        out.update(_content_checks(item, answer, refused, citations, texts))
        content_ok = all(out.get(k) is not False for k in ("figure_ok", "term_ok", "points_ok", "yesno_ok"))
        # A partial answer that still gives the whole gold answered the question.
        out["false_refusal"] = refused or (declined_by_text and not content_ok)
        out["refusal_ok"] = not out["false_refusal"]
    if item.sources and not item.should_refuse:
        out["citation_ok"] = not refused and not uncited_sources(citations, item.sources, texts)
    out["false_reasons"] = (false_absence_claims(answer, with_gold(facts, item, texts), citations, not item.should_refuse)
                            if facts else [])
    if refused:
        out["faithfulness"], out["unsupported"] = None, []
    else:
        supported, counted, unsupported = figure_support(answer, citations)
        out["faithfulness"] = supported / counted if counted else None
        out["unsupported"] = unsupported
    return out


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.fmean(present) if present else None


def aggregate(records: Sequence[ItemRecord], mode: str = "hybrid") -> dict[str, float | int | None]:
    """Aggregate metrics over some records (one kind, one split, or all); definitions in eval/README.md.
    ``mode``: the retrieval mode whose gold ranks give hit@1, hit@5 and MRR."""
    answerable = [r for r in records if not r.should_refuse]
    unanswerable = [r for r in records if r.should_refuse]
    with_points = [r for r in records if r.points]
    found = sum(r.points["found"] for r in with_points)
    hits = retrieval_summary([r.ranks.get(mode) for r in records if r.in_retrieval])
    latencies = [r.latency_ms for r in records]
    return {
        "n": len(records),
        "accuracy": share(r.correct for r in records),
        "figure_accuracy": share(r.figure_ok for r in records),
        "citation_accuracy": share(r.citation_ok for r in records),
        "term_accuracy": share(r.term_ok for r in records),
        "refusal_accuracy": share(r.refusal_ok for r in records),
        "false_refusal_rate": share(r.false_refusal for r in answerable),
        "missed_refusal_rate": share(not r.declined for r in unanswerable),
        "false_reasons": sum(1 for r in records if r.false_reasons),
        "followup_accuracy": share(r.followup_ok for r in records),
        "point_recall": _mean([r.point_recall for r in with_points]),
        "points_cited": sum(r.points["cited"] for r in with_points) / found if found else None,
        "point_pass": share(r.points_ok for r in with_points),
        "yesno_accuracy": share(r.yesno_ok for r in records),
        "faithfulness": _mean([r.faithfulness for r in records]),
        "retrieval_n": hits["n"],
        "hit_at_1": hits["hit_at_1"],
        "hit_at_5": hits["hit_at_5"],
        "mrr": hits["mrr"],
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
    }


def _where(record: ItemRecord) -> str:
    rank = record.ranks.get("hybrid")
    return (f"gold chunk at hybrid rank {rank}" if rank else
            "gold chunk not in the top 10" if record.gold_in_index else
            "no chunk holds the evidence" if record.gold_in_index is False else "")


def diagnose(record: ItemRecord, top_k: int) -> str:
    """A first guess at why an item failed, for the failure list (a hint, not a verdict)."""
    if record.correct:
        return ""
    rank, where = record.ranks.get("hybrid"), _where(record)
    missed = record.in_retrieval and (rank is None or rank > top_k)
    if record.false_reasons:
        return f"says {'、'.join(record.false_reasons)} is absent, but the corpus has it"
    if record.should_refuse and not record.declined:
        source = record.citations[0]["title"] if record.citations else "?"
        return f"missed refusal: answered from 《{source}》"
    if record.kind in ("metadata", "list") and record.path != "metadata" and record.false_refusal:
        return f"metadata intent not detected (refused by {record.path})"
    if record.path == "metadata" and record.kind not in ("metadata", "list"):
        return "content question taken for a metadata question (answered from briefing metadata)"
    if record.false_refusal:
        how = "partial answer without the gold" if not record.refused else "refusal"
        return f"false {how}" + (f" after a retrieval miss ({where})" if missed else f" ({where})" if where else "")
    if record.points_ok is False:
        p = record.points
        return f"key points found {p['found']}/{p['total']}, cited {p['cited']}/{p['found']}" + (f" ({where})" if where else "")
    if record.yesno_ok is False:
        return f"yes/no wrong: the first clause reads {record.polarity or 'neither yes nor no'}"
    prefix = "follow-up rewrite? " if record.kind == "followup" else ""
    if record.figure_ok is False or record.term_ok is False:
        return f"{prefix}retrieval miss ({where})" if missed else f"{prefix}wrong sentence picked ({where})"
    if record.citation_ok is False:
        return "citation not verbatim from every expected briefing, or wrong issue"
    return "failed"
