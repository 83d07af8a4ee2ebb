"""Answers about the briefings themselves (dates, contents, latest issue, which issue) from parsed metadata."""

from __future__ import annotations

import re
from typing import Sequence

from ..text import cn_date
from ..types import Briefing, Citation
from .retrieve import Query, Retriever

DATE_Q_RE = re.compile(r"哪天|哪一天|什么时候|何时|日期|几月几日|哪年哪月|印发时间|发布时间|出版时间")
ARTICLES_Q_RE = re.compile(r"哪些文章|什么文章|几篇|多少篇|哪几个地方|哪些地方|哪些地市|哪些城市|刊登|刊发|刊载|报道了(什么|哪些)|主要内容|哪些内容|讲了什么|说了什么|内容是什么|目录|要目|有什么内容|报道什么|有哪些报道")
WHICH_ISSUE_RE = re.compile(r"哪一期|第几期|哪期|是哪期")
LIST_Q_RE = re.compile(r"有哪些简报|几期简报|多少期简报|哪些期|收录了哪些|索引了哪些")
PUBLICATION_RE = re.compile(r"简报|哪一?期|第几期|刊登|刊发|刊载|登在|印发|出版|报道")


def metadata_answer(query: Query, question: str, briefings: Sequence[Briefing], retriever: Retriever) -> tuple[str, list[Citation]] | None:
    """Answers about the briefings themselves (dates, contents, latest issue) from parsed metadata."""
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
        hits = retriever.search(query, k=1)
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


