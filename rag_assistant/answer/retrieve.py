"""Retrieve: hybrid BM25 + dense search with fusion, restricted to an intent's briefings, places boosted."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Sequence

import numpy as np

from ..index.embed import Embedder, Reranker
from ..settings import Settings
from ..index.store import Store, bm25_tokens
from ..text import normalize_question
from ..types import Chunk, Hit, Intent
from .domain import expansion
from .library import Library
from .understand import understand


# Each part of a several-part question adds its own best hits that the whole question's search did not rank.
PART_HITS = 2


# A count asked by a question word before a classifier (几个镇街, 多少家企业): the text prints a numeral there.
_COUNT_ASK_RE = re.compile(r"(?:几|多少)(?=\s*[个家名处项条次人件座台套起份篇批场支艘辆所户])")


def answer_shaped_tokens(text: str, tokens: Sequence[str]) -> list[str]:
    """The search words the answer's own wording gives that the question's does not: the segmenter cuts a
    noun after 几个 (几个|镇街) apart from one after a numeral (103|个|镇|街), so a question word before a
    classifier is read as a numeral too, and the words that reading adds (镇, 街) are searched as well. Numerals
    themselves are not searched: they would match any figure."""
    if not _COUNT_ASK_RE.search(text):
        return []
    seen = set(tokens)
    return [t for t in dict.fromkeys(bm25_tokens(_COUNT_ASK_RE.sub("1", text)))
            if t not in seen and not any(c.isdigit() for c in t)]


@dataclass(frozen=True)
class Query:
    """What retrieval needs to know about a question: its text, the briefings allowed, the places asked."""

    text: str
    year: int | None = None
    number: int | None = None
    latest: bool = False
    places: tuple[str, ...] = ()
    sources: tuple[str, ...] | None = None  # None: every briefing is allowed
    scope: str = ""  # human description of the filter, e.g. 2025年第14期

    @property
    def filtered(self) -> bool:
        return self.sources is not None


def query_for(intent: Intent) -> Query:
    """The retrieval query of an intent: the question plus words carried from earlier turns."""
    text = " ".join([intent.question, *intent.context]).strip()
    return Query(text=text, year=intent.year, number=intent.number, latest=intent.latest, places=intent.places,
                 sources=intent.sources, scope=intent.scope)


@dataclass
class Retriever:
    """Hybrid retrieval over a loaded Store; holds no per-query state, so threads can share it."""

    store: Store
    embedder: Embedder | None  # None: BM25 alone (``search --bm25``; nothing of the model is imported)
    settings: Settings
    reranker: Reranker | None = None
    library: Library | None = None
    _by_source: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        groups: dict[str, list[int]] = {}
        for i, c in enumerate(self.store.chunks):
            groups.setdefault(c.source, []).append(i)
        self._by_source = {s: np.asarray(ix, dtype=np.int64) for s, ix in groups.items()}
        if self.library is None:
            self.library = Library(self.store)

    def understand(self, question: str, scope_sources: Sequence[str] | None = None) -> Query:
        """The retrieval query of a standalone question (its scope resolved against this store)."""
        return query_for(understand(normalize_question(question), self.library, scope_sources))

    def _allowed(self, query: Query) -> np.ndarray | None:
        if query.sources is None:
            return None
        parts = [self._by_source[s] for s in query.sources if s in self._by_source]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def bm25_ranking(self, text: str, allowed: np.ndarray | None, n: int) -> list[tuple[int, float]]:
        """Top ``n`` (chunk index, BM25 score) with a positive score."""
        tokens = bm25_tokens(text) + expansion(text.lower(), self.library.corpus)  # 塔吊 finds 塔式起重机 too
        tokens += answer_shaped_tokens(text, tokens)  # 几个镇街 finds 103个镇街 (cut 镇|街) too
        if not tokens or self.store.bm25 is None:
            return []
        scores = self.store.bm25.get_scores(tokens)
        if allowed is not None:
            masked = np.full_like(scores, -1.0)
            masked[allowed] = scores[allowed]
            scores = masked
        return [(int(i), float(scores[i])) for i in top_n(scores, n) if scores[i] > 0]

    def dense_ranking(self, text: str, allowed: np.ndarray | None, n: int) -> list[tuple[int, float]]:
        """Top ``n`` (chunk index, cosine similarity) from FAISS, restricted to ``allowed``."""
        import faiss

        index = self.store.faiss_index
        if self.embedder is None or index.ntotal == 0 or (allowed is not None and len(allowed) == 0):
            return []
        vector = self.embedder.embed_batch([text])
        if allowed is not None and isinstance(index, faiss.IndexHNSW):
            # HNSW with a selector walks a graph mostly of excluded nodes: at 100k chunks its recall@10
            # for a one-issue filter was 0.007 (benchmarks/). The allowed vectors are scored exactly,
            # gathered from a view of the stored vectors (reconstruct_batch copies them one by one).
            scores = stored_vectors(index)[allowed] @ vector[0]
            return [(int(allowed[i]), float(scores[i])) for i in top_n(scores, n)]
        params = None
        if allowed is not None:
            n = min(n, len(allowed))
            sel = faiss.IDSelectorBatch(allowed)
            # IVF probing only the lists nearest the query would miss allowed chunks in other lists (a
            # one-issue filter allows ~20): scanning every list, the selector keeps the search exact.
            params = faiss.SearchParametersIVF(sel=sel, nprobe=index.nlist) if isinstance(index, faiss.IndexIVF) \
                else faiss.SearchParameters(sel=sel)
        scores, ids = index.search(vector, min(n, index.ntotal), params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def search_intent(self, intent: Intent, use_dense: bool = True) -> list[Hit]:
        """The question's hits, then each part's own best hits not among them (PART_HITS a part, ranked after).

        A message of two asks about two articles (…推进会上说重大事故隐患有几项？江阴专家进企业已服务多少家) is one
        search: its words mix two articles and the first ask's article can rank below top_k. Searched alone, each
        ask finds its own; the question's own ranking is kept as it is."""
        query = query_for(intent)
        hits = self.search(query, use_dense=use_dense)
        if len(intent.parts) < 2:
            return hits
        seen, extra = {h.chunk.id for h in hits}, []
        for part in intent.parts:
            places = (part.place,) if part.place else tuple(p for p in intent.places if p in part.text)
            text = " ".join([part.text, *intent.context]).strip()
            for hit in self.search(replace(query, text=text, places=places), k=PART_HITS, use_dense=use_dense):
                if hit.chunk.id not in seen:
                    seen.add(hit.chunk.id)
                    extra.append(hit)
        return [*hits, *(replace(h, rank=len(hits) + n) for n, h in enumerate(extra, 1))]

    def search(self, query: Query | str, k: int | None = None, use_dense: bool = True) -> list[Hit]:
        """Fused ranking of chunks for a question; empty when filters allow no briefing.

        ``use_dense=False`` ranks by BM25 alone (the model still loading, or not wanted)."""
        if isinstance(query, str):
            query = self.understand(query)
        k = k or self.settings.top_k
        allowed = self._allowed(query)
        n = max(self.settings.candidates, k)
        bm25 = self.bm25_ranking(query.text, allowed, n)
        dense = self.dense_ranking(query.text, allowed, n) if use_dense else []
        fused = fuse(bm25, dense, self.settings)
        if query.places:
            chunks = self.store.chunks
            boosted = {i: s * (1.0 + self.settings.place_boost) if _mentions(chunks[i], query.places) else s
                       for i, s in fused.items()}
            fused = boosted
        b_rank = {i: (r, s) for r, (i, s) in enumerate(bm25, 1)}
        d_rank = {i: (r, s) for r, (i, s) in enumerate(dense, 1)}
        order = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
        if self.reranker is not None and order:
            order = rerank(self.reranker, query.text, order[: self.settings.rerank_candidates], self.store.chunks)
        order = order[:k]
        return [
            Hit(chunk=self.store.chunks[i], score=s, rank=r,
                bm25_score=b_rank.get(i, (None, None))[1], bm25_rank=b_rank.get(i, (None, None))[0],
                dense_score=d_rank.get(i, (None, None))[1], dense_rank=d_rank.get(i, (None, None))[0])
            for r, (i, s) in enumerate(order, 1)
        ]


