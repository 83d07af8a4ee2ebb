"""Open answers (做法, 措施, 经验, 怎么做, 主要内容): the article's own points, one cited line each.

A question about the whole article gets its enumerated points (一是…, （一）…, 首先…) with each point's
lead clause and key figure, or its key sentences in document order when it enumerates nothing. A
question about one part of it (南通打非治违是怎么用大数据的) gets the sentences of the points that
match the words the title does not already say. A place with several articles is answered per
article, newest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..text import sentence_spans
from ..types import Chunk, Citation, Draft, Intent
from . import lexicon as lx
from .match import Weights, match, weights_of
from .library import Entry, Library
from .points import Point, article_points, name_clause
from .targets import ABOUT_TITLE, ACROSS_COVERAGE, NEAR_BEST, known_terms, target_entries, title_citation  # noqa: F401

MAX_POINTS = 8
MANY_ARTICLES_POINTS = 6  # per article when an answer goes over three or more articles
LINE_CHARS = 200
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
# The sentences after a matching sentence of an unenumerated article that continue its passage.
PASSAGE_SENTENCES = 6
MAX_QUOTE_CHARS = 400  # a point's lead and key figure are quoted as one verbatim span up to this length
_ORDINALS = "一二三四五六七八九"


@dataclass(frozen=True)
class Line:
    """One line of an open answer and the article spans it quotes."""

    text: str
    spans: tuple[tuple[int, int], ...]


def _clip(text: str) -> str:
    """A sentence for one line: whole when short, else its first clauses and an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= LINE_CHARS:
        return text.rstrip("。；")
    cut = max(text.rfind(c, 0, LINE_CHARS) for c in "，；：")
    return (text[:cut] if cut > 0 else text[:LINE_CHARS]) + "…"


def _point_line(point: Point) -> Line:
    if not point.marker:
        return Line(_clip(point.text), ((point.start, point.end),))
    lead_end = point.start + point.text.find(point.lead) + len(point.lead)
    spans = [(point.start, lead_end)]
    parts = []  # the named mechanism and the key figure, in the order the point says them
    for clause in dict.fromkeys(c for c in (point.name, point.figure) if c and c not in point.lead):
        at = point.start + point.text.find(clause, lead_end - point.start)
        if at >= lead_end:
            parts.append((at, clause))
    parts.sort()
    spans += [(at, at + len(clause)) for at, clause in parts]
    text = point.lead.rstrip("。；，")
    if parts:
        text += "：" + "；".join(clause.strip("，；。") for _, clause in parts)
    return Line(" ".join(text.split()), tuple(spans))


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


def _narrow_lines(entry: Entry, points: Sequence[Point], distinct: Sequence[str], weights: Weights) -> list[Line]:
    """The sentences about the asked part of the article, or [] when the question is about all of it."""
    text = entry.article.text
    if any(p.marker for p in points):
        scores = point_scores(points, distinct, weights)
        top = max(scores, default=0.0)
        named = _lead_named(points, distinct)
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
        keep = sorted({j for i in hits for j in range(i, min(i + PASSAGE_SENTENCES, len(all_spans)))})
        spans = [all_spans[j] for j in keep]
        if len(spans) > MAX_POINTS:  # as for points: the sentences that say most about the asked part, in text order
            spans = sorted(sorted(spans, key=lambda ab: -weights.coverage(distinct, text[ab[0]:ab[1]]))[:MAX_POINTS])
    spans = [_unmarked(text, a, b) for a, b in spans if len(text[a:b].strip()) >= 4]
    return [Line(_clip(text[a:b].strip()), ((a, b),)) for a, b in spans[:MAX_POINTS]]


def _lead_named(points: Sequence[Point], distinct: Sequence[str]) -> list[Point]:
    """The points a question names by a word of their lead that no other lead has (数字化 and 实体化 in
    六化里的数字化和实体化): each named part is answered, however its other words score."""
    leads = [p.lead.lower() if p.marker else "" for p in points]
    out = []
    for t in (t for t in distinct if len(t) > 1):
        holders = [p for p, lead in zip(points, leads) if t in lead]
        if len(holders) == 1 and holders[0] not in out:
            out.append(holders[0])
    return out if len(out) > 1 else []


_MARKER_RE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}(?:是|[、．.])|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[、．.](?![0-9]))\s*")


def _unmarked(text: str, a: int, b: int) -> tuple[int, int]:
    """A sentence span without its enumeration marker (三、 一是): the answer numbers its own lines."""
    m = _MARKER_RE.match(text, a, b)
    return (m.end(), b) if m and b - m.end() >= 4 else (a, b)


