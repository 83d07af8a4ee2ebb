"""Evaluation against the gold set in eval/questions.jsonl: pure scoring functions, the runner, reports.

Definitions (also in eval/README.md):

* **figure accuracy** — items with ``expected_figures``: the answer is not a refusal and, for every
  inner list, at least one surface form occurs in the answer text (``numbers.contains_figure``, the
  unit-aware normalisation the verifier uses, so ``31933 家`` = ``31,933家`` but a rounded ``3.19万家``
  is not 31933).
* **citation accuracy** — items with ``expected_source``: the answer is not a refusal and some
  citation's quote, all whitespace removed, is a substring of the raw file text of
  ``expected_source`` (whitespace removed) and its issue label equals ``expected_issue``
  (``None == None`` for the undated special feature).
* **refusal accuracy** — ``refused == should_refuse`` over all items; **false-refusal rate** — the
  share of answerable items that were refused; **missed-refusal rate** — the share of unanswerable
  items that were answered.
* **term accuracy** — metadata items: not refused and, for every inner list of ``expected_terms``,
  one form occurs in the answer (whitespace-insensitive substring).
* **follow-up accuracy** — ``kind == followup`` items with figure and citation both correct.
* **accuracy** — an item passes every check that applies to it (refusal, figures, terms, citation).
* **faithfulness** — per answered (non-refused) item with at least one counted figure: the share of
  the answer's figures that a cited quote supports. Counted figures are the verifier's: every figure
  of the answer outside its ``[n]`` markers, except those the verifier exempts as a restatement of
  the cited issue label or date (unit 年/月/日/期 equal to the cited issue or date). Aggregated as the
  mean over those items.
* **retrieval hit@1 / hit@5 / MRR@10** — items with ``evidence`` that are not ``metadata`` items
  (metadata answers come from parsed briefing metadata; their evidence is the masthead date line,
  which no article chunk holds). The gold chunk is one whose text, whitespace removed, contains the
  evidence, whitespace removed; ranks are searched with the standalone question the assistant used.
* **latency** — p50 / p95 (nearest rank) of ``timings_ms["total_ms"]`` (wall clock if absent).
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import statistics
import sys
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from .numbers import contains_figure, extract_figures, same_figure
from .settings import PROJECT_ROOT
from .types import Citation
# The verifier's own figure reading, so faithfulness counts exactly what the verifier checks.
from .verify import answer_figures, label_figures, parse_markers, restates_label

KINDS = ("figure", "multi_figure", "metadata", "unanswerable", "followup", "disambiguation")
RETRIEVAL_DEPTH = 10  # ranks below this count as misses; MRR is MRR@10
RETRIEVAL_MODES = ("bm25", "dense", "hybrid")
DEFAULT_QUESTIONS = PROJECT_ROOT / "eval" / "questions.jsonl"
DEFAULT_REPORT_DIR = PROJECT_ROOT / "eval" / "reports"
DEFAULT_THRESHOLDS = PROJECT_ROOT / "eval" / "thresholds.toml"
BASELINE_PATH = PROJECT_ROOT / "eval" / "baseline.py"
# Settings that change what the eval measures; recorded in every report.
REPORTED_SETTINGS = ("embedding_model", "chunk_tokens", "chunk_overlap_tokens", "fusion", "bm25_weight",
                     "dense_weight", "rrf_k", "place_boost", "top_k", "candidates", "refusal_threshold",
                     "max_citations", "backend")
_WS_RE = re.compile(r"\s+")


# ---------------------------------------------------------------- gold items

@dataclass(frozen=True)
class EvalItem:
    """One line of eval/questions.jsonl (see eval/README.md for the fields)."""

    id: str
    kind: str
    question: str
    history: tuple[str, ...] = ()
    expected_figures: tuple[tuple[str, ...], ...] = ()
    expected_terms: tuple[tuple[str, ...], ...] = ()
    expected_source: str | None = None
    expected_issue: str | None = None
    should_refuse: bool = False
    evidence: str | None = None
    notes: str = ""

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> EvalItem:
        return cls(
            id=str(d["id"]), kind=str(d["kind"]), question=str(d["question"]),
            history=tuple(d.get("history") or ()),
            expected_figures=tuple(tuple(forms) for forms in d.get("expected_figures") or ()),
            expected_terms=tuple(tuple(forms) for forms in d.get("expected_terms") or ()),
            expected_source=d.get("expected_source"), expected_issue=d.get("expected_issue"),
            should_refuse=bool(d.get("should_refuse", False)), evidence=d.get("evidence"),
            notes=str(d.get("notes") or ""),
        )

    @property
    def in_retrieval(self) -> bool:
        """Whether the item counts for retrieval metrics (has evidence, answered from chunks)."""
        return bool(self.evidence) and self.kind != "metadata" and not self.should_refuse


def load_items(path: str | Path = DEFAULT_QUESTIONS) -> list[EvalItem]:
    """Read a JSONL gold file; a malformed line raises ValueError naming the line."""
    items: list[EvalItem] = []
    seen: set[str] = set()
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = EvalItem.from_dict(json.loads(line))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not a valid eval item ({exc})") from exc
        if item.kind not in KINDS:
            raise ValueError(f"{path}:{n}: unknown kind {item.kind!r}; valid kinds: {', '.join(KINDS)}")
        if item.id in seen:
            raise ValueError(f"{path}:{n}: duplicate id {item.id}")
        seen.add(item.id)
        items.append(item)
    return items


# ---------------------------------------------------------------- pure scoring

def squeeze(text: str | None) -> str:
    """``text`` with all whitespace removed (spacing in the briefings is not meaningful)."""
    return _WS_RE.sub("", text or "")


def missing_figures(answer: str, expected_figures: Sequence[Sequence[str]]) -> list[str]:
    """The first form of every expected figure none of whose forms occurs in ``answer``."""
    return [forms[0] for forms in expected_figures
            if forms and not any(contains_figure(answer, form) for form in forms)]


def figures_correct(answer: str, expected_figures: Sequence[Sequence[str]]) -> bool:
    """Every expected figure (any of its surface forms) appears in the answer."""
    return not missing_figures(answer, expected_figures)


def missing_terms(answer: str, expected_terms: Sequence[Sequence[str]]) -> list[str]:
    """The first form of every expected term none of whose forms occurs in ``answer`` (spacing ignored)."""
    text = squeeze(answer)
    return [forms[0] for forms in expected_terms
            if forms and not any(squeeze(form) and squeeze(form) in text for form in forms)]


def terms_correct(answer: str, expected_terms: Sequence[Sequence[str]]) -> bool:
    """Every expected term (any of its forms) appears in the answer."""
    return not missing_terms(answer, expected_terms)


def quote_in_source(quote: str, source_text: str) -> bool:
    """Whether a citation quote is a verbatim span of the source text, whitespace ignored on both sides."""
    q = squeeze(quote)
    return bool(q) and q in squeeze(source_text)


def citation_correct(citations: Iterable[Citation], source_text: str | None, expected_issue: str | None) -> bool:
    """Some citation quotes the expected briefing verbatim and names its issue (None matches None)."""
    if source_text is None:
        return False
    return any(c.issue == expected_issue and quote_in_source(c.quote, source_text) for c in citations)


def figure_support(answer: str, citations: Sequence[Citation]) -> tuple[int, int, list[str]]:
    """(supported, counted, unsupported surfaces) for the figures of an answer, as the verifier counts them.

    Counted: figures outside [n] markers, minus the ones the verifier exempts as a restatement of a
    cited issue label or date. Supported: equal (value and compatible unit) to a figure of a cited quote."""
    known = {c.n: c for c in citations}
    sources = [known[n] for n in parse_markers(answer) if n in known]
    quote_figures = [f for c in sources for f in extract_figures(c.quote)]
    labels = label_figures(sources)
    supported = counted = 0
    unsupported: dict[str, None] = {}
    for figure in answer_figures(answer):
        if restates_label(figure, labels):
            continue
        counted += 1
        if any(same_figure(figure, s) for s in quote_figures):
            supported += 1
        else:
            unsupported.setdefault(figure.surface, None)
    return supported, counted, list(unsupported)


def faithfulness(answer: str, citations: Sequence[Citation]) -> float | None:
    """Share of the answer's counted figures supported by the cited quotes; None when it states none."""
    supported, counted, _ = figure_support(answer, citations)
    return supported / counted if counted else None


