"""The Assistant: the index state it swaps atomically, and the answer pipeline
clean → condense → understand → retrieve → evidence/decide/compose → (LLM) → cite → verify."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, replace
from typing import Iterator, Sequence

from .answer.absence import denial_notice, false_denials
from .answer.cite import build_citations
from .answer.compose import pieces
from .answer.condense import condense, is_followup
from .answer.more_asked import kept_turns, more_answer
from .answer.rewrite import first_line, rewrite_problem
from .answer.draft import extractive_draft
from .answer.library import Library, newest_first
from .answer.prompt import Prompts, answer_messages, condense_messages
from .answer.retrieve import Retriever
from .answer.understand import understand
from .backends import EXTRACTIVE, BackendError, ReplyRejected, check_name, complete, make_backend
from .backends.common import bounded
from .index.build import build_index, reparsed
from .index.embed import Embedder, background_embedder, is_ready, load_reranker
from .index.store import IndexMissing, Store, open_store
from .settings import Settings, load_settings
from .text import clean_question, normalize_question, to_simplified
from .types import Answer, Briefing, Draft, Intent, Standalone
from .verify import drop_unsupported, verify_answer

log = logging.getLogger(__name__)
# Kinds whose extractive answer is the briefings' own metadata: an LLM adds nothing there.
METADATA_KINDS = ("list", "metadata")


@dataclass(frozen=True)
class _State:
    """Everything one answer reads; swapped as a whole when the index changes."""

    store: Store
    retriever: Retriever
    library: Library


def check_history(history) -> list[str]:
    """Earlier questions as a list of strings; anything else is a clear error, not read letter by letter."""
    if history is None:
        return []
    if isinstance(history, (str, bytes)):
        raise TypeError("history must be a list of earlier questions (strings), not a single string; "
                        "pass [question] for one earlier turn")
    try:
        items = list(history)
    except TypeError:
        raise TypeError(f"history must be a list of strings, not {type(history).__name__}") from None
    bad = [i for i, h in enumerate(items) if not isinstance(h, str)]
    if bad:
        raise TypeError(f"history items must be strings; item {bad[0]} is {type(items[bad[0]]).__name__}")
    return items


class Assistant:
    """Answers questions about the indexed briefings. Thread-safe: the index is swapped atomically."""

    def __init__(self, settings: Settings, store: Store | None = None, embedder: Embedder | None = None,
                 wait_for_model: bool = True):
        """``wait_for_model=False``: until the embedding model (loading in the background) is ready, answers
        rank by BM25 alone and say so in ``timings_ms["bm25_only"]``; True waits for it at the first answer."""
        self.settings = settings
        self.prompts = Prompts.load(settings.prompts_dir)
        self.embedder = embedder or background_embedder(settings)
        self.wait_for_model = wait_for_model
        self._lock = threading.Lock()
        self._backends: dict[tuple, object] = {}
        self._state = self._make_state(store or open_store(settings))
        to_simplified("預熱")  # load the character tables now, not during the first question

    def _make_state(self, store: Store) -> _State:
        reranker = load_reranker(self.settings.reranker_model) if self.settings.reranker_model else None
        library = Library(store)
        retriever = Retriever(store=store, embedder=self.embedder, settings=self.settings, reranker=reranker,
                              library=library)
        return _State(store=store, retriever=retriever, library=library)

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
        return newest_first(self._state.store.briefings)

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
        t0, state, timings = time.perf_counter(), self._state, {}
        name, history = check_name(backend or self.settings.backend), check_history(history)
        policy = backend_overrides.pop("unsupported_policy", None) or self.settings.unsupported_policy
        raw, question = question, normalize_question(question if isinstance(question, str) else "")
        if problem := self._question_problem(question):
            yield self._message(raw if len(question) <= 200 else question[:200] + "…", problem, name, timings, t0)
            return
        standalone = self._condense(question, history, name, backend_overrides, state, scope, timings)
        intent = understand(standalone.text, state.library, scope, standalone.context, standalone.carried)
        t = time.perf_counter()
        use_dense = self.wait_for_model or is_ready(self.embedder)
        hits = state.retriever.search_intent(intent, use_dense=use_dense) if intent.sources != () else []
        timings["retrieve_ms"] = _ms(t)
        if not use_dense:
            timings["bm25_only"] = 1.0  # the embedding model was still loading
        t = time.perf_counter()
        draft = extractive_draft(intent, hits, state.library, self.prompts.refusal)
        draft = more_answer(draft, standalone.more, intent, hits, state.library)  # 还有呢: past the last answer
        # 还有呢: the continuation is the sentences past the last answer; an LLM given the same sources would
        # answer the last question again, so the extractive continuation is the answer
        name = EXTRACTIVE if standalone.more else name
        # 2025年第14期的上一期: the held issue before it is not the very previous one. The note leads the answer
        # whoever writes the rest: an LLM is not asked to repeat it, it streams before the model's words.
        gap = f"{standalone.gap}\n" if standalone.gap else ""
        llm_gap = gap if gap and not _extractive_only(draft, intent, name) else ""
        if llm_gap:
            yield llm_gap
        whole = replace(draft, text=gap + draft.text) if gap else draft
        said, used, notice = yield from self._generate(draft if llm_gap else whole, intent, name, backend_overrides)
        said, draft = llm_gap + said, whole
        timings["answer_ms"] = _ms(t)
        asked = (clean_question(raw), standalone.text, intent)
        answer = self._finish(*asked, said, draft, used, notice, timings, t0, policy)
        denied = false_denials(said, state.library, intent.sources) if used not in (EXTRACTIVE, "metadata") else []
        if used not in (EXTRACTIVE, "metadata") and (denied or policy == "fallback" and _unsupported(answer)):
            # The LLM's text has streamed already: say why it is replaced, then stream the extractive answer.
            # A reason that denies what the briefings hold is never kept, whatever the policy.
            notice = denial_notice(denied) if denied else unsupported_notice(answer)
            log.info("LLM answer replaced by the extractive one: %s", notice)
            yield "\n\n" + notice + "\n\n"
            yield from pieces(draft.text)
            answer = self._finish(*asked, draft.text, draft, EXTRACTIVE, notice, timings, t0, "flag")
        yield answer

    # ------------------------------------------------------------ steps

    def _question_problem(self, question: str) -> str | None:
        if not question:
            return "请输入要查询的问题，例如：南通市累计排查企业多少家？"
        if len(question) > self.settings.max_question_chars:
            return f"问题过长（{len(question)} 字），请精简到 {self.settings.max_question_chars} 字以内后再提问。"
        return None

    def _condense(self, question, history, name, overrides, state: _State, scope, timings) -> Standalone:
        """The standalone question: slot carry-over, or a validated LLM rewrite for an LLM backend."""
        t = time.perf_counter()
        history = [h for h in (normalize_question(h)[: self.settings.max_question_chars] for h in kept_turns(history, 3)) if h]
        standalone = condense(question, history, state.library, scope)
        if history and name != EXTRACTIVE and not standalone.more \
                and is_followup(question, understand(question, state.library, scope)):
            # 还有呢 is not rewritten: the rewrite would be the last question again, and the count of "more" asks
            # (which the answer steps past the last answer by) would be lost
            rewrite = self._llm_condense(question, history, name, overrides, state)
            standalone = replace(standalone, text=rewrite) if rewrite else standalone
        timings["condense_ms"] = _ms(t)
        return standalone

    def _generate(self, draft: Draft, intent: Intent, name: str, overrides: dict):
        """Stream the answer: the extractive draft, or the LLM's answer to the same sources (the draft
        again, with a notice, when the LLM fails). Returns (text, backend used, notice)."""
        if _extractive_only(draft, intent, name):
            yield from pieces(draft.text)
            return draft.text, "metadata" if intent.kind in METADATA_KINDS else EXTRACTIVE, None
        said: list[str] = []
        settings = self.settings.replace(**overrides) if overrides else self.settings
        messages = answer_messages(intent, draft.sources, self.prompts)
        # The deadline starts before the backend is made: a first answer also waits for its client to load.
        reply = bounded(lambda: self.backend(name, **overrides).stream(messages), settings.llm_timeout_s,
                        settings.llm_max_chars, "大模型服务")
        try:
            for piece in reply:
                said.append(piece)
                yield piece
            if not "".join(said).strip():
                raise BackendError("the model returned an empty answer")
            return "".join(said).strip(), name, None
        except BackendError as exc:
            what = "大模型回答未采用" if isinstance(exc, ReplyRejected) else "大模型服务不可用"
            notice = f"{what}（{exc}），已改用离线抽取式回答。"
            log.warning("backend %s failed: %s", name, exc)
            yield "\n\n" + notice + "\n\n" if said else notice + "\n\n"
            yield draft.text
            return draft.text, EXTRACTIVE, notice

    def _llm_condense(self, question: str, history: list[str], name: str, overrides: dict, state: _State) -> str | None:
        """The LLM's standalone rewrite of a follow-up, or None (the rule is used) when it fails or is no rewrite."""
        try:
            said = complete(self.backend(name, **overrides), condense_messages(question, history, self.prompts))
        except BackendError as exc:
            log.info("LLM condense failed, using the rule: %s", exc)
            return None
        rewrite = normalize_question(first_line(said))
        problem = rewrite_problem(rewrite, question, history, state.library, self.prompts.condense)
        if problem:
            log.info("LLM rewrite %r rejected (%s); using the rule", rewrite[:80], problem)
            return None
        return rewrite

    def _message(self, question: str, text: str, backend: str, timings: dict, t0: float) -> Answer:
        timings["total_ms"] = _ms(t0)
        return Answer(question=question, standalone_question=question, answer=text, refused=True,
                      citations=(), backend=backend, timings_ms=timings)

    def _finish(self, question, standalone, intent, text, draft: Draft, backend, notice, timings, t0,
                policy: str = "flag") -> Answer:
        t = time.perf_counter()
        if draft.citations is not None and text == draft.text:
            citations = draft.citations
        else:
            text, citations = build_citations(text, draft.sources)
        refused = draft.refused and backend in (EXTRACTIVE, "metadata")
        # A refusal quotes nothing: its reason names the asked issue or place, which no source holds.
        check = None
        if not (draft.outcome == "refusal" and backend in (EXTRACTIVE, "metadata")):
            check = verify_answer(text, citations, intent.sources, intent.scope)
            if policy == "drop" and any(c.status == "unsupported" for c in check.claims):
                dropped = sum(c.status == "unsupported" for c in check.claims)
                text = drop_unsupported(text, check.claims) or "回答中的说法均未能在所引原文中核实，已全部删除。"
                notice = "；".join(filter(None, [notice, f"已删除 {dropped} 处未能在所引原文中核实的说法。"]))
                check = verify_answer(text, citations, intent.sources, intent.scope)
        timings["verify_ms"] = _ms(t)
        timings["total_ms"] = _ms(t0)
        return Answer(
            question=question, standalone_question=standalone, answer=text, refused=refused,
            citations=tuple(citations), unsupported_numbers=check.unsupported_numbers if check else (),
            invalid_markers=check.invalid_markers if check else (), backend=backend, notice=notice, timings_ms=timings,
            understood=intent, claims=check.claims if check else (),
        )


