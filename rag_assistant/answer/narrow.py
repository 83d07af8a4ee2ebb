"""The narrow part of an open answer: which points or sentences of an article a question about one part of
it (南通打非治违是怎么用大数据的) asks for, and the answer line those sentences become."""

from __future__ import annotations

import re
from typing import Sequence

from ..text import sentence_spans
from .match import Weights, abbreviation, match
from .library import Entry
from .line import Line, clip
from .points import Point
from .near_lead import near_led
from .targets import NEAR_BEST

MAX_POINTS = 8
# A sentence of an unenumerated article belongs to a narrow answer when it holds this share of the
# distinctive words.
NARROW_COVERAGE = 0.5
# The best point must score this share of the weight of the distinctive words the article has.
NARROW_MASS = 0.2
# …and when those words carry this share of the question's word weight…
NARROW_SHARE = 0.35
# …and at least one informative word's weight (IDF ≈ 1): 生产 in 怎么抓安全生产 is in most articles and
# names no part of one.
NARROW_MIN_MASS = 1.0
# A word nearly every article says (安全, IDF ≈ 0.1) names nothing by itself.
WEIGHTLESS_IDF = 0.5
# The sentences after a matching sentence of an unenumerated article that continue its passage.
PASSAGE_SENTENCES = 6
# The openings of a sentence that continues the one before it: its results (截至目前), an addition (同时, 此外).
_GOES_ON_RE = re.compile(r"\s*(?:截至|截止|目前|同时|此外|与此同时|其中)")


def point_scores(points: Sequence[Point], terms: Sequence[str], weights: Weights) -> list[float]:
    """How much each point is about ``terms`` and the others are not. A word counts by its IDF times the
    share of the points that lack it (a word every point has tells none apart): fully when the point's
    lead holds it (the lead says what the point is about), half when only its body does."""
    n = len(points)
    terms = [t for t in terms if len(t) > 1]  # one character (给, 查) matches almost any point
    leads = [p.lead.lower() for p in points]
    bodies = [p.text.lower() for p in points]

    def rarity(t: str, texts: Sequence[str]) -> float:
        return 1.0 - sum(match(t, x) > 0 for x in texts) / n

    weight = {t: (weights.of(t) * rarity(t, leads), 0.5 * weights.of(t) * rarity(t, bodies)) for t in terms}
    return [sum(lw * match(t, lead) + bw * match(t, body) for t, (lw, bw) in weight.items())
            for lead, body in zip(leads, bodies)]


def narrow_lines(entry: Entry, points: Sequence[Point], distinct: Sequence[str], weights: Weights) -> list[Line]:
    """The sentences about the asked part of the article, or [] when the question is about all of it."""
    text = entry.article.text
    # The enumerated points answer, unless the text outside them says more of the asked words than any point
    # does (连云港's “三个清单” from the introduction's 梳理…风险点; 常州's 班组长 training after a page break that
    # ended its last point's paragraph): then the sentences that say them.
    outside = text[:points[0].start] + "\n" + text[points[-1].end:] if points else ""
    if any(p.marked for p in points) and not _outside_says_more(outside, points, distinct, weights):
        spans = spread_sentences(text, points, distinct, weights)
        if spans is not None:  # the sentences saying all the asked words first (疏散演练 before 疏散通道), stably
            spans = sorted(spans, key=lambda ab: -round(weights.coverage(distinct, text[ab[0]:ab[1]]), 6))
        if spans is None:
            scores = point_scores(points, distinct, weights)
            top = max(scores, default=0.0)
            named = lead_named(points, distinct)
            named += [p for p in near_led(points, distinct) if p not in named]  # 力量 asked, 建队伍 written
            chosen = [p for p, s in zip(points, scores) if s >= NEAR_BEST * top or p in named]
            held = [t for t in distinct if len(t) > 1 and any(match(t, p.text.lower()) for p in points)]
            if top < NARROW_MASS * sum(weights.of(t) for t in held) or len(chosen) == len(points):
                return []
            spans = [(p.start + a, p.start + b) for p in chosen for a, b in sentence_spans(p.text)
                     if len(p.text[a:b].strip()) >= 4]
        if len(spans) > MAX_POINTS:  # the sentences that say most about the asked part, in text order
            ranked = sorted(spans, key=lambda ab: -weights.coverage(distinct, text[ab[0]:ab[1]]))[:MAX_POINTS]
            spans = sorted(ranked)
    else:
        all_spans = [(a, b) for a, b in sentence_spans(text) if len(text[a:b].strip()) >= 4]
        hits = [i for i, (a, b) in enumerate(all_spans) if weights.coverage(distinct, text[a:b]) >= NARROW_COVERAGE]
        if not hits or len(hits) == len(all_spans):
            return []
        # A sentence that goes on from the one before it (截至目前… reports what that one did) opens no passage.
        starts = [i - 1 if i and _GOES_ON_RE.match(text, *all_spans[i]) else i for i in hits]
        keep = sorted({j for i in starts for j in range(i, min(i + PASSAGE_SENTENCES, len(all_spans)))})
        spans = [all_spans[j] for j in keep]
        if len(spans) > MAX_POINTS:  # as for points: the sentences that say most about the asked part, in text order
            spans = sorted(sorted(spans, key=lambda ab: -weights.coverage(distinct, text[ab[0]:ab[1]]))[:MAX_POINTS])
    spans = [unmarked(text, a, b) for a, b in spans if len(text[a:b].strip()) >= 4]
    return [Line(clip(text[a:b].strip()), ((a, b),)) for a, b in spans[:MAX_POINTS]]


