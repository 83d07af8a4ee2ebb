"""A whole and its parts said in one sentence (储备防汛物资价值3.6亿元，其中省级储备8200万元; 现有冶金、有色等工贸企业
137家，其中规模以上企业58家): the words of a ``其中`` clause name the part it counts. A question that says such a word
(省级储备多少钱, 规上企业有多少家) asks the part; the whole's figure, whose own clause and the clauses before it do
not say that word, counts more than was asked and does not answer it.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..nouns import tagged
from ..numbers import Figure
from ..units import unit_class
from .domain import variants
from .window import CLAUSE_END_RE
from .stem_said import stem_said

# A clause that names a part of the whole the clause before counts (其中, 含, 包括).
PART_RE = re.compile(r"\s*(?:其中|含|包括)")


# A clause that states a change of the figure before it (同比增长17.4%, 较上年下降3成): it sits between a whole and
# the 其中 clause that takes a part of that whole (排查隐患5821条，同比增长17.4%，其中重大事故隐患9条).
_CHANGE_CLAUSE_RE = re.compile(r"\s*(?:同比|环比|较上年|较去年|比上年|比去年|较)")


def whole_clause_start(sentence: str, clause_start: int) -> int:
    """Where the clause of the whole a 其中 clause at ``clause_start`` is part of begins: the clause before it, or
    the one before a change clause that stands between them; ``clause_start`` for a clause that is no part."""
    if not PART_RE.match(sentence, clause_start):
        return clause_start
    starts = [0] + [m.end() for m in CLAUSE_END_RE.finditer(sentence, 0, max(clause_start - 1, 0))]
    while len(starts) > 1 and _CHANGE_CLAUSE_RE.match(sentence, starts[-1]):
        starts.pop()
    return starts[-1]


def _clauses_after(sentence: str, end: int) -> list[tuple[int, int]]:
    """The clauses of ``sentence`` after the one ending at ``end``, as (start, end)."""
    out, start = [], end
    while start < len(sentence) and CLAUSE_END_RE.match(sentence, start):
        m = CLAUSE_END_RE.search(sentence, start + 1)
        stop = m.start() if m else len(sentence)
        out.append((start + 1, stop))
        start = stop
    return out


def _says(term: str, text: str) -> bool:
    return term in text or any(v in text for v in variants(term)) or stem_said(term, text)  # 养老院 of 养老机构


def part_words_unsaid(terms: Sequence[str], sentence: str, f: Figure, figures: Sequence[Figure],
                      clause_end: int) -> bool:
    """Whether figure ``f`` counts the whole where the question asks one of its parts: a later ``其中`` clause of
    the sentence counts, in the same class of unit, a part named by an asked word (two characters or more) that the
    sentence does not say up to the end of ``f``'s clause. Clauses between (同比增长17.4%) are skipped; a clause
    with a figure of the same class that names no part ends the search (it counts something else)."""
    kind = unit_class(f.unit)
    for start, stop in _clauses_after(sentence, clause_end):
        own = [g for g in figures if start <= g.start < stop and unit_class(g.unit) == kind]
        if not own:
            continue
        if not PART_RE.match(sentence, start):
            return False
        before = sentence[:clause_end]
        part = sentence[start:stop]
        if any(len(t) > 1 and _says(t, part) and not _says(t, before) for t in terms):
            return True
    return False


def _modifiers(text: str, terms: Sequence[str], measure: str) -> list[str]:
    """The asked words said right before the counted noun, one after another (民办养老机构: 民办, 养老)."""
    at = text.find(measure) if measure else -1
    out: list[str] = []
    while at > 0:
        t = next((t for t in terms if len(t) > 1 and t != measure and text[:at].endswith(t)), "")
        if not t:
            break
        out.append(t)
        at -= len(t)
    return out


def _kind_word(word: str) -> bool:
    """Whether ``word`` names a kind (民办, 农村): a noun or a distinguishing word, no verb (换成 of 换成安全冷媒的)."""
    return all(flag.startswith(("n", "b")) for _, flag, *_ in tagged(word))


def _time_word(word: str) -> bool:
    """Whether ``word`` is a time or locality word only (春节, 期间, 汛期): it dates a figure, naming no kind."""
    words = tagged(word)
    return bool(words) and all(flag in ("t", "f") for _, flag, *_ in words)


# A 其中 clause anywhere in an article: the article breaks some whole down into its kinds.
_ARTICLE_PART_RE = re.compile(r"[，,；;]\s*其中")


def subset_unnamed(text: str, terms: Sequence[str], measure: str, sentence: str, f: Figure,
                   figures: Sequence[Figure], clause_end: int, article: str = "", title: str = "") -> bool:
    """Whether figure ``f`` counts a whole that the sentence breaks down by a ``其中`` clause (现有养老机构47家…，其中
    农村敬老院19家) while the question asks a kind of the counted thing (民办养老机构) by a word the sentence never
    says: the whole counts more than was asked, and the asked kind's figure is not given. In an article that breaks
    a whole down by kinds, a figure of another sentence (联合检查养老机构47家) fails too when the article never says
    the asked kind's word. A word the article's title says is its setting, not a kind the 其中 clause splits off
    (无锡工贸企业较大以上风险点 of 《无锡市：…压实工贸企业安全生产主体责任》 is its 1.42万个, not the 其中重大风险点216个)."""
    # a time word before the noun (春节期间排查整治隐患) dates the figure, it names no kind the 其中 clause splits off
    modifiers = [t for t in _modifiers(text, terms, measure) if not _time_word(t)]
    if article and _ARTICLE_PART_RE.search(article) and \
            any(_kind_word(t) and not _says(t, sentence) and not _says(t, article) for t in modifiers):
        return True
    kind = unit_class(f.unit)
    for start, stop in _clauses_after(sentence, clause_end):
        if any(start <= g.start < stop and unit_class(g.unit) == kind for g in figures):
            if not PART_RE.match(sentence, start):
                return False
            return any(not _says(t, sentence) and not (title and _says(t, title)) for t in modifiers)
    return False
