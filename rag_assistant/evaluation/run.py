"""The runner: ask every gold item on its corpus (bundled, or bundled + extra in a temporary index) and score it."""

from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from .baseline import BASELINE_KINDS, run_baselines
from .claims import CorpusFacts, corpus_facts
from .corpus import corpus_assistant, read_source
from .items import CORPORA, EXTRA_BRIEFINGS, EvalItem
from .record import ItemRecord, diagnose, score_item
from .result import EvalResult, summarise
from .score import RETRIEVAL_DEPTH, gold_rank, squeeze

# Settings that change what the eval measures; recorded in every report.
REPORTED_SETTINGS = ("embedding_model", "chunk_tokens", "chunk_overlap_tokens", "fusion", "bm25_weight",
                     "dense_weight", "rrf_k", "place_boost", "top_k", "candidates", "refusal_threshold",
                     "max_citations", "backend")
Progress = Callable[[int, int], None]


def expected_text(item: EvalItem) -> str:
    """The gold answer in one line, for the failure list."""
    if item.should_refuse:
        return "拒答（简报中没有）"
    parts = [" / ".join(forms) for forms in item.expected_figures + item.expected_terms]
    if item.expected_answer:
        parts.insert(0, "是/有" if item.expected_answer == "yes" else "否/没有")
    if item.expected_points:
        parts.append("要点：" + "；".join(forms[0] for forms in item.expected_points))
    where = "、".join(f"{issue or '专刊'} {name}" for name, issue in item.sources)
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
    dense = [chunks[i].text for i, _ in retriever.dense_ranking(query.text, allowed, depth)]
    hybrid = [h.chunk.text for h in retriever.search(query, k=depth)]
    return {"bm25": gold_rank(bm25, evidence), "dense": gold_rank(dense, evidence), "hybrid": gold_rank(hybrid, evidence)}


class _CachingEmbedder:
    """Wraps an embedder so the eval's repeated searches for one question embed it once."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self._cache: dict[str, Any] = {}

    def embed_batch(self, texts):
        """The inner embedder's vectors; a single text is embedded once per eval."""
        if len(texts) != 1:
            return self.inner.embed_batch(texts)
        if texts[0] not in self._cache:
            self._cache[texts[0]] = self.inner.embed_batch(list(texts))
        return self._cache[texts[0]]


@contextmanager
def _cached_query_embeddings(retriever) -> Iterator[None]:
    original = retriever.embedder
    retriever.embedder = _CachingEmbedder(original)
    try:
        yield
    finally:
        retriever.embedder = original


def run_item(assistant, item: EvalItem, backend: str | None, corpus_dir: Path, cache: dict[str, str | None],
             facts: CorpusFacts, squeezed_chunks: Sequence[str]) -> ItemRecord:
    """Ask one item and score it (answer checks, retrieval ranks, diagnosis)."""
    t0 = time.perf_counter()
    answer = assistant.ask(item.question, history=list(item.history), backend=backend)
    wall = (time.perf_counter() - t0) * 1000
    texts = {name: read_source(corpus_dir, name, cache) for name, _ in item.sources}
    scores = score_item(item, answer.answer, answer.refused, answer.citations, texts, facts)
    record = ItemRecord(
        id=item.id, kind=item.kind, question=item.question, answer=answer.answer, refused=answer.refused,
        should_refuse=item.should_refuse, split=item.split, corpus=item.corpus, history=list(item.history),
        standalone=answer.standalone_question, citations=[c.to_dict() for c in answer.citations],
        path=answer.backend, understood=answer.to_dict().get("understood"),
        latency_ms=float(answer.timings_ms.get("total_ms", wall)), expected=expected_text(item),
        in_retrieval=item.in_retrieval, **scores,
    )
    if item.in_retrieval:
        record.ranks = retrieval_ranks(assistant.retriever, answer.standalone_question, item.evidence or "")
        needle = squeeze(item.evidence)
        record.gold_in_index = any(needle in text for text in squeezed_chunks)
    record.diagnosis = diagnose(record, assistant.settings.top_k)
    return record