def article_lines(entry: Entry, intent: Intent, library: Library, limit: int) -> list[Line]:
    """The lines answering ``intent`` from one article."""
    weights = weights_of(library)
    points = article_points(entry.article, MAX_POINTS)
    said = entry.title + "".join(intent.places)
    terms = known_terms(weights, (*intent.topic, *intent.context))
    if terms and not intent.places and lx.ACROSS_PLACES_RE.search(intent.question) and \
            weights.coverage(terms, entry.title) < ABOUT_TITLE:  # 各地…: an article on other things
        text = entry.article.text  # gives only its sentences on the topic
        spans = [_with_body(points, *_unmarked(text, a, b)) for a, b in sentence_spans(text)
                 if weights.coverage(terms, text[a:b]) >= ACROSS_COVERAGE]
        if spans:
            return [Line(_clip(text[a:b].strip()), ((a, b),)) for a, b in spans][:limit]
    # Carried words rank articles; only the question's own words name a part (他们采取了哪些措施 asks for all).
    asked = known_terms(weights, intent.topic)
    distinct = [t for t in asked if not _said(t, said, asked)]
    # Narrow only when what the title does not say is a real part of the question (镇街 in 镇街监管队伍
    # restates the introduction of 淮南市…基层安全生产监管队伍建设, so it counts half; 大数据 in 打非治违
    # is a part of it).
    intro = entry.article.text[:points[0].start] if points and points[0].marker else ""
    share = sum(weights.of(t) * (0.5 if t in intro else 1.0) for t in distinct) / \
        max(sum(weights.of(t) for t in asked), 1e-9)
    if intent.asks.startswith("point") and (one := _asked_point(intent.asks, points)) is not None:
        return _point_sentences(entry, one)[:limit]
    narrow = share >= NARROW_SHARE and sum(weights.of(t) for t in distinct) >= NARROW_MIN_MASS
    lines = _narrow_lines(entry, points, distinct, weights) if narrow else []
    lines = lines or [*_overview(entry, points), *(_point_line(p) for p in points)]
    listing = _listing_sentence(entry, terms) if intent.asks == "which" else None
    if listing is not None and not any(listing.spans[0][0] <= a < listing.spans[0][1] for ln in lines
                                       for a, _ in ln.spans):
        lines = [listing, *lines]
    return lines[:limit]


def _with_body(points: Sequence[Point], a: int, b: int) -> tuple[int, int]:
    """A point's lead sentence (聚焦“数字化”，在“通”与“智”上促升级) names its part but says nothing done: it
    runs on to the point's first sentence of what was done; any other sentence stays as it is."""
    for p in points:
        spans = sentence_spans(p.text)
        if p.marker and len(spans) > 1 and p.start <= a < p.start + spans[0][1] and b <= p.start + spans[0][1]:
            return a, p.start + spans[1][1]
    return a, b


def _overview(entry: Entry, points: Sequence[Point]) -> list[Line]:
    """The introduction's clause that names the article's approach (创新建立“五个一”安全管控机制, 全面开展…
    “百团大战”), as a first line before the points it sums up; [] when the introduction names none."""
    text = entry.article.text
    intro = text[:points[0].start] if points else ""
    clause = name_clause(intro, "", last=True, known=entry.title)  # an introduction ends on its approach
    if clause is None:
        return []
    at = intro.find(clause)
    return [Line(" ".join(clause.split()), ((at, at + len(clause)),))]


def _said(term: str, said: str, terms: Sequence[str]) -> bool:
    """Whether the title (and the asked place) already says ``term``: verbatim, or a compound whose parts
    among the question's words it says each (安全监管 in 基层安全生产监管队伍建设)."""
    if term in said:
        return True
    parts = [p for p in terms if p != term and p in term]
    return len(parts) > 1 and sum(map(len, parts)) >= len(term) and all(p in said for p in parts)


def _asked_point(asks: str, points: Sequence[Point]) -> Point | None:
    """The point 第二点 names, when the article enumerates that many."""
    n = int(asks[len("point"):] or 0)
    marked = [p for p in points if p.marker]
    return marked[n - 1] if 1 <= n <= len(marked) else None


def _point_sentences(entry: Entry, point: Point) -> list[Line]:
    """Every sentence of one point, each its own line (the point said in full)."""
    text = entry.article.text
    spans = [_unmarked(text, point.start + a, point.start + b) for a, b in sentence_spans(point.text)
             if len(point.text[a:b].strip()) >= 4]
    return [Line(_clip(text[a:b].strip()), ((a, b),)) for a, b in spans]


