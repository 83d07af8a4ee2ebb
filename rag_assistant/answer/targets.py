"""Which articles an open question is about: the asked place's best matching its topic, or across places
(各地是怎么…) every article on the topic, newest first."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..ingest.gazetteer import city_of, find_places
from ..text import sentence_spans, sentences
from ..types import Citation, Hit, Intent
from . import lexicon as lx
from .match import Weights, match, weights_of
from .library import Entry, Library
from .place_row import has_place_row
from .notes import noted
from .covered_compound import without_covered_compounds
from .aspect_keep import named_coinages, treats_aspect
from .near_words import people_aspect, said_near
from .bound_words import bound_compounds

# A question across places (各地是怎么…) is answered from at most this many articles.
MAX_ARTICLES = 5
ACROSS_COVERAGE = 0.5  # …each with a sentence (or title) holding this share of the topic words' weight
ABOUT_TITLE = 0.5  # an article whose title holds less of it is on other things: only its topic sentences
# An article is a target when its words cover this share of the best article's score.
NEAR_BEST = 0.75
# …or when it falls short of the best by less than one informative word's weight (IDF ≈ 1).
SAME_TOPIC_MASS = 1.0


def across_places(intent: Intent) -> bool:
    """Whether an open question asks about its topic wherever it was done: it names no place and says 各地/
    哪些地方, or it names no place and no issue either (关于燃气安全有什么做法)."""
    return not intent.places and (bool(lx.ACROSS_PLACES_RE.search(intent.question)) or intent.sources is None)


def known_terms(weights: Weights, terms: Sequence[str]) -> tuple[str, ...]:
    """The question's words in the briefings' vocabulary. A word no briefing has (亮点, 值得, 包括) names
    no part of an article: it neither narrows the answer nor dilutes the words that do."""
    return tuple(t for t in weights.vocabulary(terms) if weights.df.get(t, 0))


def article_terms(weights: Weights, terms: Sequence[str], text: str) -> tuple[str, ...]:
    """The question's words one article says: its vocabulary words, and a word no briefing has verbatim
    that this article says in its long form, characters in order with small gaps (摸底 in 摸清底数)."""
    known = known_terms(weights, terms)
    lowered = text.lower()
    unseen = [t for t in terms if t not in known and len(t) > 1 and not weights.df.get(t, 0) and match(t, lowered)]
    return (*known, *unseen)


# Verbs of carrying a practice out (各地推行“吹哨”机制): they say that something was done, not what, so across
# places they do not make an article on other things (推行“系统核查+实地督导”) count as on the topic.
DOING_RE = re.compile(r"^(?:推行|推进|推动|开展|实施|建立|落实|搞|做|抓)$")
# The two-character verb a manner question ends on (安全是怎么保障的, 如何管理, 咋防范的): that the subject was done,
# in whatever verb; it names a part only when a point's lead says it. A longer verb phrase (怎么闭环处置的) is
# specific and may name a part by its body.
_MANNER_RE = re.compile(r"(?:怎么|怎样|如何|咋)(?:样)?(?:来|去)?([\u4e00-\u9fff]{2})(?:的|呢|了|起来)?(?:[？?。！!，,]|$)")


def manner_verb(question: str) -> str:
    """The verb of the question's manner ask (保障 of 龙虾节安全是怎么保障的), or ''."""
    m = _MANNER_RE.search(question)
    return m.group(1) if m else ""


def topic_variants(weights: Weights, terms: Sequence[str], question: str) -> list[tuple[str, ...]]:
    """The question's topic words as the across-places selection reads them: without doing verbs (when
    something else is left), and, when two of them are joined by 和/与/及/、 (船舶和渔船, 船舶、渔船), once per conjunct
    with the other left out: an article on either is on the topic."""
    known = known_terms(weights, terms)
    known = tuple(t for t in known if not DOING_RE.match(t)) or known
    known = without_covered_compounds(known)  # 锂电池 read as 锂电 + 电池
    joined = [(a, b) for a in known for b in known if a != b and re.search(
        re.escape(a) + r"\s*(?:和|与|及|以及|跟|、|/)\s*" + re.escape(b), question)]  # 船舶、渔船 as 船舶和渔船
    if not joined:
        return [known]
    out = []
    for a, b in joined:
        out += [tuple(t for t in known if t != b), tuple(t for t in known if t != a)]
    return list(dict.fromkeys(out))


def across_coverage(weights: Weights, variants: Sequence[Sequence[str]], text: str) -> float:
    """The best coverage of ``text`` by any reading of the topic words (see topic_variants)."""
    return max((weights.coverage(v, text) for v in variants if v), default=0.0)


def qualified_places(places: Sequence[str], question: str) -> tuple[str, ...]:
    """The places a question asks about when it names a county or district by its prefecture first
    (南通海门, 泰州靖江市, 无锡市江阴): the prefecture only says where the county lies, so the county alone
    is asked; a city joined by a conjunction (南通和海门) is asked in its own right."""
    out = []
    for p in places:
        below = [q for q in places if q != p and city_of(q) == p.removesuffix("市") and _below_city(q) and
                 re.search(re.escape(p) + r"市?" + re.escape(q), question)]
        if not below:
            out.append(p)
    return tuple(out) or tuple(places)


def _below_city(name: str) -> bool:
    found = find_places(name)
    return bool(found) and found[0].level != "city"