def run_items(assistant, items: Sequence[EvalItem], backend: str | None = None, corpus_dir: Path | None = None,
              progress: Progress | None = None) -> list[ItemRecord]:
    """Ask and score items against one assistant (one corpus)."""
    corpus_dir = Path(corpus_dir or assistant.settings.corpus_dir)
    cache: dict[str, str | None] = {}
    facts = corpus_facts(assistant.store.briefings)
    squeezed_chunks = [squeeze(c.text) for c in assistant.store.chunks]
    records = []
    with _cached_query_embeddings(assistant.retriever):
        for item in items:
            records.append(run_item(assistant, item, backend, corpus_dir, cache, facts, squeezed_chunks))
            if progress:
                progress(1, len(items))
    return records


def _run_corpus(assistant, corpus: str, items: Sequence[EvalItem], backend: str | None,
                baseline: bool | Sequence[str], extra_dir: Path, progress: Progress,
                seconds: dict[str, float]) -> tuple[list[ItemRecord], dict[str, dict[str, Any]]]:
    """Our records and the baselines' for the items of one corpus; wall times go into ``seconds``."""
    t = time.perf_counter()
    with corpus_assistant(assistant, corpus, extra_dir) as (answering, corpus_dir):
        if corpus != "main":
            seconds[f"{corpus}_index"] = time.perf_counter() - t
        t = time.perf_counter()
        records = run_items(answering, items, backend, corpus_dir, progress)
        seconds[f"{corpus}_answers"] = time.perf_counter() - t
        if not baseline:
            return records, {}
        t = time.perf_counter()
        names = None if baseline is True else list(baseline)  # type: ignore[arg-type]
        model = getattr(answering.embedder, "model", None)  # share our loaded weights when they are a SentenceTransformer
        found = run_baselines(items, records, corpus_dir, answering.store.briefings, names, model)
        seconds[f"{corpus}_baselines"] = time.perf_counter() - t
        return records, found


def run_eval(assistant, items: Sequence[EvalItem | Mapping[str, Any]], backend: str | None = None,
             baseline: bool | Sequence[str] = False, progress: Progress | None = None,
             extra_dir: Path = EXTRA_BRIEFINGS) -> EvalResult:
    """Ask every item on its corpus, score it, and aggregate per corpus, split and kind; optionally run the
    stock LangChain baselines on the same items (``baseline``: True for all, or a list of pipeline names)."""
    started = time.perf_counter()
    items = [i if isinstance(i, EvalItem) else EvalItem.from_dict(i) for i in items]
    records: list[ItemRecord] = []
    baselines: dict[str, dict[str, Any]] = {}
    seconds: dict[str, float] = {}
    done = [0]

    def tick(step: int, _total: int) -> None:
        done[0] += step
        if progress:
            progress(done[0], len(items))

    for corpus in CORPORA:
        group = [i for i in items if i.corpus == corpus]
        if group:
            found, other = _run_corpus(assistant, corpus, group, backend, baseline, extra_dir, tick, seconds)
            records += found
            for name, data in other.items():
                entry = baselines.setdefault(name, {"config": data["config"], "records": []})
                entry["records"] += data["records"]
    order = {i.id: n for n, i in enumerate(items)}
    records.sort(key=lambda r: order[r.id])
    settings = assistant.settings
    for data in baselines.values():
        # Answers are scored on the kinds a baseline can answer; retrieval on every item with evidence.
        data["metrics"] = summarise([r for r in data["records"] if r.kind in BASELINE_KINDS], "ensemble")
        data["retrieval"] = summarise(data["records"], "ensemble")
    seconds["total"] = time.perf_counter() - started
    return EvalResult(
        created=time.strftime("%Y-%m-%dT%H:%M:%S%z"), backend=backend or settings.backend,
        settings={k: getattr(settings, k) for k in REPORTED_SETTINGS}, records=records,
        metrics=summarise(records), baselines=baselines, seconds=seconds["total"],
        timings={k: round(v, 1) for k, v in seconds.items()},
    )