def spread_sentences(text: str, points: Sequence[Point], distinct: Sequence[str],
                     weights: Weights) -> list[tuple[int, int]] | None:
    """The sentences of the enumerated points that say the asked words, when no point's lead says them and the
    sentences saying them stand in two or more points (打非治违's 大数据 in point 二's 气象联合大数据 and in
    point 三's 大数据+铁脚板; 三位一体执法检查's 重点事项 in every point's body): a word a lead says names its point,
    a word only bodies say names the sentences that say it, wherever they stand. None otherwise (one point holds
    them: that point answers, as a part named by its lead does)."""
    marked = [p for p in points if p.marked]
    # One character (查, 定) matches almost any sentence; a word the introduction says before the points (渔船 of
    # 现有登记渔船2968艘 in 渔业船舶安全防线) names what the whole article is about, not a part of it.
    intro = text[:marked[0].start].lower() if marked else ""
    terms = [t for t in distinct if len(t) > 1 and not match(t, intro)]
    if not terms or any(match(t, p.lead.lower()) for p in marked for t in terms):
        return None
    sentences = [(p.start, p.start + a, p.start + b) for p in marked for a, b in sentence_spans(p.text)
                 if len(p.text[a:b].strip()) >= 4]
    # As in an unenumerated article, a sentence holding half the asked words' weight says the asked part.
    hits = [s for s in sentences if weights.coverage(terms, text[s[1]:s[2]]) >= NARROW_COVERAGE]
    if len({point for point, _, _ in hits}) < 2 or len(hits) == len(sentences):
        return None
    return [(a, b) for _, a, b in hits]


def _outside_says_more(outside: str, points: Sequence[Point], distinct: Sequence[str], weights: Weights) -> bool:
    """Whether the asked words that only the text before the first point or after the last says (梳理, 清单)
    outweigh those of the best point; words a point says too (the title's 大数据, 网格化 restated by the
    introduction) count for the points."""
    def mass(x: str, terms: Sequence[str]) -> float:
        return sum(weights.of(t) for t in terms if match(t, x.lower()))
    terms = [t for t in distinct if len(t) > 1]
    own = [t for t in terms if not any(match(t, p.text.lower()) for p in points)]
    return mass(outside, own) > max((mass(p.text, terms) for p in points), default=0.0)


def lead_named(points: Sequence[Point], distinct: Sequence[str]) -> list[Point]:
    """The points a question names by a word of their lead that no other lead has (数字化 and 实体化 in
    六化里的数字化和实体化): each named part is answered, however its other words score."""
    leads = [p.lead.lower() if p.marked else "" for p in points]
    out = []
    for t in (t for t in distinct if len(t) > 1):
        holders = [p for p, lead in zip(points, leads) if t in lead]
        if len(holders) == 1 and holders[0] not in out:
            out.append(holders[0])
    return out if len(out) > 1 else []


def restates_intro(term: str, question: str, intro: str, points: Sequence[Point]) -> bool:
    """Whether the introduction says more of the question around ``term`` than the one point whose body says it
    (重点工作 in 部署2026年重点工作 against 重点行业领域): the question repeats what the introduction sums up."""
    body = next((p.text for p in points if p.marked and match(term, p.text.lower()) > 0), "")
    return bool(intro) and said_around(term, question, intro) > said_around(term, question, body)