def gold_rank(texts: Sequence[str], evidence: str | None) -> int | None:
    """1-based rank of the first text that contains the evidence (whitespace ignored), else None."""
    needle = squeeze(evidence)
    if not needle:
        return None
    for rank, text in enumerate(texts, 1):
        if needle in squeeze(text):
            return rank
    return None


def retrieval_summary(ranks: Sequence[int | None]) -> dict[str, float | int | None]:
    """hit@1, hit@5 and MRR (1/rank, 0 for a miss) over the given gold ranks."""
    n = len(ranks)
    if not n:
        return {"n": 0, "hit_at_1": None, "hit_at_5": None, "mrr": None}
    return {
        "n": n,
        "hit_at_1": sum(1 for r in ranks if r is not None and r <= 1) / n,
        "hit_at_5": sum(1 for r in ranks if r is not None and r <= 5) / n,
        "mrr": sum(1.0 / r for r in ranks if r) / n,
    }


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100): the smallest value with at least q% of values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    index = max(math.ceil(q / 100 * len(ordered)) - 1, 0)
    return ordered[min(index, len(ordered) - 1)]


def _share(flags: Iterable[bool | None]) -> float | None:
    values = [bool(f) for f in flags if f is not None]
    return sum(values) / len(values) if values else None


# ---------------------------------------------------------------- per-item records

