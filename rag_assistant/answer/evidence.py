"""Evidence: every sentence of the retrieved chunks scored against the question, best first (pure functions)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from ..index.store import bm25_tokens
from ..numbers import counted_figures, extract_figures, units_compatible
from ..text import sentence_spans
from ..types import Hit

# Words that say "a quantity is asked"; such questions prefer sentences with figures.
QUANTITY_RE = re.compile(r"多少|几[家个名人次条起套处份件支场项批篇]?|数量|共计|累计|总数|比例|比率|金额|规模|多大|百分之|%|人数|次数")
# Conjunctions between two asked-for things: 分别, 和, 以及, 、 — the answer must cover both.
MULTI_RE = re.compile(r"分别|以及|和|及|与|、|各")
CLAUSE_RE = re.compile(r"[^，；。！？]+[，；。！？]?")
GENERIC = frozenset("多少 几 家 个 名 人 次 条 起 套 处 份 件 支 项 数量 共计 总数 全市 全省 市 县 区 哪些 什么 怎样 具体 一共 共 分别 各 期 年 月 日 简报 报道 提到 有关 相关".split())
# 多少家 / 几处 / 多少万元: the unit the answer's figure should carry.
ASKED_UNIT_RE = re.compile(r"(?:多少|几)\s*(?:万|亿)?\s*(人次|家次|场次|家|个|名|人|次|条|起|套|处|份|件|支|场|项|批|篇|元|亩|块|吨|辆|所|户|支)")
PERCENT_Q_RE = re.compile(r"比例|百分比|百分之|率|%")



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

