"""The Assistant: question → standalone question → retrieval → backend → citations → verification."""

from __future__ import annotations

import logging
import re
import threading
import time
import unicodedata
from dataclasses import dataclass
from typing import Iterator, Sequence

from .answer import (
    QUANTITY_RE, BackendError, ExtractiveBackend, Prompts, asked_units, build_citations, holds_asked_figure,
    make_backend, rank_sentences, select_evidence, support,
)
from .embed import load_embedder, load_reranker
from .retrieve import Query, Retriever
from .settings import Settings, load_settings
from .store import IndexMissing, Store, build_index, open_store
from .types import Answer, Briefing, Citation, Hit
from .verify import verify_answer

log = logging.getLogger(__name__)

FOLLOWUP_START_RE = re.compile(r"^(那么?|还有|另外|其中|此外|它们?|他们|该[市县区地]|这些?|同期)")
FOLLOWUP_END_RE = re.compile(r"(呢|又如何|又怎样|怎么样|如何)[？?]?$")
DATE_Q_RE = re.compile(r"哪天|哪一天|什么时候|何时|日期|几月几日|哪年哪月|印发时间|发布时间|出版时间")
ARTICLES_Q_RE = re.compile(r"哪些文章|什么文章|几篇|多少篇|哪几个地方|哪些地方|哪些地市|哪些城市|刊登|刊发|刊载|报道了(什么|哪些)|主要内容|哪些内容|讲了什么|说了什么|内容是什么|目录|要目|有什么内容|报道什么|有哪些报道")
WHICH_ISSUE_RE = re.compile(r"哪一期|第几期|哪期|是哪期")
LIST_Q_RE = re.compile(r"有哪些简报|几期简报|多少期简报|哪些期|收录了哪些|索引了哪些")
PUBLICATION_RE = re.compile(r"简报|哪一?期|第几期|刊登|刊发|刊载|登在|印发|出版|报道")
REFUSED_RE = re.compile(r"未找到|没有找到|无法回答|没有相关|不包含")
# ANSI escape sequences whole (a bare ESC removal leaves "[31m" in the question), C0 controls, DEL,
# and lone UTF-16 surrogates, which JSON can carry ("\ud800") but no tokenizer accepts.
CONTROL_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def cn_date(iso: str | None) -> str:
    """`2025-05-30` → `2025年5月30日`."""
    if not iso:
        return "日期不详"
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def clean_question(text: str) -> str:
    """Strip control characters and surrounding space; NFC so look-alike forms compare equal."""
    return unicodedata.normalize("NFC", CONTROL_RE.sub("", text or "")).strip()


# ---------------------------------------------------------------- follow-ups (deterministic rule)

def _places_in(text: str, places: Sequence[str]) -> list[str]:
    return [p for p in places if p in text]


def _scope_in(text: str) -> str:
    m = re.search(r"(\d{4}\s*年\s*)?第\s*\d+\s*期|最新一期|最近一期|\d{4}\s*年", text)
    return m.group(0) if m else ""


def is_followup(question: str, places: Sequence[str]) -> bool:
    """Whether a question leans on the previous turn (那…呢, 其中…, or no subject of its own)."""
    if FOLLOWUP_START_RE.search(question) or FOLLOWUP_END_RE.search(question):
        return True
    return len(question) <= 8 and not _places_in(question, places)


