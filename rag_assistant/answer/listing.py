"""Answers from the briefings' metadata: lists (places, issues, articles), an issue's date, the latest
issue, which issue carried something, and whether a place or year is in the briefings at all."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..text import cn_date, sentences
from ..types import Briefing, Citation, Draft, Hit, Intent
from .absence import absence_reason
from .annex_excluded import without_annex_aside
from .annex import counted_refs
from .issuer import issuer_phrase
from .confirm import verdict
from .ordinal import POSITION_ASK_RE, SAME_ISSUE_RE, article_ordinal, issue_mates, ordinal_note, position_note
from .lexicon import PLACE_COUNT_RE
from .decide import indexed_list
from .evidence import naming
from .period_groups import grouped_count
from .match import weights_of
from .library import Entry, Library
from .open import target_entries, title_citation

# An article is listed for a topic when its title or one sentence holds this share of the topic words.
LIST_COVERAGE = 0.6
_COUNTY_RE = re.compile(r"县|县（市）|县\(市\)|县市")
# 县里的经验, 县级的做法: a level of government that filters articles, not a word to find in them.
_COUNTY_LEVEL_RE = re.compile(r"县里|县级|县域|县（市）|县\(市\)|县市")
_COUNT_ASKED_RE = re.compile(r"(?<![哪这那近前后好])几[期篇]|多少[期篇]|(?:上|登)过?(?:几|多少)(?:次|回)")  # 哪几期 asks which, not how many
_SECTION_WORDS = frozenset({"栏目", "板块", "专栏", "版块"})
# A question about the printing (the footer's 印发 date), not the masthead's date (日期, 哪天出的).
_PRINTING_RE = re.compile(r"印发|印制|付印|印出来")
# Verbs of an issue coming out, as the segmenter leaves them in a date question's topic (是几号发的 → 发).
_ISSUING_WORDS = frozenset("发 发的 出的 出刊 刊出 编发 编印 下发 发行 发出 出来 印 编 出炉".split())


def header_citation(n: int, b: Briefing) -> Citation:
    """The masthead (publication, issue, office, date) as the quote for an issue's label and date."""
    quote = " ".join(b.header) if b.header else (b.headline or b.source)
    return Citation(n=n, source=b.source, issue=b.issue, date=b.date, title=b.articles[0].title if b.articles else "",
                    quote=quote, context="\n".join(b.header))


def footer_citation(n: int, b: Briefing) -> Citation:
    """The footer's 印发 line as the quote for the date an issue was printed."""
    return Citation(n=n, source=b.source, issue=b.issue, date=b.date, title=b.articles[0].title if b.articles else "",
                    quote=b.printed_line, context=b.printed_line)


def lead_citation(n: int, e: Entry) -> Citation:
    """An article's first sentence, the quote for saying where it was printed."""
    b = e.briefing
    first = e.article.paragraphs[0] if e.article.paragraphs else e.title
    quote = (sentences(first) or [first])[0]
    return Citation(n=n, source=b.source, issue=b.issue, date=b.date, title=e.title, quote=quote, context=first)


def matching(intent: Intent, library: Library) -> list[Entry]:
    """Articles in scope about the asked places and topic words, newest first; a section the question
    names (有【重要新闻】栏目的是哪几期) keeps that section's articles."""
    pool = library.in_scope(intent.sources)
    if intent.places:
        pool = [e for e in pool if any(e.is_about(p) for p in intent.places)] or \
               [e for e in pool if any(e.mentions(p) for p in intent.places)]
    named = named_sections(intent, library)
    topic = intent.topic
    if _COUNTY_LEVEL_RE.search(intent.question):
        pool = [e for e in pool if any(p.level != "city" for p in e.places)]
        topic = tuple(t for t in topic if "县" not in t)
    if named:
        pool = [e for e in pool if e.article.section in named]
        topic = tuple(t for t in topic if t not in _SECTION_WORDS and not any(t in s for s in named))
    if not topic:
        return pool
    weights = weights_of(library)
    return [e for e in pool if max([weights.coverage(topic, e.title)] +
                                   [weights.coverage(topic, s) for s in sentences(e.article.text)]) >= LIST_COVERAGE]