@dataclass
class ItemRecord:
    """The outcome of one gold item. Checks that do not apply are None."""

    id: str
    kind: str
    question: str
    history: list[str]
    standalone: str
    answer: str
    refused: bool
    should_refuse: bool
    citations: list[dict]
    path: str = ""  # "metadata" when answered from briefing metadata, else the backend that answered
    figure_ok: bool | None = None
    citation_ok: bool | None = None
    term_ok: bool | None = None
    refusal_ok: bool = True
    missing: list[str] = field(default_factory=list)
    faithfulness: float | None = None
    unsupported: list[str] = field(default_factory=list)
    latency_ms: float = 0.0
    ranks: dict[str, int | None] = field(default_factory=dict)  # retrieval mode → gold rank (None: miss)
    in_retrieval: bool = False
    gold_in_index: bool | None = None  # whether any chunk of the index holds the evidence at all
    support: float | None = None  # the answer logic's support score for the retrieved evidence
    expected: str = ""
    diagnosis: str = ""

    @property
    def correct(self) -> bool:
        return self.refusal_ok and all(v is not False for v in (self.figure_ok, self.citation_ok, self.term_ok))

    @property
    def followup_ok(self) -> bool | None:
        if self.kind != "followup":
            return None
        return self.figure_ok is not False and self.citation_ok is not False and self.refusal_ok

    def to_dict(self) -> dict:
        return {**asdict(self), "correct": self.correct}


def score_item(item: EvalItem, answer: str, refused: bool, citations: Sequence[Citation],
               source_text: str | None) -> dict[str, Any]:
    """The answer-level checks of one item (pure): figure_ok, citation_ok, term_ok, refusal_ok,
    missing, faithfulness, unsupported."""
    out: dict[str, Any] = {"refusal_ok": refused == item.should_refuse, "missing": []}
    if item.expected_figures and not item.should_refuse:
        out["missing"] = missing_figures(answer, item.expected_figures)
        out["figure_ok"] = not refused and not out["missing"]
    if item.expected_terms and not item.should_refuse:
        out["missing"] += missing_terms(answer, item.expected_terms)
        out["term_ok"] = not refused and not missing_terms(answer, item.expected_terms)
    if item.expected_source:
        out["citation_ok"] = not refused and citation_correct(citations, source_text, item.expected_issue)
    if refused:
        out["faithfulness"], out["unsupported"] = None, []
    else:
        supported, counted, unsupported = figure_support(answer, citations)
        out["faithfulness"] = supported / counted if counted else None
        out["unsupported"] = unsupported
    return out