def condense_rule(question: str, history: Sequence[str], places: Sequence[str]) -> str:
    """Rewrite a follow-up into a standalone question carrying the previous turn's subject, place and issue."""
    if not history:
        return question
    previous = history[-1]
    if len(history) > 1:
        previous = condense_rule(previous, history[:-1], places)
    if not is_followup(question, places):
        return question
    fragment = FOLLOWUP_START_RE.sub("", question)
    fragment = FOLLOWUP_END_RE.sub("", fragment).strip(" ，,？?。")
    if not fragment:
        return previous
    new_places = _places_in(fragment, places)
    old_places = _places_in(previous, places)
    new_scope = _scope_in(fragment)
    if new_places and old_places and fragment.strip() in new_places:  # 那无锡呢？
        return previous.replace(old_places[0], new_places[0], 1)
    if new_scope and fragment.strip() == new_scope:  # 那第16期呢？
        old_scope = _scope_in(previous)
        return previous.replace(old_scope, new_scope, 1) if old_scope else f"{new_scope}{previous}"
    # Same head noun (…企业): substitute the phrase in the previous question.
    for size in range(min(len(fragment), 6), 1, -1):
        head = fragment[-size:]
        pos = previous.find(head)
        if pos > 0:
            start = pos
            while start > 0 and re.match(r"[\u4e00-\u9fff]", previous[start - 1]) and previous[start - 1] not in "家个名有了的和及与在对共是" \
                    and not any(previous[:start].endswith(p) for p in old_places):
                start -= 1
            return previous[:start] + fragment + previous[pos + size:]
    carried = "".join(p for p in old_places if p not in fragment)
    scope = _scope_in(previous) if not new_scope else ""
    return f"{scope}{carried}{fragment}？" if (carried or scope) else f"{previous} {fragment}？"


# ---------------------------------------------------------------- the assistant

