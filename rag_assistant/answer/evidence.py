"""Evidence: for each part of an intent, the sentence (and figure clause) of the candidate articles that answers it.

Candidates are the articles of the retrieved chunks, plus the articles of an asked place that retrieval
missed. Sentences are read from the whole article (a chunk boundary may cut one), and each finding
cites the chunk that holds its words. A figure is judged with the words around it (its clause up to
the neighbouring figure), its unit class against the asked one, the asked thing it counts, its
qualifier (已/拟, 累计/新增, 同比) and its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator, Sequence

from ..numbers import CALENDAR_UNITS, Figure, extract_figures
from ..text import class_fit, counted_noun, head_noun, sentence_spans, unit_class
from ..types import Chunk, Evidence, Finding, Hit, Intent, Part
from . import lexicon as lx
from .library import Entry, Library
from .match import Weights, bigrams, match, phrase_overlap, weights_of
from .understand import content_text

CLAUSE_END_RE = re.compile(r"[，；：,;:]")
# Dates and periods inside an article: 5月29日, 6月起, 2022年初, 今年9月以来, 每季度, 半年内, 周二.
TIME_RE = re.compile(
    r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|(?:今年|去年|\d{4}\s*年)\s*\d{1,2}\s*月(?:份|底|初|中旬|以来|起)?|"
    r"\d{4}\s*年(?:度|底|初|末|上半年|下半年|以来|起|前)?|\d{1,2}\s*月(?:份|底|初|中旬|以来|起)|"
    r"每(?:天|日|周|月|季度|年|半年)|半年内?|\d+\s*(?:天|个月|年)(?:内|以内)|周[一二三四五六日](?:、周[一二三四五六日])*|"
    r"上半年|下半年|年底|年初")
# A time span that is a period or a recurrence, not a point in time.
PERIOD_RE = re.compile(r"^每|^半年|内$|以内$|^周[一二三四五六日]|个月$|\d\s*天$")
MIN_SENTENCE_CHARS = 4
# A part is answered when its evidence covers this share of the asked words (decide.py reads it too).
ANSWER_COVERAGE = 0.5
# A figure whose words do not name the asked thing answers at most this share of the question.
MEASURE_MISSING = 0.4
# Articles read per question: those of the best chunks, then the asked places' own.
MAX_ARTICLES = 6


@lru_cache(maxsize=8192)
def figures_of(sentence: str) -> tuple[Figure, ...]:
    """The figures of a sentence (cached: the same sentences are read for every part of every question)."""
    return tuple(extract_figures(sentence))


# ---------------------------------------------------------------- candidates

def candidate_entries(intent: Intent, hits: Sequence[Hit], library: Library) -> list[Entry]:
    """The articles to read: those of the retrieved chunks in rank order, then each asked place's own
    articles when retrieval returned none of them."""
    out: list[Entry] = []
    for hit in hits:
        entry = library.entry_of(hit.chunk)
        if entry is not None and entry not in out:
            out.append(entry)
    out = out[:MAX_ARTICLES]
    for place in dict.fromkeys([*intent.places, *(p.place for p in intent.parts if p.place)]):
        if not any(e.mentions(place) for e in out):
            out.extend(e for e in (library.about(place, intent.sources) or library.mentioning(place, intent.sources))
                       if e not in out)
    return out


def candidate_sources(intent: Intent, hits: Sequence[Hit], library: Library) -> list[Hit]:
    """The retrieved chunks, then every other chunk of the candidate articles (what findings cite)."""
    out = list(hits)
    seen = {h.chunk.id for h in hits}
    for entry in candidate_entries(intent, hits, library):
        for chunk in entry.chunks:
            if chunk.id not in seen:
                seen.add(chunk.id)
                out.append(Hit(chunk=chunk, score=0.0, rank=len(out) + 1))
    return out


@dataclass(frozen=True)
class Sentence:
    """One sentence of a candidate article, with what is needed to judge and cite it."""

    entry: Entry
    rank: int  # the article's rank among the candidates
    start: int  # offset in the article text
    text: str
    title: str  # issue label and article title
    previous: str  # the sentence before (该机制, 其中 refer back to it)


def _place_ok(place: str | None, entry: Entry, sentence: str) -> bool:
    return not place or place in sentence or entry.is_about(place)


def sentences_of(entries: Sequence[Entry], place: str | None, year: int | None,
                 number: int | None = None) -> Iterator[Sentence]:
    """Every usable sentence: long enough, not addressed to the reader, in the asked place, year and issue."""
    for rank, entry in enumerate(entries):
        if (year is not None and entry.briefing.year != year) or (number is not None and entry.briefing.number != number):
            continue
        text, previous = entry.article.text, ""
        title = f"{entry.briefing.issue or ''}{entry.title}"
        for a, b in sentence_spans(text):
            sentence = text[a:b].strip()
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            if len(sentence) >= MIN_SENTENCE_CHARS and not lx.ADDRESS_RE.search(sentence) \
                    and _place_ok(place, entry, sentence):
                yield Sentence(entry, rank, a + lead, sentence, title, previous)
            previous = sentence


# ---------------------------------------------------------------- scoring

def _qualifier_fit(qualifiers: Sequence[str], window: str) -> float:
    fit = 1.0
    for q in qualifiers:
        if any(w in window for w in lx.QUALIFIERS[q]):
            fit *= 1.5
        elif q == "同比" or (q in lx.OPPOSITE and any(w in window for w in lx.QUALIFIERS[lx.OPPOSITE[q]])):
            fit *= 0.3
    return fit


def qualifier_of(window: str) -> str:
    """The qualifier a figure's words carry (已, 拟, 累计, 新增, 同比), or ""."""
    return next((q for q, words in lx.QUALIFIERS.items() if any(w in window for w in words)), "")


