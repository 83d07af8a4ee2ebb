"""Open answers (做法, 措施, 经验, 怎么做, 主要内容): the article's own points, one cited line each.

A question about the whole article gets its enumerated points (一是…, （一）…, 首先…) with each point's
lead clause and key figure, or its key sentences in document order when it enumerates nothing. A
question about one part of it (南通打非治违是怎么用大数据的) gets the sentences of the points that
match the words the title does not already say. A place with several articles is answered per
article, newest first.
"""

from __future__ import annotations

import re

from functools import lru_cache
from typing import Sequence

from ..text import sentence_spans
from ..types import Citation, Draft, Intent
from . import lexicon as lx
from .match import match, weights_of
from .library import Entry, Library
from .line import Line, clip
from .narrow import MAX_POINTS, held_by_one, restates_intro, said_around, NARROW_MIN_MASS, NARROW_SHARE, WEIGHTLESS_IDF, narrow_lines, picks_one_part, said_by, title_parts_named, unmarked
from .effects import effect_lines
from .hard import local_lines, setting_lines
from .place_row import place_row_lines
from .opening import opening_lines
from .plans import plan_lines
from .problems import problem_lines
from .found import found_lines
from .asked_part import part_heading
from .framed_aspect import framed_terms
from .near_lead import near_led
from .firm_deeds import firm_lines
from .title_quote import title_quoted
from .co_titles import co_titles
from .segments import conjuncts
from .notes import note_lines
from .open_cite import cite_span, line_spans
from .overview_lead import leads_with, numbered
from .points import Point, article_points, first_deed, name_clause
from .targets import ABOUT_TITLE, ACROSS_COVERAGE, DOING_RE, across_coverage, manner_verb, article_terms, known_terms, target_entries, title_citation, topic_variants  # noqa: F401

# A count right before a noun (四阶段, 三个环节, 两步): the sentence lists that many of it.
_COUNT_BEFORE = r"[一二两三四五六七八九十0-9]+个?"
MANY_ARTICLES_POINTS = 6  # per article when an answer goes over three or more articles
_ORDINALS = "一二三四五六七八九"


def _point_line(point: Point) -> Line:
    if not point.marked:
        return Line(clip(point.text), ((point.start, point.end),))
    lead_end = point.start + point.text.find(point.lead) + len(point.lead)
    spans = [(point.start, lead_end)]
    parts = []  # the named mechanism and the key figure, in the order the point says them
    for clause in dict.fromkeys(c for c in (point.name, point.figure, first_deed(point)) if c and c not in point.lead):
        at = point.start + point.text.find(clause, lead_end - point.start)
        if at >= lead_end:
            parts.append((at, clause))
    parts.sort()
    spans += [(at, at + len(clause)) for at, clause in parts]
    text = point.lead.rstrip("。；，")
    if parts:
        text += "：" + "；".join(clause.strip("，；。") for _, clause in parts)
    return Line(" ".join(text.split()), tuple(spans))


@lru_cache(maxsize=256)
def _place_conjuncts(question: str) -> tuple[str, ...]:
    return tuple(conjuncts(question))


def own_topic(intent: Intent, entry: Entry) -> tuple[str, ...]:
    """The topic words a question pairs with the article's place when it asks two places each about its own thing
    (南通六化和靖江巡查单元各有啥做法): 南通's article is asked about 六化, not about 靖江's 巡查单元 (which its
    网格化 point happens to say). All the topic words when one place is asked or the places share them."""
    if len(intent.places) < 2:
        return intent.topic
    parts = _place_conjuncts(intent.question)
    mine = [c for c in parts if any(p in c and entry.is_about(p) for p in intent.places)]
    if len(parts) < 2 or len(mine) != 1:
        return intent.topic
    own = tuple(t for t in intent.topic if t.lower() in mine[0].lower())
    return own or intent.topic