def aggregate(records: Sequence[ItemRecord]) -> dict[str, float | int | None]:
    """Aggregate metrics over some records (one kind, or all)."""
    answerable = [r for r in records if not r.should_refuse]
    unanswerable = [r for r in records if r.should_refuse]
    faith = [r.faithfulness for r in records if r.faithfulness is not None]
    latencies = [r.latency_ms for r in records]
    hybrid = retrieval_summary([r.ranks.get("hybrid") for r in records if r.in_retrieval])
    return {
        "n": len(records),
        "accuracy": _share(r.correct for r in records),
        "figure_accuracy": _share(r.figure_ok for r in records),
        "citation_accuracy": _share(r.citation_ok for r in records),
        "refusal_accuracy": _share(r.refusal_ok for r in records),
        "false_refusal_rate": _share(r.refused for r in answerable),
        "missed_refusal_rate": _share(not r.refused for r in unanswerable),
        "term_accuracy": _share(r.term_ok for r in records),
        "followup_accuracy": _share(r.followup_ok for r in records),
        "faithfulness": statistics.fmean(faith) if faith else None,
        "retrieval_n": hybrid["n"],
        "hit_at_1": hybrid["hit_at_1"],
        "hit_at_5": hybrid["hit_at_5"],
        "mrr": hybrid["mrr"],
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
    }


def diagnose(record: ItemRecord, top_k: int) -> str:
    """A first guess at why an item failed, for the failure list (a hint, not a verdict)."""
    if record.correct:
        return ""
    rank = record.ranks.get("hybrid")
    where = (f"gold chunk at hybrid rank {rank}" if rank else
             "gold chunk not in the top 10" if record.gold_in_index else
             "no chunk holds the evidence" if record.gold_in_index is False else "")
    support = f", support {record.support:.2f}" if record.support is not None else ""
    if record.should_refuse and not record.refused:
        source = record.citations[0]["title"] if record.citations else "?"
        return f"missed refusal: answered from 《{source}》{support}"
    if record.kind == "metadata" and record.path != "metadata":
        return f"metadata intent not detected (answered by {record.path or 'refusal'})"
    if record.path == "metadata" and record.kind != "metadata":
        return "content question taken for a metadata question (answered from briefing metadata)"
    if not record.should_refuse and record.refused:
        if record.in_retrieval and (rank is None or rank > top_k):
            return f"false refusal after a retrieval miss ({where}){support}"
        return f"false refusal: refusal threshold or place check ({where}){support}"
    if record.kind == "metadata":
        return "metadata answer wrong or incomplete"
    prefix = "follow-up rewrite? " if record.kind == "followup" else ""
    if record.figure_ok is False:
        if record.in_retrieval and (rank is None or rank > top_k):
            return f"{prefix}retrieval miss ({where})"
        return f"{prefix}wrong sentence picked ({where})"
    if record.citation_ok is False:
        return "citation not verbatim from the expected briefing or wrong issue"
    return "failed"


# ---------------------------------------------------------------- the runner