def figure_window(sentence: str, figure: Figure, figures: Sequence[Figure]) -> tuple[int, int]:
    """The words that belong to ``figure``: its clause, cut at the neighbouring figures of the clause
    (``化工企业 54 家、危化品经营企业 374 家`` gives each figure its own noun)."""
    start = max((m.end() for m in CLAUSE_END_RE.finditer(sentence, 0, figure.start)), default=0)
    ends = [m.start() for m in CLAUSE_END_RE.finditer(sentence, figure.end)]
    end = ends[0] if ends else len(sentence)
    before = [f for f in figures if start <= f.end <= figure.start]
    if before:
        cut = sentence.rfind("、", before[-1].end, figure.start)
        start = cut + 1 if cut >= 0 else before[-1].end
    after = [f for f in figures if figure.end <= f.start < end]
    if after:
        cut = sentence.find("、", figure.end, after[0].start)
        end = cut if cut >= 0 else after[0].start
    return start, end


def _proximity(terms: Sequence[str], text: str, at: int) -> float:
    """1 when an asked word touches the figure, falling with the distance in characters."""
    lowered = text.lower()
    distances = [abs(i + len(t) - at) if i < at else i - at for t in terms if len(t) > 1
                 for i in [m.start() for m in re.finditer(re.escape(t), lowered)]]
    return 1.0 / (1.0 + min(distances) / 8.0) if distances else 0.0


def counts_measure(measure: str, noun: str) -> bool:
    """Whether the noun a figure counts is the asked thing (巡查员 in 配备巡查员6758人): its head word, an
    abbreviation of it, or half its characters (院子 / 院落); true when nothing in particular was asked
    or the text does not say what the figure counts."""
    head = head_noun(measure)
    if not head or not noun or match(head, noun.lower()):
        return True
    if any(kind in noun for kind in lx.HYPERNYMS.get(head, ())):
        return True
    return sum(c in noun for c in set(head)) * 2 >= len(set(head))


def _clause_end(sentence: str, at: int) -> int:
    m = CLAUSE_END_RE.search(sentence, at)
    return m.start() if m else len(sentence)


def _time_spans(sentence: str) -> list[Figure]:
    return [Figure(m.group(0), 0, "时间", m.start(), m.end()) for m in TIME_RE.finditer(sentence)]


@dataclass(frozen=True)
class Scored:
    """One way a sentence answers a part (before it is tied to the chunk it cites)."""

    score: float
    coverage: float
    clause: str
    figure: Figure | None


@dataclass(frozen=True)
class Asked:
    """What a part asks, in the corpus's words: read once per question, used for every sentence."""

    part: Part
    terms: tuple[str, ...]
    focus: tuple[str, ...]
    context: tuple[str, ...]
    pairs: frozenset[str]
    measure: frozenset[str]  # the character pairs of the asked noun phrase (化工企业)

    @classmethod
    def of(cls, part: Part, intent: Intent, weights: Weights) -> Asked:
        return cls(part, weights.vocabulary(part.terms or intent.topic), weights.vocabulary(part.focus),
                   intent.context, bigrams(content_text(part.text, intent.places)), bigrams(part.measure))