def article_lines(entry: Entry, intent: Intent, library: Library, limit: int, topic_titles: str = "") -> list[Line]:
    """The lines answering ``intent`` from one article (``topic_titles``: see co_titles.py)."""
    weights = weights_of(library)
    points = article_points(entry.article, MAX_POINTS)
    said = entry.title + "".join(intent.places) + topic_titles
    terms = known_terms(weights, (*intent.topic, *intent.context))
    variants = topic_variants(weights, (*intent.topic, *intent.context), intent.question)
    if terms and not intent.places and lx.ACROSS_PLACES_RE.search(intent.question) and \
            across_coverage(weights, variants, entry.title) < ABOUT_TITLE:  # 各地…: an article on other things
        text = entry.article.text  # gives only its sentences on the topic
        spans = [_with_body(points, *unmarked(text, a, b)) for a, b in sentence_spans(text)
                 if across_coverage(weights, variants, text[a:b]) >= ACROSS_COVERAGE]
        if spans:
            return [Line(clip(text[a:b].strip()), ((a, b),)) for a, b in spans][:limit]
    # Carried words rank articles; only the question's own words name a part (他们采取了哪些措施 asks for all).
    # A word the title says is no part of the question, unless the title lists the parts and the word picks
    # one of them (苏州 网格化那块 in “大数据+网格化+铁脚板”).
    # A doing verb (怎么建立的, 如何落实, 咋搞的) says that something was done, not which part: it names no point.
    manner = manner_verb(intent.question)
    # A year named relative to now (明年, 今年) scopes the question in time; it names no part (明年提了啥要求 is
    # said by 2026年要… of a 2025 issue as much as by the one sentence that happens to print 明年).
    asked = tuple(t for t in article_terms(weights, own_topic(intent, entry), entry.article.text) if not DOING_RE.match(t)
                  and t not in lx.RELATIVE_YEARS
                  and not (t in manner and not any(match(t, p.lead.lower()) for p in points)))
    parts = title_parts_named(entry.title, points)
    weightless = [t for t in asked if weights.of(t) < WEIGHTLESS_IDF]
    distinct = [t for t in asked if (not said_by(t, said, asked, weightless) or (parts and picks_one_part(t, points))
                or near_led(points, [t])) and not title_quoted(t, intent.question, entry.title, asked)]
    # 力量 of 安全力量配备 names 建队伍 whatever the title says, but not inside 凝聚奋进力量 quoting the title
    # Narrow only when what the title does not say is a real part of the question (镇街 in 镇街监管队伍
    # restates the introduction of 淮南市…基层安全生产监管队伍建设, so it counts half; 大数据 in 打非治违
    # is a part of it).
    intro = entry.article.text[:points[0].start] if points and points[0].marked else ""
    # A title compound and the pieces the segmenter also gives (三位一体, 一体; 执法检查, 执法, 检查) are one word the
    # question repeats from the title: counted once, or title words said twice over outweigh the asked part. A
    # compound the question asks beyond the title (重点事项) keeps its pieces, as before.
    whole = [t for t in asked if not any(t != u and t in u and t not in distinct and u not in distinct for u in asked)]
    share = sum(weights.of(t) * (0.5 if t in intro else 1.0) for t in distinct if t in whole) / \
        max(sum(weights.of(t) for t in whole), 1e-9)
    if intent.asks == "note" and (note := note_lines(entry)):
        return note
    if intent.asks == "next" and (plans := plan_lines(entry.article.text)):
        return plans[:limit]
    if intent.asks == "problem" and (problems := problem_lines(entry.article.text)):
        return problems[:limit]
    if intent.asks == "found" and (found := found_lines(entry.article.text)):
        return found[:limit]
    if intent.asks == "opening" and (opening := opening_lines(entry.article.text, points)):
        return opening[:limit]
    if intent.asks.startswith("point") and (one := _asked_point(intent.asks, points)) is not None:
        return _point_sentences(entry, one)[:limit]
    if rows := place_row_lines(entry.article.text, (*intent.places, *intent.names)):  # 丁蜀镇's row of the article's table
        return rows[:limit]
    if local := local_lines(entry.article.text, entry.title, intent.places):  # 海安 inside 南通's article
        return local[:limit]
    if firms := firm_lines(entry.article.text, intent.question):  # 企业自己: the named enterprises' own deeds
        return firms[:limit]
    # …or when an informative word of the question names one point by its lead (摸底 for 摸清底数，建立风险档案),
    # however many title words the question repeats around it; not a word the introduction says too (镇街 of
    # 强化镇街监管队伍, 重点 of 部署重点工作), which restates what the whole article is about, unless only one
    # point's body says it and says as much of the question around it as the introduction does: an introduction
    # that sets the scene names the things it then treats in one part (地下矿山9座 before 对9座地下矿山逐一派驻,
    # 在用塔式起重机 before 为全部在用塔式起重机加装…), while a question that repeats the introduction's phrase
    # (重点工作 of 部署2026年重点工作, 非煤矿山安全整治) asks what the whole article says.
    # The share reading narrows only when the question asks something the introduction does not set out: when
    # every informative asked word stands in the introduction (信息化 of 应急管理“181”信息化平台), the question
    # names what the whole article is about.
    # A word one point's lead names (网格化 of 借助“网格化”健全体系) still picks that part, unless the question
    # says it inside a longer phrase of the introduction (应急 of 应急管理信息化, not of 应急资源“共享化”); a word
    # no point says (三个清单 of 梳理风险点形成“三个清单”) is a part the introduction alone answers.
    beyond_intro = not intro or any(
        t not in intro or not any(match(t, p.text.lower()) for p in points) or
        (picks_one_part(t, points) and _lead_says_as_much(t, intent.question, intro, points))
        for t in distinct if len(t) > 1 and weights.of(t) >= WEIGHTLESS_IDF)
    narrow = (share >= NARROW_SHARE and sum(weights.of(t) for t in distinct) >= NARROW_MIN_MASS and beyond_intro) or \
        any(weights.of(t) >= NARROW_MIN_MASS and (
            (held_by_one(t, points) and not restates_intro(t, intent.question, intro, points)) or
            ((picks_one_part(t, points) or held_by_one(t, points)) and not match(t, intro.lower()))) for t in distinct)
    # 在专家方面怎么做的: a word the question frames as its aspect names the part, when some points say it and
    # others do not (framed_aspect.py), however many title words the question repeats around it
    marked = [p for p in points if p.marked]
    narrow = narrow or any(weights.of(t) >= NARROW_MIN_MASS and not match(t, intro.lower()) and
                           0 < sum(bool(match(t, p.text.lower())) for p in marked) < len(marked)
                           for t in framed_terms(intent.question, distinct))
    lines = narrow_lines(entry, points, distinct, weights) if narrow else []
    if intent.asks == "effect":  # 取得了啥成效: the results the article (or its asked part) reports
        results = effect_lines(entry.article.text, [s for ln in lines for s in ln.spans])
        if results:
            return results[:limit]
    if intent.asks == "hard" and not lines:  # 难在哪: the article names no difficulty there, so its setting
        lines = setting_lines(entry.article.text, points)
        lines += [*_overview(entry, points), *(_point_line(p) for p in points)][:max(limit - len(lines), 0)]
    lines = lines or [*_overview(entry, points), *(_point_line(p) for p in points)]
    listing = _listing_sentence(entry, terms) if intent.asks == "which" else \
        _listing_sentence(entry, _parts_nouns(intent.question)) if intent.asks == "parts" else None
    if listing is not None and not any(a <= listing.spans[0][0] and listing.spans[0][1] <= b for ln in lines
                                       for a, b in ln.spans):  # a line quoting a clause of it leaves the list out
        lines = [listing, *lines]
    return lines[:limit]