def _extractive_only(draft: Draft, intent: Intent, name: str) -> bool:
    """Whether the draft itself is the answer whatever backend was asked for: the extractive backend, a refusal,
    a metadata question (issues, dates, titles), or nothing retrieved to give a model."""
    return name == EXTRACTIVE or draft.refused or intent.kind in METADATA_KINDS or not draft.sources


def _unsupported(answer: Answer) -> bool:
    """Whether any claim of the answer is unsupported (a figure its citation does not say, or a bad marker)."""
    return any(c.status == "unsupported" for c in answer.claims) or bool(answer.invalid_markers)


def unsupported_notice(answer: Answer) -> str:
    """Why an LLM answer was replaced, in one line: how many claims, and the first reason."""
    bad = [c for c in answer.claims if c.status == "unsupported"]
    reason = bad[0].reason if bad else f"无效的引用编号 {answer.invalid_markers[0]}"
    count = f"{len(bad)} 处说法" if bad else "引用"
    return f"大模型回答中有{count}未能在所引原文中核实（{reason}），已改用离线抽取式回答。"


def _ms(t: float) -> float:
    return round((time.perf_counter() - t) * 1000, 2)


def load_retriever(settings: Settings, dense: bool = True) -> Retriever:
    """A Retriever over the current index (for search-only use); ``dense=False``: BM25 alone, no model."""
    embedder = background_embedder(settings) if dense else None  # loads while the store does
    return Retriever(store=reparsed(settings, open_store(settings))[0], embedder=embedder, settings=settings)


def load_assistant(settings: Settings | None = None, wait_for_model: bool = True, **overrides) -> Assistant:
    """The assistant over the index under ``index/``, building that index first if it is missing.

    The embedding model loads in a background thread while the store loads (see Assistant for
    ``wait_for_model``)."""
    settings = settings or load_settings(**overrides)
    embedder = background_embedder(settings)
    try:
        store, _ = reparsed(settings, open_store(settings))
    except IndexMissing:
        build_index(settings)
        store = open_store(settings)
    return Assistant(settings, store, embedder=embedder, wait_for_model=wait_for_model)
