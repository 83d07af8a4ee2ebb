"""The Assistant: question → standalone question → retrieval → backend → citations → verification."""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass
from typing import Iterator, Sequence

from .answer.cite import build_citations
from .answer.compose import compose_extractive, pieces
from .answer.condense import condense_rule, first_line, is_followup, rewrite_problem
from .answer.evidence import QUANTITY_RE, asked_units, holds_asked_figure, rank_sentences, select_evidence, support
from .answer.metadata import metadata_answer
from .answer.prompt import Prompts, answer_messages, condense_messages
from .answer.retrieve import Retriever
from .backends import EXTRACTIVE, BackendError, check_name, complete, make_backend
from .index.embed import load_embedder, load_reranker
from .index.store import IndexMissing, Store, open_store
from .index.build import build_index
from .settings import Settings, load_settings
from .text import clean_question
from .types import Answer, Briefing, Citation, Hit
from .verify import verify_answer

log = logging.getLogger(__name__)

REFUSED_RE = re.compile(r"未找到|没有找到|无法回答|没有相关|不包含")


# ---------------------------------------------------------------- the assistant

@dataclass(frozen=True)
class _State:
    """Everything one answer reads; swapped as a whole when the index changes."""

    store: Store
    retriever: Retriever


class Assistant:
    """Answers questions about the indexed briefings. Thread-safe: the index is swapped atomically."""

    def __init__(self, settings: Settings, store: Store | None = None):
        self.settings = settings
        self.prompts = Prompts.load(settings.prompts_dir)
        self.embedder = load_embedder(settings.embedding_model, settings.torch_threads)
        self._lock = threading.Lock()
        self._backends: dict[tuple, object] = {}
        self._state = self._make_state(store or open_store(settings))

    def _make_state(self, store: Store) -> _State:
        reranker = load_reranker(self.settings.reranker_model) if self.settings.reranker_model else None
        retriever = Retriever(store=store, embedder=self.embedder, settings=self.settings, reranker=reranker)
        return _State(store=store, retriever=retriever)

    @property
    def store(self) -> Store:
        return self._state.store

    @property
    def retriever(self) -> Retriever:
        return self._state.retriever

    def reindex(self, progress=None):
        """Index changed corpus files and swap the new index in; answers in flight keep the old one."""
        with self._lock:
            report = build_index(self.settings, progress=progress)
            self._state = self._make_state(open_store(self.settings))
        return report

    def briefings(self) -> list[Briefing]:
        """The indexed briefings, newest first (undated last)."""
        return sorted(self._state.store.briefings, key=lambda b: b.date or "", reverse=True)

    def backend(self, name: str | None, **overrides):
        """A backend by registry name, created once per distinct configuration."""
        name = name or self.settings.backend
        key = (name, tuple(sorted(overrides.items())))
        if key not in self._backends:
            settings = self.settings.replace(**overrides) if overrides else self.settings
            self._backends[key] = make_backend(name, settings)
        return self._backends[key]

    # ------------------------------------------------------------ public API

    def ask(self, question: str, history: Sequence[str] = (), backend: str | None = None,
            scope: Sequence[str] | None = None, **backend_overrides) -> Answer:
        """Answer one question (``history``: earlier user questions, oldest first)."""
        result = None
        for piece in self.stream(question, history, backend, scope, **backend_overrides):
            if isinstance(piece, Answer):
                result = piece
        assert result is not None
        return result

    def stream(self, question: str, history: Sequence[str] = (), backend: str | None = None,
               scope: Sequence[str] | None = None, **backend_overrides) -> Iterator[str | Answer]:
        """Yield answer text pieces, then the complete Answer as the last item."""
        t0 = time.perf_counter()
        state = self._state  # one consistent index for the whole answer
        timings: dict[str, float] = {}
        raw = question
        question = clean_question(question)
        name = check_name(backend or self.settings.backend)
        if not question:
            yield self._message(raw, "请输入要查询的问题，例如：南通市累计排查企业多少家？", name, timings, t0)
            return
        if len(question) > self.settings.max_question_chars:
            yield self._message(
                question[:200] + "…",
                f"问题过长（{len(question)} 字），请精简到 {self.settings.max_question_chars} 字以内后再提问。", name, timings, t0)
            return
        history = [h for h in (clean_question(h)[: self.settings.max_question_chars] for h in history or ()) if h]

        t = time.perf_counter()
        notice = None
        standalone = condense_rule(question, history, state.retriever.places)
        if history and name != EXTRACTIVE and is_followup(question, state.retriever.places):
            standalone = self._llm_condense(question, history, name, backend_overrides, state) or standalone
        timings["condense_ms"] = _ms(t)

        t = time.perf_counter()
        query = state.retriever.understand(standalone, scope)
        meta = metadata_answer(query, standalone, state.store.briefings, state.retriever)
        if meta is not None:
            text, citations = meta
            timings["retrieve_ms"] = _ms(t)
            yield text
            # "未找到…日期" when the asked briefing prints no date: that is a refusal, not an answer.
            yield self._finish(question, standalone, text, citations, bool(REFUSED_RE.search(text)), "metadata",
                               None, timings, t0)
            return
        if query.filtered and not query.sources:
            timings["retrieve_ms"] = _ms(t)
            text = self.prompts.refusal.format(scope=f"（查询范围：{query.scope}）",
                                               reason=f"索引中没有{query.scope}的简报。")
            yield text
            yield self._finish(question, standalone, text, [], True, name, None, timings, t0, verify=False)
            return
        hits = state.retriever.search(query)
        timings["retrieve_ms"] = _ms(t)

        t = time.perf_counter()
        ranked = rank_sentences(standalone, hits, state.store.df, max(state.store.size, 1))
        chosen = select_evidence(standalone, ranked)
        strength = support(standalone, chosen, state.store.df, max(state.store.size, 1))
        missing_place = [p for p in query.places
                         if not any(p in hits[ev.hit_index].chunk.title or p in ev.text for ev in chosen)]
        # A quantity question whose best evidence states no figure in the asked unit is not answered
        # by it (多少名快递员 → a sentence about the team, without a count).
        no_figure = bool(QUANTITY_RE.search(standalone)) and not any(
            holds_asked_figure(ev.text, asked_units(standalone)) for ev in chosen)
        if not hits or strength < self.settings.refusal_threshold or missing_place or no_figure:
            reason = (f"资料中没有关于{'、'.join(missing_place)}的相关记载。" if missing_place else
                      "资料中没有所问的数字。以下是最接近的资料，供参考。" if no_figure else "以下是最接近的资料，供参考。")
            text = self.prompts.refusal.format(scope=f"（查询范围：{query.scope}）" if query.scope else "", reason=reason)
            nearest = [Citation(n=i, source=h.chunk.source, issue=h.chunk.issue, date=h.chunk.date, title=h.chunk.title,
                                quote=_best_sentence(ranked, j, h), chunk_id=h.chunk.id, context=h.chunk.text)
                       for i, (j, h) in enumerate(((j, h) for j, h in enumerate(hits[:3])), 1)]
            timings["answer_ms"] = _ms(t)
            yield text
            yield self._finish(question, standalone, text, nearest, True, name, None, timings, t0, verify=False)
            return

        said: list[str] = []
        used = name
        df, n_docs = state.store.df, max(state.store.size, 1)
        if name == EXTRACTIVE:
            text, _ = compose_extractive(standalone, hits, df, n_docs)
            yield from pieces(text)
            said = [text]
        else:
            try:
                engine = self.backend(name, **backend_overrides)
                for piece in engine.stream(answer_messages(standalone, hits, self.prompts)):
                    said.append(piece)
                    yield piece
                if not "".join(said).strip():
                    raise BackendError("the model returned an empty answer")
            except BackendError as exc:
                notice = f"大模型服务不可用（{exc}），已改用离线抽取式回答。"
                log.warning("backend %s failed: %s", name, exc)
                used = EXTRACTIVE
                text, _ = compose_extractive(standalone, hits, df, n_docs)
                yield "\n\n" + notice + "\n\n" if said else notice + "\n\n"
                yield text
                said = [text]
        timings["answer_ms"] = _ms(t)
        text = "".join(said).strip()
        text, citations = build_citations(text, hits)
        refused = not citations and bool(REFUSED_RE.search(text))
        yield self._finish(question, standalone, text, citations, refused, used, notice, timings, t0)

    # ------------------------------------------------------------ helpers

    def _llm_condense(self, question: str, history: list[str], name: str, overrides: dict, state: _State) -> str | None:
        """The LLM's standalone rewrite of a follow-up, or None (the rule is used) when it fails or is no rewrite."""
        try:
            said = complete(self.backend(name, **overrides), condense_messages(question, history, self.prompts))
        except BackendError as exc:
            log.info("LLM condense failed, using the rule: %s", exc)
            return None
        rewrite = first_line(said)
        problem = rewrite_problem(rewrite, question, history, state.retriever.places, self.prompts.condense)
        if problem:
            log.info("LLM rewrite %r rejected (%s); using the rule", rewrite[:80], problem)
            return None
        return rewrite

    def _message(self, question: str, text: str, backend: str, timings: dict, t0: float) -> Answer:
        timings["total_ms"] = _ms(t0)
        return Answer(question=question, standalone_question=question, answer=text, refused=True,
                      citations=(), backend=backend, timings_ms=timings)

    def _finish(self, question, standalone, text, citations, refused, backend, notice, timings, t0, verify=True) -> Answer:
        t = time.perf_counter()
        check = verify_answer(text, citations) if verify else None
        timings["verify_ms"] = _ms(t)
        timings["total_ms"] = _ms(t0)
        return Answer(
            question=question, standalone_question=standalone, answer=text, refused=refused,
            citations=tuple(citations),
            unsupported_numbers=check.unsupported_numbers if check else (),
            invalid_markers=check.invalid_markers if check else (),
            backend=backend, notice=notice, timings_ms=timings,
        )


def _best_sentence(ranked, hit_index: int, hit: Hit) -> str:
    for ev in ranked:
        if ev.hit_index == hit_index:
            return ev.text
    return hit.chunk.text[:120]


def _ms(t: float) -> float:
    return round((time.perf_counter() - t) * 1000, 2)


def load_retriever(settings: Settings) -> Retriever:
    """A Retriever over the current index (for search-only use)."""
    embedder = load_embedder(settings.embedding_model, settings.torch_threads)
    return Retriever(store=open_store(settings), embedder=embedder, settings=settings)


def load_assistant(settings: Settings | None = None, **overrides) -> Assistant:
    """The assistant over the index under ``index/``, building that index first if it is missing."""
    settings = settings or load_settings(**overrides)
    try:
        store = open_store(settings)
    except IndexMissing:
        build_index(settings)
        store = open_store(settings)
    return Assistant(settings, store)