def _lead_says_as_much(term: str, question: str, intro: str, points: Sequence[Point]) -> bool:
    """Whether the one lead saying ``term`` says as much of the question around it as the introduction does."""
    lead = next((p.lead for p in points if p.marked and match(term, p.lead.lower()) > 0), "")
    return said_around(term, question, lead) >= said_around(term, question, intro)


def _with_body(points: Sequence[Point], a: int, b: int) -> tuple[int, int]:
    """A point's lead sentence (聚焦“数字化”，在“通”与“智”上促升级) names its part but says nothing done: it
    runs on to the point's first sentence of what was done; any other sentence stays as it is."""
    for p in points:
        spans = sentence_spans(p.text)
        if p.marked and len(spans) > 1 and p.start <= a < p.start + spans[0][1] and b <= p.start + spans[0][1]:
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


def _asked_point(asks: str, points: Sequence[Point]) -> Point | None:
    """The point 第二点 names, when the article enumerates that many (point-1: 最后一点, the last one)."""
    n = int(asks[len("point"):] or 0)
    marked = [p for p in points if p.marked]
    if n == -1:
        return marked[-1] if len(marked) > 1 else None
    return marked[n - 1] if 1 <= n <= len(marked) else None


def _point_sentences(entry: Entry, point: Point) -> list[Line]:
    """Every sentence of one point, each its own line (the point said in full)."""
    text = entry.article.text
    spans = [unmarked(text, point.start + a, point.start + b) for a, b in sentence_spans(point.text)
             if len(point.text[a:b].strip()) >= 4]
    return [Line(clip(text[a:b].strip()), ((a, b),)) for a, b in spans]