# A short quoted code or name between two word characters (“181” in 应急管理“181”信息化平台).
_INSERTED_NAME_RE = re.compile(r"(?<=[\u4e00-\u9fff])“[^“”\n]{1,6}”(?=[\u4e00-\u9fff])")


def said_around(term: str, question: str, text: str) -> int:
    """The length of the longest stretch of ``question`` around ``term`` that ``text`` says verbatim (0: none).
    A short quoted name set inside a compound (应急管理“181”信息化平台) reads as the compound without it."""
    q, text = question.lower(), text.lower()
    text += "\n" + _INSERTED_NAME_RE.sub("", text)
    best = 0
    for at in (i for i in range(len(q)) if q.startswith(term, i)):
        for a in range(at, -1, -1):
            b = at + len(term)
            if q[a:b] not in text:
                break
            while b < len(q) and q[a:b + 1] in text:
                b += 1
            best = max(best, b - a)
    return best


# The markers enumeration.py reads (一是, 三、, （二）, 2., ③, 第二，, 其次，), each with its separator, and the
# bullet the Markdown and HTML loaders give a list item (• 分级管控。).
_MARKER_RE = re.compile(r"\s*(?:•|[\u2460-\u2473]|[一二三四五六七八九十]{1,3}(?:是|[、．.])|[（(][一二三四五六七八九十0-9]{1,3}[)）]|"
                        r"[0-9]{1,2}[、．.](?![0-9])|第[一二三四五六七八九十]{1,3}[，,、：:]|(?:首先|其次|再次|最后)[，,：:])\s*")


def unmarked(text: str, a: int, b: int) -> tuple[int, int]:
    """A sentence span without its enumeration marker (三、 一是): the answer numbers its own lines."""
    m = _MARKER_RE.match(text, a, b)
    return (m.end(), b) if m and b - m.end() >= 4 else (a, b)


def short_forms(text: str) -> frozenset[str]:
    """The usual short forms of the four-character words ``text`` may hold (安全保障 → 安保, match.abbreviation)."""
    return frozenset(filter(None, (abbreviation(text[i:i + 4]) for i in range(len(text) - 3))))


def said_by(term: str, said: str, terms: Sequence[str], weightless: Sequence[str] = ()) -> bool:
    """Whether the title (and the asked place) already says ``term``: verbatim, or a compound whose parts
    among the question's words it says each (安全监管 in 基层安全生产监管队伍建设); a ``weightless`` part, a word
    nearly every article says (安全), adds nothing to what the title says (安全监管 in 基层监管队伍建设)."""
    if term in said or term in short_forms(said):
        return True  # 安保 of a title's 安全保障
    parts = [p for p in terms if p != term and p in term]
    return len(parts) > 1 and sum(map(len, parts)) >= len(term) and \
        all(p in said or p in weightless for p in parts) and any(p in said for p in parts)


def title_parts_named(title: str, points: Sequence[Point]) -> bool:
    """Whether the title lists the article's parts (“大数据+网格化+铁脚板”): at least two of its pieces (split at
    + 、 and quotes) each stand in a different enumerated point's lead."""
    pieces = {p.strip() for p in re.split(r"[+＋、“”\"]", title) if len(p.strip()) >= 2}
    leads = [p.lead for p in points if p.marked]
    holders = {i for i, lead in enumerate(leads) for piece in pieces if piece in lead}
    return len(holders) >= 2


def picks_one_part(term: str, points: Sequence[Point]) -> bool:
    """Whether exactly one enumerated point's lead says ``term`` (网格化 in 借助“网格化”健全体系)."""
    leads = [p.lead.lower() for p in points if p.marked]
    return len(term) > 1 and len(leads) > 1 and sum(match(term, lead) > 0 for lead in leads) == 1


def held_by_one(term: str, points: Sequence[Point]) -> bool:
    """Whether exactly one of several enumerated points says ``term`` anywhere (培训 only in 打非治违's point
    四): the word names that part as a lead word does, however many title words the question repeats."""
    bodies = [p.text.lower() for p in points if p.marked]
    return len(term) > 1 and len(bodies) > 1 and sum(match(term, body) > 0 for body in bodies) == 1
