"""The stock LangChain baselines (eval/baseline.py) on the same items: retrieval ranks and a retrieve-and-quote answer.

A stock pipeline has no answer step, so its "answer" is its top ``ANSWER_CHUNKS`` ensemble chunks, one
line each with a ``[n]`` marker citing the chunk (quote = the chunk, issue = the label of the chunk's
file). It is scored only on the kinds such an answer can satisfy (``BASELINE_KINDS``); it never
refuses and knows no briefing metadata, so metadata, list, yes/no and unanswerable items are left out.
Questions are the standalone questions our assistant condensed (the stock pipeline has no follow-up
rewriting), so retrieval is compared on the same query text.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any, Sequence

from ..types import Briefing, Citation
from .corpus import read_source
from .items import EVAL_DIR, EvalItem
from .record import ItemRecord, score_item
from .score import RETRIEVAL_DEPTH, gold_rank

BASELINE_PATH = EVAL_DIR / "baseline.py"
BASELINE_KINDS = ("figure", "multi_figure", "disambiguation", "followup", "compare", "when", "open")
ANSWER_CHUNKS = 3  # as many as our answers cite at most (max_citations)


def load_baseline_module():
    """eval/baseline.py as a module (it lives beside the gold set, outside the package)."""
    if not BASELINE_PATH.is_file():
        raise FileNotFoundError(f"{BASELINE_PATH} is missing")
    if "rag_eval_baseline" not in sys.modules:
        spec = importlib.util.spec_from_file_location("rag_eval_baseline", BASELINE_PATH)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        sys.modules["rag_eval_baseline"] = module  # dataclasses look their module up while it executes
        try:
            spec.loader.exec_module(module)  # type: ignore[union-attr]
        except BaseException:
            del sys.modules["rag_eval_baseline"]
            raise
    return sys.modules["rag_eval_baseline"]


def quote_answer(found: Sequence[tuple[str, str]], issues: dict[str, str | None]) -> tuple[str, list[Citation]]:
    """The retrieve-and-quote answer: one line per chunk with its marker, and the matching citations."""
    top = list(found)[:ANSWER_CHUNKS]
    citations = [Citation(n=n, source=source, issue=issues.get(source), date=None, title="", quote=text)
                 for n, (text, source) in enumerate(top, 1)]
    # One line per chunk: a marker covers the text before it on its line (points.marker_for).
    lines = [f"{' '.join(text.split())}[{n}]" for n, (text, _) in enumerate(top, 1)]
    return "\n".join(lines), citations


def _record(item: EvalItem, standalone: str, found: dict[str, list[tuple[str, str]]],
            corpus_dir: Path, issues: dict[str, str | None], cache: dict[str, str | None]) -> ItemRecord:
    record = ItemRecord(id=item.id, kind=item.kind, question=item.question, answer="", refused=False,
                        should_refuse=item.should_refuse, split=item.split, corpus=item.corpus,
                        standalone=standalone, in_retrieval=item.in_retrieval)
    if item.in_retrieval:
        record.ranks = {mode: gold_rank([t for t, _ in docs[:RETRIEVAL_DEPTH]], item.evidence)
                        for mode, docs in found.items()}
    if item.kind in BASELINE_KINDS:
        record.answer, citations = quote_answer(found["ensemble"], issues)
        record.citations = [c.to_dict() for c in citations]
        texts = {name: read_source(corpus_dir, name, cache) for name, _ in item.sources}
        for key, value in score_item(item, record.answer, False, citations, texts).items():
            setattr(record, key, value)
    return record


def run_baselines(items: Sequence[EvalItem], ours: Sequence[ItemRecord], corpus_dir: Path,
                  briefings: Sequence[Briefing], names: Sequence[str] | None = None,
                  model: Any = None) -> dict[str, dict[str, Any]]:
    """Per pipeline name: its config and one record per item it can be scored on (same items as ``ours``)."""
    module = load_baseline_module()
    standalone = {r.id: r.standalone or r.question for r in ours}
    wanted = [i for i in items if i.kind in BASELINE_KINDS or i.in_retrieval]
    issues = {b.source: b.issue for b in briefings}
    cache: dict[str, str | None] = {}
    out: dict[str, dict[str, Any]] = {}
    for pipeline in module.build(corpus_dir, list(names) if names else None, model):
        records = [_record(i, standalone[i.id], pipeline.retrieve(standalone[i.id]), corpus_dir, issues, cache)
                   for i in wanted]
        out[pipeline.name] = {"config": pipeline.config, "records": records}
    return out