@dataclass
class EvalResult:
    """Per-item records plus aggregate metrics (overall and per kind) and retrieval comparisons."""

    created: str
    backend: str
    settings: dict[str, Any]
    records: list[ItemRecord]
    metrics: dict[str, Any]  # {"overall": {...}, "by_kind": {kind: {...}}}
    retrieval: dict[str, dict[str, Any]]  # {"bm25"|"dense"|"hybrid": summary}
    baseline: dict[str, Any] | None = None  # {variant: {"config": ..., "bm25"|"dense"|"ensemble": summary}}
    seconds: float = 0.0
    threshold_failures: list[str] = field(default_factory=list)

    @property
    def overall(self) -> dict[str, Any]:
        return self.metrics["overall"]

    def flat_metrics(self) -> dict[str, float | None]:
        """Every scalar metric by one name: overall ones (``figure_accuracy``), retrieval ones
        (``hybrid_hit_at_5``), per kind (``kind_followup_accuracy``) and baseline ones
        (``baseline_tutorial_ensemble_hit_at_5``)."""
        flat: dict[str, float | None] = {k: v for k, v in self.overall.items()}
        for mode, summary in self.retrieval.items():
            for k, v in summary.items():
                flat[f"{mode}_{k}"] = v
        for kind, metrics in self.metrics["by_kind"].items():
            for k, v in metrics.items():
                flat[f"kind_{kind}_{k}"] = v
        for variant, data in (self.baseline or {}).items():
            for mode in ("bm25", "dense", "ensemble"):
                for k, v in data.get(mode, {}).items():
                    flat[f"baseline_{variant}_{mode}_{k}"] = v
        return flat

    def to_dict(self, items: bool = True) -> dict:
        out = {
            "created": self.created, "backend": self.backend, "settings": self.settings,
            "seconds": round(self.seconds, 1), "metrics": self.metrics, "retrieval": self.retrieval,
            "baseline": self.baseline, "threshold_failures": self.threshold_failures,
        }
        if items:
            out["items"] = [r.to_dict() for r in self.records]
        return out


def _read_source(corpus_dir: Path, name: str, cache: dict[str, str | None]) -> str | None:
    if name not in cache:
        path = corpus_dir / name
        if not path.is_file():
            path = PROJECT_ROOT / "index" / "briefings" / name
        try:
            data = path.read_bytes()
        except OSError:
            cache[name] = None
        else:
            try:
                cache[name] = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                cache[name] = data.decode("gb18030", errors="replace")
    return cache[name]


def _expected_text(item: EvalItem) -> str:
    if item.should_refuse:
        return "拒答（简报中没有）"
    parts = [" / ".join(forms) for forms in item.expected_figures] + [" / ".join(forms) for forms in item.expected_terms]
    where = f"{item.expected_issue or '专刊'} {item.expected_source or ''}".strip()
    return "；".join(parts) + (f"（{where}）" if where else "")


def retrieval_ranks(retriever, standalone: str, evidence: str, depth: int = RETRIEVAL_DEPTH) -> dict[str, int | None]:
    """Gold rank for BM25 alone, dense alone and the fused hybrid search, with the same filters."""
    import numpy as np

    query = retriever.understand(standalone)
    chunks = retriever.store.chunks
    allowed = None
    if query.sources is not None:
        allowed = np.asarray([i for i, c in enumerate(chunks) if c.source in query.sources], dtype=np.int64)
    bm25 = [chunks[i].text for i, _ in retriever.bm25_ranking(query.text, allowed, depth)]
    dense = [chunks[i].text for i, _ in retriever.dense_ranking(query.text, allowed, depth)] if allowed is None or len(allowed) else []
    hybrid = [h.chunk.text for h in retriever.search(query, k=depth)]
    return {"bm25": gold_rank(bm25, evidence), "dense": gold_rank(dense, evidence), "hybrid": gold_rank(hybrid, evidence)}


def _support_of(assistant, standalone: str) -> float | None:
    """The support score the answer logic computes for this question (diagnostic only)."""
    from .answer.evidence import rank_sentences, select_evidence, support

    retriever = assistant.retriever
    query = retriever.understand(standalone)
    if query.filtered and not query.sources:
        return None
    hits = retriever.search(query)
    store = assistant.store
    n = max(store.size, 1)
    chosen = select_evidence(standalone, rank_sentences(standalone, hits, store.df, n))
    return round(support(standalone, chosen, store.df, n), 4)