def score_part(asked: Asked, s: Sentence, weights: Weights, wants: str) -> list[Scored]:
    """Each way sentence ``s`` could answer a part; ``wants`` is "figure", "date" or "statement"."""
    part, terms = asked.part, asked.terms
    coverage = weights.coverage(terms, f"{s.text} {s.title} {s.previous}")
    context = weights.coverage(asked.context, f"{s.text} {s.title} {s.previous}") if asked.context else 1.0
    phrase = phrase_overlap(asked.pairs, s.text)
    # The sentence's own words count more than its title's, which every sentence of the article shares.
    own = weights.coverage(terms, f"{s.text} {s.previous}", settled=s.title.lower())
    base = (0.4 * own + 0.3 * phrase + 0.3 * coverage) * (0.85 + 0.15 * context)
    if wants == "statement":
        return [Scored(base, coverage, s.text, None)]
    if wants == "date":
        # 什么时候开始 asks a point in time; 多久/多长时间 asks a period or a frequency (半年内, 每季度).
        period = bool(lx.PERIOD_ASK_RE.search(part.text))
        figures = [f for f in _time_spans(s.text) if bool(PERIOD_RE.search(f.surface)) == period]
    else:
        figures = [f for f in figures_of(s.text) if f.unit not in CALENDAR_UNITS or part.unit_class == "date"]
    out = []
    for f in figures:
        fit = 1.0 if wants == "date" else class_fit(part.unit_class, f.unit)
        if fit <= 0:
            continue
        if part.unit and f.unit != part.unit and not (part.unit == "名" and f.unit == "人"):
            fit *= 0.85  # 多少条 prefers 条 to 家 when a sentence has both
        a, b = figure_window(s.text, f, figures) if wants == "figure" else (0, len(s.text))
        window = s.text[a:b]
        # A list (54 家化工企业、374 家危化品经营企业全面建立…) shares its clause's predicate.
        clause_start = max((m.end() for m in CLAUSE_END_RE.finditer(s.text, 0, f.start)), default=0)
        local = 0.7 * weights.coverage(terms, window) + \
            0.3 * weights.coverage(terms, s.text[clause_start:_clause_end(s.text, f.end)])
        focus = weights.coverage(asked.focus, window) if asked.focus else 1.0
        near = _proximity(asked.focus or terms, s.text, f.start)
        noun = counted_noun(s.text, f.start, f.end) if wants == "figure" else ""
        # The asked thing is the noun the figure counts (21 个安委会成员单位) or is said in its clause
        # (27 家企业获评 5G 工厂; 公布 9 批 24 个典型案例); the counted noun ranks the figures.
        counted = (bool(noun) and counts_measure(part.measure, noun)) or \
            counts_measure(part.measure, s.text[a:max(b, _clause_end(s.text, f.end))])
        same_noun = (phrase_overlap(asked.measure, noun) if noun else 0.5) if asked.measure else 1.0
        score = (0.5 * base + 0.3 * local + 0.2 * focus) * fit * _qualifier_fit(part.qualifiers, window)
        score *= (0.75 + 0.25 * near) * (0.6 + 0.4 * focus) * (1.0 if counted else 0.5) * (0.7 + 0.3 * same_noun)
        clause = window.strip("，、；：,;: 。！？") if wants == "figure" else s.text
        out.append(Scored(score, coverage if counted else coverage * MEASURE_MISSING, clause, f))
    return out


def _wants(intent: Intent, part: Part) -> str:
    if intent.kind == "when" or part.unit_class == "date":
        return "date"
    if intent.kind in ("figure", "compare"):
        return "figure"
    return "statement"


# ---------------------------------------------------------------- findings

def _chunk_for(s: Sentence, figure: Figure | None) -> Chunk | None:
    """The chunk to cite: one holding the figure and the whole sentence, else one holding the figure."""
    a = s.start + (figure.start if figure else 0)
    b = s.start + (figure.end if figure else len(s.text))
    whole = [c for c in s.entry.chunks if c.start <= s.start and s.start + len(s.text) <= c.end]
    return next(iter(whole), None) or next((c for c in s.entry.chunks if c.start <= a and b <= c.end), None) \
        or s.entry.chunk_at(a)