def named_sections(intent: Intent, library: Library) -> set[str]:
    """The sections (【重要新闻】, 【地方动态】) the question names."""
    asked = without_annex_aside(intent.question)  # 除了附件有几篇: the annex set aside is no section asked for
    return {e.article.section for e in library.entries if e.article.section and e.article.section in asked}


def _where(library: Library, e: Entry) -> str:
    return library.describe(e.briefing) + f"《{e.title}》"


def list_places(intent: Intent, entries: Sequence[Entry], library: Library) -> tuple[str, list[Citation]]:
    counties = bool(_COUNTY_RE.search(intent.question))
    by_place: dict[str, list[Entry]] = {}
    for e in entries:
        for p in e.places:
            if counties and p.level == "city":
                continue
            if not counties and p.level != "city" and any(q.name == p.city for q in e.places):
                continue  # 泰州靖江市 is listed once, as 泰州（靖江）
            name = p.name if p.level == "city" or counties else f"{p.city}（{p.name}）"
            mine = by_place.setdefault(name, [])
            if not any(x is e for x in mine):  # 高邮市…高邮湖: two names in one title are one place, listed once
                mine.append(e)
    citations: list[Citation] = []
    items = []
    for name, mine in by_place.items():
        refs = []
        for e in mine:
            citations.append(title_citation(len(citations) + 1, e))
            refs.append(f"{_where(library, e)}[{len(citations)}]")
        items.append(f"{name}（{'；'.join(refs)}）")
    count = f"共{len(items)}个：" if PLACE_COUNT_RE.search(intent.question) else ""  # 写了几个城市: the count first
    return count + "；".join(items) + "。", citations


def list_issues(entries: Sequence[Entry], briefings: Sequence[Briefing], library: Library,
                filtered: bool) -> tuple[str, list[Citation]]:
    citations: list[Citation] = []
    items = []
    for b in briefings:
        mine = [e for e in entries if e.briefing.source == b.source]
        if filtered and not mine:
            continue
        if filtered:
            refs = []
            for e in mine:
                citations.append(title_citation(len(citations) + 1, e))
                refs.append(f"《{e.title}》[{len(citations)}]")
            items.append(f"{library.describe(b)}：{'、'.join(refs)}")
        else:
            citations.append(header_citation(len(citations) + 1, b))
            items.append(f"{library.describe(b)}[{len(citations)}]")
    return "；".join(items) + "。", citations


def list_articles(entries: Sequence[Entry], library: Library, counted: bool = False) -> tuple[str, list[Citation]]:
    citations: list[Citation] = []
    blocks = []
    for b in dict.fromkeys(e.briefing for e in entries):
        refs = []
        for e in (e for e in entries if e.briefing is b):
            citations.append(title_citation(len(citations) + 1, e))
            refs.append(f"《{e.title}》[{len(citations)}]")
        if counted:  # an annex (附件) is named apart, not counted as one more article
            listed, annexed = counted_refs(refs, [e.article.section for e in entries if e.briefing is b])
            blocks.append(f"{library.describe(b)}刊登了{listed}{annexed}。")
        else:
            blocks.append(f"{library.describe(b)}刊登了：{'；'.join(refs)}。")
    return "".join(blocks), citations


