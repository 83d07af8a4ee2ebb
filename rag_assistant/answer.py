"""Answer backends from a small registry (extractive, openai, llamacpp) and citation building."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Mapping, Protocol, Sequence

from .chunk import sentence_spans
from .numbers import counted_figures, extract_figures, same_figure, units_compatible
from .settings import Settings
from .store import bm25_tokens
from .types import Citation, Hit
from .verify import label_figures, parse_markers, restates_label

# Words that say "a quantity is asked"; such questions prefer sentences with figures.
QUANTITY_RE = re.compile(r"多少|几[家个名人次条起套处份件支场项批篇]?|数量|共计|累计|总数|比例|比率|金额|规模|多大|百分之|%|人数|次数")
# Conjunctions between two asked-for things: 分别, 和, 以及, 、 — the answer must cover both.
MULTI_RE = re.compile(r"分别|以及|和|及|与|、|各")
CLAUSE_RE = re.compile(r"[^，；。！？]+[，；。！？]?")
GENERIC = frozenset("多少 几 家 个 名 人 次 条 起 套 处 份 件 支 项 数量 共计 总数 全市 全省 市 县 区 哪些 什么 怎样 具体 一共 共 分别 各 期 年 月 日 简报 报道 提到 有关 相关".split())
# 多少家 / 几处 / 多少万元: the unit the answer's figure should carry.
ASKED_UNIT_RE = re.compile(r"(?:多少|几)\s*(?:万|亿)?\s*(人次|家次|场次|家|个|名|人|次|条|起|套|处|份|件|支|场|项|批|篇|元|亩|块|吨|辆|所|户|支)")
PERCENT_Q_RE = re.compile(r"比例|百分比|百分之|率|%")


class BackendError(RuntimeError):
    """An answer backend failed (connection, timeout, HTTP error, unusable output)."""


@dataclass(frozen=True)
class Prompts:
    """The prompt files under prompts/, read once."""

    system: str
    answer: str
    source: str
    condense: str
    refusal: str

    @classmethod
    def load(cls, directory: Path) -> Prompts:
        """Read every template; a missing file is a clear error naming it."""
        texts = {}
        for name in ("system", "answer", "source", "condense", "refusal"):
            path = directory / f"{name}.txt"
            if not path.is_file():
                raise FileNotFoundError(f"prompt file {path} is missing")
            texts[name] = path.read_text(encoding="utf-8").strip()
        return cls(**texts)


def source_label(hit: Hit) -> str:
    """How an answer names the briefing of a hit: 2025年第14期简报（2025-05-30）."""
    c = hit.chunk
    label = f"{c.issue}简报" if c.issue else "简报专刊"
    return f"{label}（{c.date}）" if c.date else label


def format_sources(hits: Sequence[Hit], prompts: Prompts) -> str:
    """The numbered sources block of the LLM prompt."""
    return "\n\n".join(
        prompts.source.format(n=n, label=source_label(h), title=h.chunk.title, text=h.chunk.text)
        for n, h in enumerate(hits, 1)
    )


class Backend(Protocol):
    """An answer backend: one required method that streams the answer text with [n] markers.

    LLM backends also offer ``condense(question, history, prompts) -> str``; the assistant calls it
    for follow-ups and uses its rule on BackendError."""

    name: str

    def stream(self, question: str, hits: Sequence[Hit], prompts: Prompts) -> Iterator[str]:
        """Yield pieces of an answer to ``question`` from the numbered ``hits`` (1-based)."""
        ...


# ---------------------------------------------------------------- sentence scoring (pure)

def idf(df: Mapping[str, int], n_docs: int, token: str) -> float:
    """BM25-style IDF; a token unseen in the corpus gets the largest weight."""
    return math.log(1.0 + (n_docs - df.get(token, 0) + 0.5) / (df.get(token, 0) + 0.5))


# Scope words became filters in retrieval; as terms they would reward unrelated sentences.
SCOPE_RE = re.compile(r"(\d{4}\s*年\s*)?第\s*[0-9一二三四五六七八九十]+\s*期|\d{4}\s*年度?|最新一期|最近一期|最新|最近|上一期|简报")


def question_terms(question: str) -> list[str]:
    """The content tokens of a question, without scope phrases and generic question words."""
    seen: list[str] = []
    for t in bm25_tokens(SCOPE_RE.sub(" ", question)):
        if t not in GENERIC and t not in seen and not t.isdigit():
            seen.append(t)
    return seen


def coverage(terms: Sequence[str], text: str, weights: Mapping[str, float]) -> float:
    """IDF-weighted share of the question terms that occur in ``text`` (0..1)."""
    total = sum(weights[t] for t in terms)
    if total <= 0:
        return 0.0
    return sum(weights[t] for t in terms if t in text) / total


@dataclass(frozen=True)
class Evidence:
    """One candidate sentence of a retrieved chunk with its support score."""

    hit_index: int
    start: int
    end: int
    text: str
    score: float
    covered: frozenset[str]


# 死亡人数 / 事故起数 / 企业家数: a count noun names its unit.
COUNT_NOUN_RE = re.compile(r"(人|起|家|个|条|次|名)数")


def asked_units(question: str) -> set[str]:
    """Units the question asks a figure in (多少家 → 家, 死亡人数 → 人, 比例 → %)."""
    units = {("家" if u == "家次" else u) for u in ASKED_UNIT_RE.findall(question)}
    units |= set(COUNT_NOUN_RE.findall(question)) if QUANTITY_RE.search(question) else set()
    if PERCENT_Q_RE.search(question):
        units.add("%")
    return units


def figure_fit(sentence: str, units: set[str], wants_figure: bool) -> float:
    """1 when the sentence holds a figure in an asked unit, less for other figures or none."""
    if not wants_figure:
        return 1.0
    figures = counted_figures(sentence)
    if not figures:
        return 0.3
    if not units or any(f.unit and any(units_compatible(f.unit, u) for u in units) for f in figures):
        return 1.0
    return 0.6


PEOPLE_UNITS = frozenset("人名位")


def holds_asked_figure(sentence: str, units: set[str]) -> bool:
    """Whether a sentence states a figure (not a date) in an asked unit. Stricter than figure_fit:
    人/名/位 match each other, but the generic 个 is no answer to 多少名/多少人."""
    figures = counted_figures(sentence)
    if not units:
        return bool(figures)
    return any(f.unit == u or (f.unit in PEOPLE_UNITS and u in PEOPLE_UNITS) or (u == "家" and f.unit == "家次")
               for f in figures for u in units)


def rank_sentences(question: str, hits: Sequence[Hit], df: Mapping[str, int], n_docs: int) -> list[Evidence]:
    """Every sentence of the retrieved chunks, best supported first.

    A sentence is judged on the question terms its article title does not already settle
    (the title names the place and topic), and on carrying a figure in the asked unit."""
    terms = question_terms(question)
    weights = {t: idf(df, n_docs, t) for t in terms}
    wants_figure = bool(QUANTITY_RE.search(question))
    units = asked_units(question)
    out = []
    for i, hit in enumerate(hits):
        chunk = hit.chunk
        context = f"{chunk.issue or ''}{chunk.title}"
        open_terms = [t for t in terms if t not in context] or terms
        for s, e in sentence_spans(chunk.text):
            sentence = chunk.text[s:e].strip()
            if len(sentence) < 4:
                continue
            covered = frozenset(t for t in terms if t in sentence or t in context)
            score = coverage(open_terms, sentence, weights) * 0.7 + coverage(terms, sentence + context, weights) * 0.3
            score *= figure_fit(sentence, units, wants_figure)
            score *= 1.0 - 0.03 * i  # prefer better-ranked chunks on ties
            lead = len(chunk.text[s:e]) - len(chunk.text[s:e].lstrip())
            out.append(Evidence(i, s + lead, s + lead + len(sentence), sentence, score, covered))
    out.sort(key=lambda ev: -ev.score)
    return out


def support(question: str, evidence: Sequence[Evidence], df: Mapping[str, int], n_docs: int) -> float:
    """How well the chosen sentences (with their chunk titles) cover the question, 0..1."""
    terms = question_terms(question)
    weights = {t: idf(df, n_docs, t) for t in terms}
    covered = set().union(*(ev.covered for ev in evidence)) if evidence else set()
    total = sum(weights.values())
    return sum(weights[t] for t in covered) / total if total > 0 else 0.0


def select_evidence(question: str, ranked: Sequence[Evidence], max_sentences: int = 3) -> list[Evidence]:
    """The best sentence, plus further ones while they cover asked-for terms the others miss."""
    if not ranked or ranked[0].score <= 0:
        return []
    chosen = [ranked[0]]
    multi = len(MULTI_RE.findall(question)) > 0 or len(QUANTITY_RE.findall(question)) > 1
    if multi:
        covered = set(ranked[0].covered)
        for ev in ranked[1:]:
            if len(chosen) >= max_sentences:
                break
            gain = ev.covered - covered
            if gain and ev.score >= 0.5 * ranked[0].score and ev.text != chosen[0].text:
                chosen.append(ev)
                covered |= ev.covered
    return chosen


def focus_clauses(sentence: str, question: str) -> str:
    """The clauses of a sentence that carry the asked-for terms and figures (whole sentence if unsure).

    A clause is dropped when the terms it matches are all matched by clauses already kept, so
    "排查企业 31933 家" keeps out "识别化工生产企业 248 家" unless the question asks for that too."""
    terms = question_terms(question)
    clauses = [c for c in CLAUSE_RE.findall(sentence) if c.strip()]
    if len(clauses) <= 2:
        return sentence.rstrip("，；。")
    wants_figure = bool(QUANTITY_RE.search(question))
    candidates = [(i, {t for t in terms if t in c}) for i, c in enumerate(clauses)
                  if (extract_figures(c) or not wants_figure)]
    candidates = [(i, m) for i, m in candidates if m]
    kept: list[int] = []
    covered: set[str] = set()
    for i, matched in sorted(candidates, key=lambda im: (-len(im[1]), im[0])):
        if not matched <= covered:
            kept.append(i)
            covered |= matched
    if not kept:
        return sentence.rstrip("，；。")
    return "".join(clauses[i] for i in sorted(kept)).rstrip("，；。、")


# ---------------------------------------------------------------- extractive backend

@dataclass
class ExtractiveBackend:
    """Deterministic, offline: composes the answer from the best-supported sentences, verbatim."""

    df: Mapping[str, int]
    n_docs: int
    name: str = "extractive"

    def compose(self, question: str, hits: Sequence[Hit]) -> tuple[str, list[Evidence]]:
        """The answer text with [n] markers (n = hit rank) and the evidence it quotes."""
        chosen = select_evidence(question, rank_sentences(question, hits, self.df, self.n_docs))
        if not chosen:
            return "", []
        parts = []
        for ev in chosen:
            hit = hits[ev.hit_index]
            prefix = f"据{source_label(hit)}《{hit.chunk.title}》，"
            parts.append(f"{prefix}{focus_clauses(ev.text, question)}[{ev.hit_index + 1}]。")
        return "".join(parts), chosen

    def stream(self, question: str, hits: Sequence[Hit], prompts: Prompts) -> Iterator[str]:
        text, _ = self.compose(question, hits)
        for piece in re.findall(r"[^，。]+[，。]?", text):
            yield piece


# ---------------------------------------------------------------- registry

BackendFactory = Callable[[Settings, Mapping[str, int], int], Backend]


def _extractive(settings: Settings, df: Mapping[str, int], n_docs: int) -> Backend:
    return ExtractiveBackend(df=df, n_docs=n_docs)


def _openai(settings: Settings, df: Mapping[str, int], n_docs: int) -> Backend:
    from .llm import OpenAIBackend

    return OpenAIBackend.from_settings(settings)


def _llamacpp(settings: Settings, df: Mapping[str, int], n_docs: int) -> Backend:
    from .llm import LlamaCppBackend

    return LlamaCppBackend.from_settings(settings)


BACKENDS: dict[str, BackendFactory] = {"extractive": _extractive, "openai": _openai, "llamacpp": _llamacpp}


def make_backend(name: str, settings: Settings, df: Mapping[str, int], n_docs: int) -> Backend:
    """The backend registered under ``name``; an unknown name lists the valid ones."""
    if name not in BACKENDS:
        raise ValueError(f"unknown backend {name!r}; valid backends: {', '.join(sorted(BACKENDS))}")
    return BACKENDS[name](settings, df, n_docs)


# ---------------------------------------------------------------- citations

def _segments(answer: str) -> dict[int, str]:
    """For each marker n, the answer text that leads up to it (since the previous marker or sentence end)."""
    out: dict[int, str] = {}
    last = 0
    for m in re.finditer(r"[\[［]\s*(\d+(?:\s*[,，、]\s*\d+)*)\s*[\]］]", answer):
        segment = answer[last:m.start()]
        segment = re.split(r"[。！？\n]", segment)[-1] or segment
        for n in re.findall(r"\d+", m.group(1)):
            out.setdefault(int(n), "")
            out[int(n)] += segment
        last = m.end()
    return out


def quote_for(segment: str, hit: Hit) -> str:
    """The sentences of the cited chunk that support an answer segment: every one holding a figure
    the segment states, else the one sharing the most characters with it."""
    text = hit.chunk.text
    spans = [(s, e) for s, e in sentence_spans(text) if text[s:e].strip()]
    if not spans:
        return text
    # 据2025年第14期简报（2025-05-30）names where the quote comes from; its figures pick no sentence.
    labels = label_figures([hit.chunk])
    figures = [f for f in extract_figures(segment) if not restates_label(f, labels)]
    picked = [(s, e) for s, e in spans if any(_has_same(f, text[s:e]) for f in figures)]
    if not picked:
        chars = set(re.sub(r"\s", "", segment))
        picked = [max(spans, key=lambda se: len(chars & set(text[se[0]:se[1]])))]
    # One contiguous span, so the quote stays verbatim when the picked sentences are apart.
    return text[picked[0][0]:picked[-1][1]].strip()


def _has_same(figure, sentence: str) -> bool:
    return any(same_figure(figure, g) for g in extract_figures(sentence))


def build_citations(answer: str, hits: Sequence[Hit]) -> tuple[str, list[Citation]]:
    """Renumber valid markers 1..m in order of appearance and build one Citation per cited hit."""
    segments = _segments(answer)
    order = [n for n in parse_markers(answer) if 1 <= n <= len(hits)]
    mapping = {old: new for new, old in enumerate(order, 1)}

    def renumber(m: re.Match) -> str:
        nums = [int(x) for x in re.findall(r"\d+", m.group(0))]
        return "".join(f"[{mapping[n]}]" if n in mapping else f"[{n}]" for n in nums)

    renumbered = re.sub(r"[\[［]\s*\d+(?:\s*[,，、]\s*\d+)*\s*[\]］]", renumber, answer) if mapping else answer
    citations = []
    for old in order:
        hit = hits[old - 1]
        c = hit.chunk
        citations.append(Citation(
            n=mapping[old], source=c.source, issue=c.issue, date=c.date, title=c.title,
            quote=quote_for(segments.get(old, ""), hit), chunk_id=c.id, context=c.text,
        ))
    return renumbered, citations