class _CachingEmbedder:
    """Wraps an embedder so the eval's repeated searches for one question embed it once."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self._cache: dict[str, Any] = {}

    def embed_batch(self, texts):
        if len(texts) != 1:
            return self.inner.embed_batch(texts)
        if texts[0] not in self._cache:
            self._cache[texts[0]] = self.inner.embed_batch(list(texts))
        return self._cache[texts[0]]


@contextmanager
def _cached_query_embeddings(retriever):
    original = retriever.embedder
    retriever.embedder = _CachingEmbedder(original)
    try:
        yield
    finally:
        retriever.embedder = original


def _run_item(assistant, item: EvalItem, backend: str | None, corpus_dir: Path,
              sources: dict[str, str | None], squeezed_chunks: Sequence[str]) -> ItemRecord:
    """Ask one item and score it (answer checks, retrieval ranks, diagnostics)."""
    t0 = time.perf_counter()
    answer = assistant.ask(item.question, history=list(item.history), backend=backend)
    wall = (time.perf_counter() - t0) * 1000
    source_text = _read_source(corpus_dir, item.expected_source, sources) if item.expected_source else None
    scores = score_item(item, answer.answer, answer.refused, answer.citations, source_text)
    record = ItemRecord(
        id=item.id, kind=item.kind, question=item.question, history=list(item.history),
        standalone=answer.standalone_question, answer=answer.answer, refused=answer.refused,
        should_refuse=item.should_refuse, citations=[c.to_dict() for c in answer.citations],
        path=answer.backend, latency_ms=float(answer.timings_ms.get("total_ms", wall)),
        expected=_expected_text(item), in_retrieval=item.in_retrieval, **scores,
    )
    if item.in_retrieval:
        record.ranks = retrieval_ranks(assistant.retriever, answer.standalone_question, item.evidence or "")
        needle = squeeze(item.evidence)
        record.gold_in_index = any(needle in text for text in squeezed_chunks)
    if answer.backend != "metadata" and not (answer.refused and not answer.citations):
        try:
            record.support = _support_of(assistant, answer.standalone_question)
        except Exception:  # diagnostics must never break the eval
            record.support = None
    record.diagnosis = diagnose(record, assistant.settings.top_k)
    return record


def run_eval(assistant, items: Sequence[EvalItem | Mapping[str, Any]], backend: str | None = None,
             baseline: bool | Sequence[str] = False,
             progress: Callable[[int, int], None] | None = None) -> EvalResult:
    """Ask every item, score it, and aggregate; optionally run the LangChain baseline on the same items.

    ``baseline``: False, True (every variant of eval/baseline.py) or a list of variant names."""
    started = time.perf_counter()
    items = [i if isinstance(i, EvalItem) else EvalItem.from_dict(i) for i in items]
    settings = assistant.settings
    corpus_dir = Path(settings.corpus_dir)
    sources: dict[str, str | None] = {}
    squeezed_chunks = [squeeze(c.text) for c in assistant.store.chunks]
    records: list[ItemRecord] = []
    with _cached_query_embeddings(assistant.retriever):
        for n, item in enumerate(items, 1):
            records.append(_run_item(assistant, item, backend, corpus_dir, sources, squeezed_chunks))
            if progress:
                progress(n, len(items))
    by_kind = {kind: aggregate([r for r in records if r.kind == kind]) for kind in KINDS
               if any(r.kind == kind for r in records)}
    metrics = {"overall": aggregate(records), "by_kind": by_kind}
    in_retrieval = [r for r in records if r.in_retrieval]
    retrieval = {mode: retrieval_summary([r.ranks.get(mode) for r in in_retrieval]) for mode in RETRIEVAL_MODES}
    result = EvalResult(
        created=time.strftime("%Y-%m-%dT%H:%M:%S%z"), backend=backend or settings.backend,
        settings={k: getattr(settings, k) for k in REPORTED_SETTINGS}, records=records,
        metrics=metrics, retrieval=retrieval,
    )
    if baseline:
        variants = None if baseline is True else list(baseline)  # type: ignore[arg-type]
        by_id = {i.id: i for i in items}
        pairs = [(r.standalone, by_id[r.id].evidence or "") for r in in_retrieval]
        result.baseline = run_baseline(pairs, corpus_dir, variants)
    result.seconds = time.perf_counter() - started
    return result


# ---------------------------------------------------------------- the LangChain baseline

def load_baseline_module():
    """eval/baseline.py as a module (it lives beside the gold set, outside the package)."""
    if not BASELINE_PATH.is_file():
        raise FileNotFoundError(f"{BASELINE_PATH} is missing")
    spec = importlib.util.spec_from_file_location("rag_eval_baseline", BASELINE_PATH)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("rag_eval_baseline", module)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def run_baseline(pairs: Sequence[tuple[str, str]], corpus_dir: Path,
                 variants: Sequence[str] | None = None) -> dict[str, Any]:
    """Retrieval metrics of the stock LangChain pipeline for (question, evidence) pairs, per variant."""
    module = load_baseline_module()
    out: dict[str, Any] = {}
    for name in variants or list(module.VARIANTS):
        pipeline = module.build(corpus_dir, **module.VARIANTS[name])
        ranks: dict[str, list[int | None]] = {"bm25": [], "dense": [], "ensemble": []}
        for question, evidence in pairs:
            for mode, texts in pipeline.retrieve(question).items():
                ranks[mode].append(gold_rank(texts[:RETRIEVAL_DEPTH], evidence))
        out[name] = {"config": pipeline.describe(), **{m: retrieval_summary(r) for m, r in ranks.items()}}
    return out


# ---------------------------------------------------------------- thresholds

def load_thresholds(path: str | Path = DEFAULT_THRESHOLDS) -> dict[str, float]:
    """``name_min`` / ``name_max`` entries of a TOML file."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return dict(tomllib.loads(Path(path).read_text(encoding="utf-8")))