def compose_list(intent: Intent, library: Library) -> Draft:
    """Places, issues or articles in scope that match the asked place and topic, each cited."""
    if (asked_place := bool(POSITION_ASK_RE.search(intent.question))) and intent.places:
        intent = replace(intent, topic=())  # 扬州那篇排第几篇: the article is named by its place; 排第 is no topic
    elif asked_place:  # 安全生产月那条新闻排第几: named by its topic words, not by the asking ones (第几, 新闻)
        asking = "".join(POSITION_ASK_RE.findall(intent.question)) + "那条这条新闻文章报道"
        intent = replace(intent, topic=tuple(t for t in intent.topic if t not in asking))
    entries = matching(intent, library)
    if intent.asks == "articles" and intent.sources and article_ordinal(intent.question) is not None:
        entries = list(library.in_scope(intent.sources))  # 第一篇讲的哪个活动: counted among all the issue's articles
    if not entries:
        reason = absence_reason([*intent.places, *intent.names], intent.topic, library, intent.sources, intent.scope)
        return Draft(f"简报中未找到相关内容。{reason}", outcome="refusal")
    if asked_place:  # …by the article whose title names the campaign the question quotes (打非治违那篇), when any does
        entries = naming(entries, re.sub(r"\s+", "", intent.question), library)
    note = position_note(entries, library.entries) if asked_place else ""
    if SAME_ISSUE_RE.search(intent.question) and intent.places or asked_place:  # 滨海县那篇跟哪两个地方登在同一期:
        entries = issue_mates(entries[:1] if asked_place else entries, library.entries)  # that issue's articles,
        intent = replace(intent, places=())  # whatever place each is about
    if intent.asks == "places":
        text, citations = list_places(intent, entries, library)
    elif intent.asks == "issues":
        briefings = [b for b in library.briefings if intent.sources is None or b.source in intent.sources]
        text, citations = list_issues(entries, briefings, library, bool(intent.places or intent.topic))
        if _COUNT_ASKED_RE.search(intent.question):  # 一共几期: the count first, then each issue cited
            listed = [b for b in briefings if b.source in {c.source for c in citations}]  # 24年和26年各几期: each year's
            text = (grouped_count(intent.question, listed, "期") or f"共{len(listed)}期：") + text
    else:
        counted = bool(_COUNT_ASKED_RE.search(intent.question))
        text, citations = list_articles(entries, library, counted)
        if counted:  # 24年和25年各登了多少篇: each year's count first
            text = grouped_count(intent.question, [e.briefing for e in entries], "篇") + text
        text = (note or ordinal_note(intent.question, entries)) + text  # 头一篇讲的啥: the asked article first
    return Draft(text, citations=tuple(citations))


def _printed_answer(b: Briefing, which: str, label: str) -> Draft:
    """When an issue was printed: the footer's 印发 date, and the masthead date beside it when they differ."""
    said = f"{which}{label}于{cn_date(b.printed)}印发[1]"
    if not b.date or b.date == b.printed:
        return Draft(said + "。", citations=(footer_citation(1, b),))
    return Draft(f"{said}（刊头日期为{cn_date(b.date)}[2]）。", citations=(footer_citation(1, b), header_citation(2, b)))


def _date_answer(b: Briefing, which: str, question: str = "") -> Draft:
    label = f"{b.issue}简报" if b.issue else f"《{b.headline or b.source}》专刊"
    if b.printed and _PRINTING_RE.search(question):
        return _printed_answer(b, which, label)
    if not b.date:
        return Draft(f"简报中未找到{label}的印发日期：该期未注明日期[1]。", citations=(header_citation(1, b),),
                     outcome="refusal")
    if b.printed and b.printed != b.date:
        # 几号发的 / 哪天出的 may mean the masthead date or the printing: an issue printed on another day says both
        return Draft(f"{which}{label}，日期为{cn_date(b.date)}[1]，于{cn_date(b.printed)}印发[2]。",
                     citations=(header_citation(1, b), footer_citation(2, b)))
    return Draft(f"{which}{label}，日期为{cn_date(b.date)}[1]。", citations=(header_citation(1, b),))


def _dates_answer(briefings: Sequence[Briefing], library: Library) -> Draft:
    """The masthead date of each of several issues in scope, newest first, each cited."""
    ordered = sorted(briefings, key=lambda b: b.date or "", reverse=True)
    said = [f"{b.issue + '简报' if b.issue else library.describe(b)}" + (f"日期为{cn_date(b.date)}" if b.date else "未注明日期")
            + f"[{i}]" for i, b in enumerate(ordered, 1)]
    return Draft("；".join(said) + "。", citations=tuple(header_citation(i, b) for i, b in enumerate(ordered, 1)))


def _number_answer(b: Briefing) -> Draft:
    """第几期: the issue label from the masthead, or that an unnumbered special feature prints none."""
    if b.issue:
        return Draft(f"该期是{b.issue}简报[1]。", citations=(header_citation(1, b),))
    dated = f"，日期为{cn_date(b.date)}" if b.date else "，也未注明日期"
    return Draft(f"《{b.headline or b.source}》是一期专刊，未注明期号{dated}[1]。", citations=(header_citation(1, b),))