def _listing_sentence(entry: Entry, terms: Sequence[str]) -> Line | None:
    """For 分了哪几类: the sentence that names the asked thing most often (工业巡查单元…、住宅巡查单元),
    which is where an article lists its kinds; None when no sentence names it twice."""
    text = entry.article.text
    words = sorted((t for t in terms if len(t) > 1), key=len, reverse=True)
    best, count = None, 1
    for a, b in sentence_spans(text):
        n = max((text[a:b].count(w) for w in words), default=0)
        if n > count:
            best, count = (a, b), n
    if best is None:
        return None
    return Line(" ".join(text[best[0]:best[1]].split()).rstrip("。；"), (best,))


def _spans(entry: Entry, line: Line) -> list[tuple[int, int]]:
    """One quote from the lead to the figure when one chunk holds both, else one quote each."""
    (a, _), (_, b) = line.spans[0], line.spans[-1]
    whole = any(c.start <= a and b <= c.end for c in entry.chunks)
    return [(a, b)] if whole and b - a <= MAX_QUOTE_CHARS else list(line.spans)


def _cite(entry: Entry, span: tuple[int, int], citations: list[Citation]) -> list[int]:
    """The numbers of the citations quoting ``span`` of the article: one chunk holding it whole, else the
    chunks it runs across, each quoting its own part (a quote cut at a chunk's end would drop figures)."""
    a, b = span
    whole = next((c for c in entry.chunks if c.start <= a and b <= c.end), None)
    pieces, pos = [], a
    if whole is not None:
        pieces.append((whole, a, b))
    while whole is None and pos < b:
        chunk = max((c for c in entry.chunks if c.start <= pos < c.end), key=lambda c: c.end, default=None)
        if chunk is None:
            chunk = entry.chunk_at(pos)
            pieces.append((chunk, pos, b))
            break
        pieces.append((chunk, pos, min(b, chunk.end)))
        pos = chunk.end
    return [_cite_piece(chunk, lo, hi, citations) for chunk, lo, hi in pieces
            if chunk.text[max(lo - chunk.start, 0):hi - chunk.start].strip()]


def _cite_piece(chunk: Chunk, a: int, b: int, citations: list[Citation]) -> int:
    """The number of the citation quoting article offsets a..b of ``chunk`` (reused when already cited)."""
    quote = chunk.text[max(a - chunk.start, 0):min(b, chunk.end) - chunk.start].strip()
    for c in citations:
        if c.chunk_id == chunk.id and c.quote == quote:
            return c.n
    citations.append(Citation(n=len(citations) + 1, source=chunk.source, issue=chunk.issue, date=chunk.date,
                              title=chunk.title, quote=quote, chunk_id=chunk.id, context=chunk.text))
    return len(citations)


def compose_open(intent: Intent, entries: Sequence[Entry], library: Library, cited: Sequence[Citation] = ()) -> Draft:
    """One heading per article (newest first) and its points, each point with its [n] (numbered on from
    the ``cited`` citations of an answer this one continues)."""
    citations: list[Citation] = list(cited)
    # Each article keeps its points: a place's third article is not less worth reading than its first.
    limit = MAX_POINTS if len(entries) <= 2 else MANY_ARTICLES_POINTS
    blocks = []
    if len(entries) > 1:
        blocks.append("简报中有多篇相关文章，按时间由近及远分别介绍：")
    for k, entry in enumerate(entries):
        b = entry.briefing
        # The heading quotes the title, so it cites it: a title often names the measure (“五个一”机制).
        citations.append(title_citation(len(citations) + 1, entry))
        head = f"据{library.label(b.source, b.issue, b.date)}《{entry.title}》[{len(citations)}]"
        lines = article_lines(entry, intent, library, limit)
        body = []
        for i, line in enumerate(lines):
            marks = "".join(f"[{n}]" for span in _spans(entry, line) for n in _cite(entry, span, citations))
            body.append(f"{_ORDINALS[i % 9]}、{line.text}{marks}" if len(entries) == 1 else f"· {line.text}{marks}")
        heading = f"{_ORDINALS[k % 9]}、{head}：" if len(entries) > 1 else f"{head}，主要做法如下："
        blocks.append("\n".join([heading, *body]))
    return Draft("\n".join(blocks), citations=tuple(citations))