def check_thresholds(result: EvalResult, thresholds: Mapping[str, float]) -> list[str]:
    """One message per violated threshold, in the order given. Keys are ``<metric>_min`` or ``<metric>_max``, where the
    metric is a name of ``EvalResult.flat_metrics()``; an unknown or unmeasured metric is a failure too."""
    flat = result.flat_metrics()
    failures = []
    for key, limit in thresholds.items():
        name, _, bound = key.rpartition("_")
        if bound not in ("min", "max") or not name:
            failures.append(f"{key}: threshold names must end in _min or _max")
            continue
        value = flat.get(name)
        if name not in flat:
            failures.append(f"{key}: unknown metric {name!r}")
        elif value is None:
            failures.append(f"{key}: {name} was not measured (no items apply)")
        elif bound == "min" and value < limit:
            failures.append(f"{name} = {value:.3f} is below the minimum {limit:.3f}")
        elif bound == "max" and value > limit:
            failures.append(f"{name} = {value:.3f} is above the maximum {limit:.3f}")
    return failures


# ---------------------------------------------------------------- reports

_TABLE_COLUMNS = (
    ("n", "n"), ("accuracy", "acc"), ("figure_accuracy", "figure"), ("citation_accuracy", "citation"),
    ("refusal_accuracy", "refusal"), ("false_refusal_rate", "false-ref"), ("term_accuracy", "terms"),
    ("followup_accuracy", "follow-up"), ("faithfulness", "faithful"), ("hit_at_1", "hit@1"),
    ("hit_at_5", "hit@5"), ("mrr", "MRR@10"), ("latency_p50_ms", "p50 ms"), ("latency_p95_ms", "p95 ms"),
)


def _fmt(value: Any, ms: bool = False) -> str:
    if value is None:
        return "–"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return f"{value:.0f}" if ms else f"{value:.3f}"