def target_entries(intent: Intent, hits: Sequence[Hit], library: Library) -> list[Entry]:
    """The articles an open question is about: the asked place's (best matching the topic words), else
    those retrieval ranks highest; newest first."""
    pool = library.in_scope(intent.sources)
    if intent.places:
        intent = replace(intent, places=qualified_places(intent.places, intent.question))
        pool = ([e for e in pool if any(e.is_about(p) or has_place_row(e.article.text, p) for p in intent.places)]
                or [e for e in pool if any(e.mentions(p) for p in intent.places)])
    elif not across_places(intent):  # across places: every article is a candidate
        ranked = [library.entry_of(h.chunk) for h in hits]
        pool = [e for e in dict.fromkeys(ranked) if e is not None and e in pool]
    if intent.asks == "note" and (with_note := noted(pool if intent.places else library.in_scope(intent.sources))):
        return with_note[:MAX_ARTICLES]  # 编者按说了啥: the articles a note introduces, newest first
    if intent.asks == "opening" and not intent.places and intent.sources is not None:
        return _first_articles(library.in_scope(intent.sources))[:MAX_ARTICLES]  # 专刊开篇: the issue's first article
    terms = (*intent.topic, *intent.context)
    terms = tuple(t for t in terms if not DOING_RE.match(t)) or terms  # 推行 says nothing of which practice
    terms = people_aspect(terms)  # 发动群众参与: the people word is the aspect (near_words)
    terms = (*terms, *named_coinages(pool, intent.question))  # 五个一 of 连云港“五个一”机制: no count
    weights = weights_of(library)
    terms = (*terms, *bound_compounds(terms, intent.question, weights.corpus))  # 小场所, not any 场所
    if _whole_scope(intent, library, weights):
        return library.in_scope(intent.sources)
    if not pool or not terms:
        return pool if intent.places else pool[:1]

    def mass(text: str) -> float:
        """The IDF weight of the topic words ``text`` holds: absolute, so that words most articles share
        (安全, 生产) cannot set one article of a place apart from the others."""
        return sum(weights.of(t) * said_near(t, text.lower()) for t in terms)

    def score(e: Entry) -> float:
        best_sentence = max((mass(e.article.text[a:b]) for a, b in sentence_spans(e.article.text)), default=0.0)
        return 0.5 * mass(e.title) + 0.3 * best_sentence + 0.2 * mass(e.article.text)

    scored = [(score(e), i, e) for i, e in enumerate(pool)]
    top = max(s for s, _, _ in scored)
    if not intent.places and not across_places(intent):
        return [e for s, i, e in scored if s >= NEAR_BEST * top and s > 0][:1]
    if intent.places:
        # Each named place is answered by its own best articles (南通和宿迁在隐患报告奖励上分别咋搞的): one
        # place's score does not decide whether another place's article is read.
        near = []
        for place in intent.places:
            own = [(s, e) for s, _, e in scored if e.is_about(place) or has_place_row(e.article.text, place)] or \
                [(s, e) for s, _, e in scored if e.mentions(place)]
            best = max((s for s, _ in own), default=0.0)
            top = next((e for s, e in own if s == best), None)
            near += [e for s, e in own if (s >= NEAR_BEST * best or best - s <= SAME_TOPIC_MASS) and e not in near
                     and treats_aspect(e, top, terms, weights)]
        return sorted(near, key=pool.index)
    near = [e for s, i, e in scored if s >= NEAR_BEST * top or top - s <= SAME_TOPIC_MASS]
    # 各地是怎么…: every article on the topic, also one whose sentence says it without its title doing so
    # (无锡's 鼓励举报…隐患 inside a section on other things); the best few, newest first.
    known = known_terms(weights, terms)
    variants = topic_variants(weights, terms, intent.question)
    said = {e for e in pool if known and max((across_coverage(weights, variants, x) for x in (e.title, *sentences(e.article.text))),
                                             default=0.0) >= ACROSS_COVERAGE}
    # Without 各地/哪些地方 the question asks for the articles about the topic when a title says it (基层监管
    # 队伍建设: 淮安, 滨海县), and only when none does for those whose sentences say it (燃气).
    titled = {e for e in pool if known and across_coverage(weights, variants, e.title) >= ACROSS_COVERAGE}
    if titled and not lx.ACROSS_PLACES_RE.search(intent.question):
        near, said = [e for e in near if e in titled], set()
    best = sorted({e for e in near if score(e) > 0} | said, key=lambda e: (-score(e), pool.index(e)))[:MAX_ARTICLES]
    return sorted(best, key=library.in_scope(intent.sources).index)


def _first_articles(scope: Sequence[Entry]) -> list[Entry]:
    """The first printed article of each briefing in ``scope`` (entries in printed order per briefing)."""
    return [e for i, e in enumerate(scope) if i == 0 or scope[i - 1].briefing.source != e.briefing.source]


def _whole_scope(intent: Intent, library: Library, weights: Weights) -> bool:
    """A question scoped to an issue (or year, or the special feature) that names no place and no word of
    any of its articles' titles (25年第16期有哪些做法值得学习) is about the issue: every article of it
    answers, not the one a passing word (学习 in 学习贯彻) happens to rank first."""
    if intent.sources is None or intent.places:
        return False
    scoped = library.in_scope(intent.sources)
    known = [t for t in known_terms(weights, (*intent.topic, *intent.context)) if len(t) > 1]
    return bool(scoped) and not any(match(t, e.title.lower()) for e in scoped for t in known)


def title_citation(n: int, e: Entry) -> Citation:
    """An article's title as printed, the quote for listing it or for an answer's heading that names it."""
    b = e.briefing
    return Citation(n=n, source=b.source, issue=b.issue, date=b.date, title=e.title, quote=e.title,
                    context=e.article.paragraphs[0] if e.article.paragraphs else e.title)