def _office_answer(briefings: Sequence[Briefing], library: Library) -> Draft:
    """Who issued each briefing in scope: the office line of its masthead, cited; or that it prints none."""
    said = [f"{library.describe(b)}由{who}[{i}]" if (who := issuer_phrase(b)) else f"{library.describe(b)}未注明编发单位[{i}]"
            for i, b in enumerate(briefings, 1)]
    return Draft("；".join(said) + "。", citations=tuple(header_citation(i, b) for i, b in enumerate(briefings, 1)))


def compose_metadata(intent: Intent, hits: Sequence[Hit], library: Library) -> Draft:
    """An issue's date or office, the latest issue, or the issue that carried an article."""
    scoped = [b for b in library.briefings if intent.sources is None or b.source in intent.sources]
    if intent.asks in ("date", "latest", "issue") and intent.topic:
        # 几号发的, 出刊日期, 哪天编发的: how people say an issue came out, not a topic of its articles
        intent = replace(intent, topic=tuple(t for t in intent.topic if t not in _ISSUING_WORDS))
    if intent.asks == "office":
        return _office_answer(scoped, library)
    if intent.asks == "date" and intent.sources is not None and len(scoped) > 1 and not intent.topic \
            and not intent.places and not intent.latest and not intent.scope.startswith("最早"):
        return _dates_answer(scoped, library)  # 25年14期和16期分别是哪天出的: each scoped issue's date
    if not intent.topic and not intent.places and (intent.asks in ("latest", "date") or len(scoped) == 1):
        dated = [b for b in scoped if b.date] or scoped
        earliest = intent.scope.startswith("最早")
        b = (min if earliest else max)(dated, key=lambda b: b.date or "")
        which = "最早一期是" if earliest else "最新一期是" if intent.latest or intent.asks == "latest" else ""
        if intent.asks == "issue" and not which:
            return _number_answer(b)
        said = _date_answer(b, which, intent.question)
        return replace(said, text=verdict(intent.question, b) + said.text)  # 最新一期是25年出的吗: 不是。…
    # 哪一期有重要新闻栏目: a section is part of each briefing's record, not a topic to search for.
    entries = matching(intent, library) if named_sections(intent, library) else target_entries(intent, hits, library)
    entries = naming(entries, re.sub(r"\s+", "", intent.question), library)  # 安全生产月那条: the title naming it
    if not entries:
        return Draft("简报中未找到相关内容。没有找到与所问内容相关的文章。", outcome="refusal")
    citations = [lead_citation(i, e) for i, e in enumerate(entries, 1)]
    said = [f"《{e.title}》刊登于{library.describe(e.briefing)}[{i}]" for i, e in enumerate(entries, 1)]
    if _PRINTING_RE.search(intent.question):  # 那篇文章是哪天印发的: the issue's footer date too
        seen: set[str] = set()
        for i, b in enumerate(e.briefing for e in entries):
            if b.printed and b.source not in seen:
                seen.add(b.source)
                citations.append(footer_citation(len(citations) + 1, b))
                said[i] += f"，该期于{cn_date(b.printed)}印发[{len(citations)}]"
    return Draft("；".join(said) + "。", citations=tuple(citations))


def compose_existence(intent: Intent, library: Library) -> Draft:
    """有/没有 for "is there anything about this place (or year) in the briefings"."""
    if intent.sources is not None and not intent.sources:
        return Draft(f"没有。索引中没有{intent.scope}的简报；目前索引的简报有：{indexed_list(library)}。")
    entries = matching(intent, library)
    if not entries:
        reason = absence_reason([*intent.places, *intent.names], intent.topic, library, intent.sources, intent.scope)
        carried = library.in_scope(intent.sources) if intent.sources else []
        if not carried:
            return Draft(f"没有。{reason}")
        # 25年14期有没有登无锡: a "no" within an issue is shown by what that issue did carry, each cited
        citations = [title_citation(i, e) for i, e in enumerate(carried, 1)]
        listed = "；".join(f"《{e.title}》[{i}]" for i, e in enumerate(carried, 1))
        return Draft(f"没有。{reason}{intent.scope}刊登的是：{listed}。", citations=tuple(citations))
    citations = [title_citation(i, e) for i, e in enumerate(entries, 1)]
    listed = "；".join(f"{_where(library, e)}[{i}]" for i, e in enumerate(entries, 1))
    return Draft(f"有。{listed}。", citations=tuple(citations))