def metrics_table(result: EvalResult) -> str:
    """Markdown table: one row per kind, then overall."""
    head = "| kind | " + " | ".join(label for _, label in _TABLE_COLUMNS) + " |"
    rule = "|---|" + "---:|" * len(_TABLE_COLUMNS)
    rows = [head, rule]
    groups = list(result.metrics["by_kind"].items()) + [("**overall**", result.overall)]
    for name, m in groups:
        cells = [_fmt(m.get(key), ms=key.startswith("latency")) for key, _ in _TABLE_COLUMNS]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def retrieval_table(result: EvalResult) -> str:
    """Markdown table of retrieval hit@1/hit@5/MRR: ours (BM25, dense, hybrid) and the baseline."""
    rows = ["| pipeline | retriever | n | hit@1 | hit@5 | MRR@10 |", "|---|---|---:|---:|---:|---:|"]
    for mode in RETRIEVAL_MODES:
        s = result.retrieval[mode]
        rows.append(f"| ours | {mode} | {s['n']} | {_fmt(s['hit_at_1'])} | {_fmt(s['hit_at_5'])} | {_fmt(s['mrr'])} |")
    for variant, data in (result.baseline or {}).items():
        for mode in ("bm25", "dense", "ensemble"):
            s = data[mode]
            rows.append(f"| LangChain {variant} ({data['config']}) | {mode} | {s['n']} | {_fmt(s['hit_at_1'])} | "
                        f"{_fmt(s['hit_at_5'])} | {_fmt(s['mrr'])} |")
    return "\n".join(rows)


def _cell(text: str, limit: int = 160) -> str:
    text = _WS_RE.sub(" ", text or "").replace("|", "\\|")
    return text if len(text) <= limit else text[:limit] + "…"


def markdown_report(result: EvalResult) -> str:
    s = result.settings
    lines = [
        "# Eval report", "",
        f"- created: {result.created}; backend: {result.backend}; items: {len(result.records)}; "
        f"run time: {result.seconds:.1f} s",
        "- settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), "",
        "## Answers (per kind and overall)", "", metrics_table(result), "",
        "## Retrieval (gold chunk = a chunk holding the item's evidence; metadata and unanswerable items excluded)", "",
        retrieval_table(result), "",
    ]
    if result.threshold_failures:
        lines += ["## Threshold failures", ""] + [f"- {f}" for f in result.threshold_failures] + [""]
    failures = [r for r in result.records if not r.correct]
    lines += [f"## Failures ({len(failures)})", ""]
    if failures:
        lines += ["| id | kind | question | expected | got | diagnosis |", "|---|---|---|---|---|---|"]
        for r in failures:
            question = r.question if not r.history else f"{' → '.join(r.history)} → {r.question}"
            if r.standalone != r.question:
                question += f"（理解为：{r.standalone}）"
            got = ("[拒答] " if r.refused else "") + r.answer
            if r.citations:
                got += " ｜ cites " + "; ".join(f"{c['issue'] or '专刊'}《{c['title']}》" for c in r.citations[:3])
            lines.append(f"| {r.id} | {r.kind} | {_cell(question, 200)} | {_cell(r.expected, 120)} | "
                         f"{_cell(got, 260)} | {_cell(r.diagnosis, 120)} |")
    unfaithful = [r for r in result.records if r.unsupported]
    if unfaithful:
        lines += ["", "## Answers with figures no cited quote supports", ""]
        lines += [f"- {r.id}: {'、'.join(r.unsupported)}" for r in unfaithful]
    return "\n".join(lines) + "\n"


def write_report(result: EvalResult, directory: str | Path = DEFAULT_REPORT_DIR) -> tuple[Path, Path]:
    """Write report.json (every item) and report.md (tables and failures) under ``directory``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    json_path, md_path = directory / "report.json", directory / "report.md"
    json_path.write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    md_path.write_text(markdown_report(result), encoding="utf-8")
    return json_path, md_path