def find(intent: Intent, hits: Sequence[Hit], library: Library) -> Evidence:
    """The best finding for every part (two for a part whose measure the text gives with two
    qualifiers, e.g. 拟发放 and 已发放 when the question names neither), and the sentence most about
    the question's topic."""
    weights = weights_of(library)
    entries = candidate_entries(intent, hits, library)
    sources = list(hits)
    index = {h.chunk.id: i for i, h in enumerate(sources)}

    def finding(part: int, s: Sentence, scored: Scored) -> Finding | None:
        chunk = _chunk_for(s, scored.figure)
        if chunk is None:
            return None
        if chunk.id not in index:
            index[chunk.id] = len(sources)
            sources.append(Hit(chunk=chunk, score=0.0, rank=len(sources) + 1))
        decay = 1.0 - 0.02 * min(s.rank, 10)
        return Finding(part, index[chunk.id], s.text, scored.clause, scored.figure.surface if scored.figure else None,
                       scored.score * decay, scored.coverage)

    parts = intent.parts or (Part(text=intent.question, terms=intent.topic),)

    def ranked_for(part: Part) -> list[tuple[Sentence, Scored]]:
        place = part.place or (intent.places[0] if intent.places else None)
        asked, wants = Asked.of(part, intent, weights), _wants(intent, part)
        return sorted(((s, sc) for s in sentences_of(entries, place, part.year, part.number)
                       for sc in score_part(asked, s, weights, wants)),
                      key=lambda pair: -pair[1].score * (1.0 - 0.02 * min(pair[0].rank, 10)))

    rankings = [ranked_for(part) for part in parts]
    if intent.kind == "compare":
        rankings = _like_with_like(parts, rankings, ranked_for)
    findings: list[Finding] = []
    for i, (part, ranked) in enumerate(zip(parts, rankings)):
        if ranked:
            best = finding(i, *ranked[0])
            other = _other_qualifier(ranked, part)
            findings.extend(f for f in (best, other and finding(i, *other)) if f is not None)
    if len({f.part for f in findings if f.coverage >= ANSWER_COVERAGE}) == len(parts):
        return Evidence(tuple(sources), tuple(findings))  # every part is answered: no partial answer needed
    topic = Asked.of(Part(text=intent.question, terms=intent.topic), intent, weights)
    place = intent.places[0] if intent.places else None
    related = max(((s, sc) for s in sentences_of(entries, place, None)
                   for sc in score_part(topic, s, weights, "statement")),
                  key=lambda pair: pair[1].score, default=None)
    return Evidence(tuple(sources), tuple(findings), finding(-1, *related) if related else None)


def _like_with_like(parts: Sequence[Part], rankings: list, ranked_for) -> list:
    """The sides of a comparison that name no unit are measured in the unit class of the side found
    most surely (南通 2.5 万家单位 vs 宿迁: a count of units, not the 万元 of the same article)."""
    firsts = [(r[0][1], i) for i, r in enumerate(rankings) if r and r[0][1].figure is not None]
    if len(firsts) < 2:
        return rankings
    anchor = max(firsts, key=lambda x: x[0].score)[0].figure
    cls = unit_class(anchor.unit)
    out = list(rankings)
    for i, part in enumerate(parts):
        found = rankings[i][0][1].figure if rankings[i] else None
        if not part.unit_class and cls and found is not None and unit_class(found.unit) != cls:
            out[i] = ranked_for(replace(part, unit_class=cls)) or rankings[i]
    return out


def _other_qualifier(ranked: Sequence[tuple[Sentence, Scored]], part: Part) -> tuple[Sentence, Scored] | None:
    """The same measure with the other qualifier, when the question names neither (拟发放 / 已发放)."""
    best_s, best = ranked[0]
    if part.qualifiers or best.figure is None:
        return None
    mine = qualifier_of(best.clause)
    if mine not in lx.OPPOSITE:
        return None
    for s, other in ranked[1:]:
        if (s.text == best_s.text and other.figure and other.score >= 0.7 * best.score
                and qualifier_of(other.clause) == lx.OPPOSITE[mine]):
            return s, other
    return None