@dataclass(frozen=True)
class _State:
    """Everything one answer reads; swapped as a whole when the index changes."""

    store: Store
    retriever: Retriever
    extractive: ExtractiveBackend


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
        return _State(store=store, retriever=retriever, extractive=ExtractiveBackend(df=store.df, n_docs=max(store.size, 1)))

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
            state = self._state
            self._backends[key] = make_backend(name, settings, state.store.df, max(state.store.size, 1))
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
        name = backend or self.settings.backend
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
        if history and name != "extractive" and is_followup(question, state.retriever.places):
            try:
                standalone = self.backend(name, **backend_overrides).condense(question, history, self.prompts) or standalone
            except (BackendError, AttributeError) as exc:
                log.info("LLM condense failed, using the rule: %s", exc)
        timings["condense_ms"] = _ms(t)

        t = time.perf_counter()
        query = state.retriever.understand(standalone, scope)
        meta = self._metadata_answer(query, standalone, state)
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

        pieces: list[str] = []
        used = name
        if name == "extractive":
            text, _ = state.extractive.compose(standalone, hits)
            for piece in state.extractive.stream(standalone, hits, self.prompts):
                yield piece
            pieces = [text]
        else:
            try:
                engine = self.backend(name, **backend_overrides)
                for piece in engine.stream(standalone, hits, self.prompts):
                    pieces.append(piece)
                    yield piece
                if not "".join(pieces).strip():
                    raise BackendError("the model returned an empty answer")
            except BackendError as exc:
                notice = f"大模型服务不可用（{exc}），已改用离线抽取式回答。"
                log.warning("backend %s failed: %s", name, exc)
                used = "extractive"
                text, _ = state.extractive.compose(standalone, hits)
                yield "\n\n" + notice + "\n\n" if pieces else notice + "\n\n"
                yield text
                pieces = [text]
        timings["answer_ms"] = _ms(t)
        text = "".join(pieces).strip()
        text, citations = build_citations(text, hits)
        refused = not citations and bool(REFUSED_RE.search(text))
        yield self._finish(question, standalone, text, citations, refused, used, notice, timings, t0)

    # ------------------------------------------------------------ helpers

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

    def _metadata_answer(self, query: Query, question: str, state: _State) -> tuple[str, list[Citation]] | None:
        """Answers about the briefings themselves (dates, contents, latest issue) from parsed metadata."""
        briefings = state.store.briefings
        by_source = {b.source: b for b in briefings}
        if LIST_Q_RE.search(question):
            chosen = sorted(briefings, key=lambda b: b.date or "", reverse=True)
            lines = [f"{_label(b)}（{cn_date(b.date)}）[{i}]" for i, b in enumerate(chosen, 1)]
            return f"目前索引了{len(chosen)}份简报：" + "；".join(lines) + "。", [_header_citation(i, b) for i, b in enumerate(chosen, 1)]
        wants_date = bool(DATE_Q_RE.search(question))
        wants_articles = bool(ARTICLES_Q_RE.search(question))
        wants_issue = bool(WHICH_ISSUE_RE.search(question))
        if not (wants_date or wants_articles or wants_issue):
            return None
        targets: list[Briefing] = [by_source[s] for s in query.sources] if query.sources else []
        stripped = WHICH_ISSUE_RE.sub("", DATE_Q_RE.sub("", question))
        content_terms = [t for t in re.sub(r"\d{4}\s*年|第\s*\d+\s*期|最新一期|最近一期|最新|最近|简报|哪一期|哪期|第几期|是|的|什么时候|哪天|日期|印发|发布|刊登了?|哪些文章|主要内容|有哪些|内容|报道了?|什么|？|\?|。|，", "", stripped)]
        asks_only_meta = len("".join(content_terms)) <= 2
        which_issue = not asks_only_meta and (wants_issue or (wants_date and PUBLICATION_RE.search(question)))
        if which_issue and not (wants_articles and targets and not wants_issue):
            # 哪一期报道了X / X是哪天发的: the briefing of the best chunk, within any year/issue filter.
            hits = state.retriever.search(query, k=1)
            if not hits:
                return None
            b, article = by_source[hits[0].chunk.source], hits[0].chunk.title
            if wants_date and not b.date:
                return f"简报中未找到{_label(b)}的印发日期：该期未注明日期[1]。", [_article_citation(1, b, article)]
            return f"《{article}》刊登于{_label(b)}（{cn_date(b.date)}）[1]。", [_article_citation(1, b, article)]
        if not targets or (not asks_only_meta and not wants_articles):
            return None  # e.g. 最新一期简报中南通配备了多少巡查员 → a content question within the scope
        b = targets[0] if len(targets) == 1 else max(targets, key=lambda x: x.date or "")
        if wants_articles:
            listed = "；".join(f"《{a.title}》[{i}]" for i, a in enumerate(b.articles, 1))
            text = f"{_label(b)}（{cn_date(b.date)}）刊登了以下文章：{listed}。"
            return text, [_title_citation(i, b, a.title) for i, a in enumerate(b.articles, 1)]
        if wants_date or wants_issue:
            if wants_date and not b.date:
                return f"简报中未找到{_label(b)}的印发日期：该期未注明日期[1]。", [_header_citation(1, b)]
            text = f"{'最新一期是' if query.latest else ''}{_label(b)}，印发日期为{cn_date(b.date)}[1]。"
            return text, [_header_citation(1, b)]
        return None


def _label(b: Briefing) -> str:
    return f"{b.issue}简报" if b.issue else f"《{b.headline or b.source}》专刊"


def _header_citation(n: int, b: Briefing) -> Citation:
    quote = " ".join(b.header) if b.header else (b.headline or b.source)
    return Citation(n=n, source=b.source, issue=b.issue, date=b.date, title=b.articles[0].title if b.articles else "",
                    quote=quote, context="\n".join(b.header))


def _title_citation(n: int, b: Briefing, title: str) -> Citation:
    """An article's title as printed in the body is the quote for listing it."""
    article = next((a for a in b.articles if a.title == title), None)
    return Citation(n=n, source=b.source, issue=b.issue, date=b.date, title=title, quote=title,
                    context=article.paragraphs[0] if article else title)


def _article_citation(n: int, b: Briefing, title: str) -> Citation:
    article = next((a for a in b.articles if a.title == title), None)
    first = article.paragraphs[0] if article else title
    quote = re.split(r"(?<=[。！？])", first)[0]
    return Citation(n=n, source=b.source, issue=b.issue, date=b.date, title=title, quote=quote, context=first)


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