def _parts_nouns(question: str) -> list[str]:
    """The nouns a parts count asks by (阶段 of 分几个阶段推进的)."""
    return [m.group(1) for m in lx.PARTS_COUNT_RE.finditer(question)]


def _listing_sentence(entry: Entry, terms: Sequence[str]) -> Line | None:
    """For 分了哪几类: the sentence that names the asked thing most often (工业巡查单元…、住宅巡查单元),
    which is where an article lists its kinds, or names it after a count (四阶段工作路径: the count says a list
    stands beside it); None when no sentence does either."""
    text = entry.article.text
    words = sorted((t for t in terms if len(t) > 1), key=len, reverse=True)
    best, count = None, 1
    for a, b in sentence_spans(text):
        n = max((max(text[a:b].count(w), 2 * bool(re.search(_COUNT_BEFORE + re.escape(w), text[a:b])))
                 for w in words), default=0)
        if n > count:
            best, count = (a, b), n
    if best is None:
        return None
    return Line(" ".join(text[best[0]:best[1]].split()).rstrip("。；"), (best,))


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
        lines = article_lines(entry, intent, library, limit, co_titles(entries, entry, intent))
        texts = ["".join([line.text, *(f"[{n}]" for span in line_spans(entry, line)
                                        for n in cite_span(entry, span, citations))]) for line in lines]
        lead = leads_with(lines, _overview(entry, article_points(entry.article, MAX_POINTS)))
        body = numbered(texts, lead) if len(entries) == 1 else [f"· {t}" for t in texts]
        said = {"effect": "主要成效如下", "note": "编者按如下", "opening": "开篇内容如下",
                "hard": "面临的情况和做法如下", "next": "下一步打算如下",
                "problem": "存在的问题如下", "found": "发现的问题如下"}.get(intent.asks, "主要做法如下")
        said = part_heading(intent.asks, entry.article.text, said)  # 下一步 an article does not state: told
        heading = f"{_ORDINALS[k % 9]}、{head}：" if len(entries) > 1 else f"{head}，{said}："
        blocks.append("\n".join([heading, *body]))
    return Draft("\n".join(blocks), citations=tuple(citations))