def rerank(reranker: Reranker, text: str, order: list[tuple[int, float]], chunks: Sequence[Chunk]) -> list[tuple[int, float]]:
    """Re-order fused candidates by cross-encoder score (the fused score breaks ties)."""
    scores = reranker.score(text, [chunks[i].indexed_text for i, _ in order])
    ranked = sorted(zip(order, scores), key=lambda pair: (-float(pair[1]), -pair[0][1]))
    return [(i, float(s)) for (i, _), s in ranked]


def stored_vectors(index) -> np.ndarray:
    """The (ntotal, d) float32 vectors of a flat or HNSW-flat FAISS index, as a view (no copy)."""
    import faiss

    flat = faiss.downcast_index(index.storage) if isinstance(index, faiss.IndexHNSW) else index
    return faiss.rev_swig_ptr(flat.get_xb(), index.ntotal * index.d).reshape(index.ntotal, index.d)


def top_n(scores: np.ndarray, n: int) -> np.ndarray:
    """Indices of the ``n`` highest scores, best first (stable on ties)."""
    n = min(n, len(scores))
    if n <= 0:
        return np.zeros(0, dtype=np.int64)
    top = np.argpartition(-scores, n - 1)[:n] if n < len(scores) else np.arange(len(scores))
    return top[np.argsort(-scores[top], kind="stable")]


def _mentions(chunk: Chunk, places: Sequence[str]) -> bool:
    return any(p in chunk.title for p in places)


def rrf(rankings: Sequence[tuple[Sequence[tuple[int, float]], float]], k: int) -> dict[int, float]:
    """Reciprocal-rank fusion: sum of weight / (k + rank) over the rankings a document is in."""
    fused: dict[int, float] = {}
    for ranking, weight in rankings:
        for rank, (doc, _) in enumerate(ranking, 1):
            fused[doc] = fused.get(doc, 0.0) + weight / (k + rank)
    return fused


def weighted(rankings: Sequence[tuple[Sequence[tuple[int, float]], float]]) -> dict[int, float]:
    """Weighted sum of max-normalised scores (a document missing from a ranking scores 0 there)."""
    fused: dict[int, float] = {}
    for ranking, weight in rankings:
        top = max((s for _, s in ranking), default=0.0)
        if top <= 0:
            continue
        for doc, score in ranking:
            fused[doc] = fused.get(doc, 0.0) + weight * max(score, 0.0) / top
    return fused


def fuse(bm25: Sequence[tuple[int, float]], dense: Sequence[tuple[int, float]], settings: Settings) -> dict[int, float]:
    """Combine the two rankings as the settings say (rrf or weighted)."""
    pairs = [(bm25, settings.bm25_weight), (dense, settings.dense_weight)]
    return rrf(pairs, settings.rrf_k) if settings.fusion == "rrf" else weighted(pairs)
