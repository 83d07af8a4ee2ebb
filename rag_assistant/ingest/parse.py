"""Raw briefing text → Briefing with Articles: furniture removal, masthead, TOC, page-break repair, boilerplate removal."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import fold_width, sentence_spans
from ..types import Article, Briefing, content_id
from .closing import Printed, printed_date, strip_closing_block
from .furniture import strip_furniture
from .gazetteer import find_places
from .masthead import OFFICE_RE, Masthead, nospace, parse_date, read_item
from .paragraphs import (
    ANNEX, BOILERPLATE_RE, ENUM_HEAD_RE, TITLE_BULLET_RE, TOC_RE, is_table_row, is_terminated, looks_like_title, section_name,
    split_paragraphs,
)
from .sidecar import read_sidecar
from .toc import match_toc as _match_toc, read_toc as _read_toc
from .webpage import strip_web_furniture
from .wechat import strip_wechat_furniture

# Re-exported: the parser's public helpers, wherever they live.
__all__ = ["is_terminated", "looks_like_title", "parse_briefing", "parse_date", "read_sidecar", "split_paragraphs",
           "split_sentences", "tidy_spacing"]

CITY_TITLE_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}[：:]\S")
MIN_DEDUP_SENTENCE = 12
EDITOR_NOTE_RE = re.compile(r"^\s*【?编者按】?\s*[：:】]")


def _read_front_matter(paragraphs: list[str]) -> tuple[Masthead, int, list[str]]:
    """Masthead lines at the top; returns them, the index of the first non-masthead paragraph, loose lines."""
    meta = Masthead()
    loose: list[str] = []
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        compact = nospace(p)
        if BOILERPLATE_RE.match(compact):
            pass
        elif OFFICE_RE.match(compact) and (i >= 8 or meta.office is not None):
            break  # an office name further down signs the closing block
        elif read_item(meta, p):
            pass
        elif TOC_RE.match(compact) or section_name(compact):
            break
        elif looks_like_title(p) and i + 1 < len(paragraphs):
            loose.append(p)
        else:
            break
        i += 1
    if meta.year is None and meta.date:
        meta.year = int(meta.date[:4])
    return meta, i, loose


def tidy_spacing(text: str) -> str:
    """Drop typesetting spaces between digits and CJK (`2025 年` → `2025年`)."""
    text = re.sub(r"(?<=[0-9])[ \u3000]+(?=[\u4e00-\u9fff％%])", "", text)
    return re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[0-9])", "", text)


def _clean_title(body_title: str, toc_title: str | None) -> str:
    """The body's wording with the TOC's spacing: layout wraps leave spaces the TOC does not have; a bullet
    before the title (◆, ■) is layout and goes, as the TOC reader drops it from the entries."""
    body_title = TITLE_BULLET_RE.sub("", body_title)
    if toc_title is None:
        return tidy_spacing(body_title)
    if nospace(body_title) == nospace(toc_title):
        return tidy_spacing(toc_title)
    if not re.search(r"\s", toc_title):
        return nospace(body_title)
    return tidy_spacing(body_title)


def _repair_page_breaks(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join a body paragraph cut by a page break with the body paragraph that follows it (a table's first row
    does not go on its caption)."""
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "body" and out and out[-1][0] == "body" and not is_terminated(out[-1][1]) and not is_table_row(text):
            out[-1] = ("body", out[-1][1] + text)
        else:
            out.append((kind, text))
    return out


def split_sentences(text: str) -> list[str]:
    """Sentences by text.py's one splitter, verbatim with their end punctuation: they rejoin to ``text``."""
    return [s for s in (text[a:b] for a, b in sentence_spans(text)) if s.strip()]


def _dedupe_sentences(paragraphs: list[str], seen: set[str]) -> list[str]:
    out = []
    for p in paragraphs:
        kept = []
        for s in split_sentences(p):
            key = nospace(s)
            if len(key) >= MIN_DEDUP_SENTENCE and key in seen:
                continue
            seen.add(key)
            kept.append(s)
        if kept:
            out.append("".join(kept))
    return out


def _classify(body: list[str], toc_titles: list[str], loose: list[str], whole: bool = False
              ) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """Body paragraphs as (kind, text) blocks — section, title, body — and the TOC entry each title matched;
    ``whole``: no page break cut the paragraphs, so an unfinished one is not joined with the next."""
    blocks: list[tuple[str, str]] = [("title", tidy_spacing(t)) for t in loose]
    toc_of: dict[str, int] = {}
    k = 0
    while k < len(body):
        p = body[k]
        name = section_name(nospace(p))
        nxt = body[k + 1] if k + 1 < len(body) else ""
        expected = next((j for j in range(len(toc_titles)) if j not in toc_of.values()), None)
        if name:
            blocks.append(("section", name))
        elif ENUM_HEAD_RE.match(p) and looks_like_title(p):
            blocks.append(("head", p))  # (一) 摸清底数: a point of the article, kept as its own paragraph
        elif looks_like_title(p) and (j := _match_toc(p, toc_titles, expected)) is not None:
            blocks.append(("title", _clean_title(p, toc_titles[j])))
            toc_of[blocks[-1][1]] = j
        elif (
            looks_like_title(p) and looks_like_title(nxt)
            and (j := _match_toc(p + nxt, toc_titles, expected)) is not None
        ):
            blocks.append(("title", _clean_title(p + nxt, toc_titles[j])))  # a title wrapped over two paragraphs
            toc_of[blocks[-1][1]] = j
            k += 1
        elif EDITOR_NOTE_RE.match(p):
            blocks.append(("note", p))  # 编者按：… introduces the article that follows it
        elif looks_like_title(p) and blocks and blocks[-1] == ("section", ANNEX):
            blocks.append(("title", _clean_title(p, None)))  # an annex's caption names it, even over a table
        elif looks_like_title(p) and nxt and not looks_like_title(nxt) and not is_table_row(nxt) and (
            not blocks or blocks[-1][0] != "body" or is_terminated(blocks[-1][1]) or CITY_TITLE_RE.match(p)
        ):
            # Once every TOC entry has its title, a further title-like line is a point's heading (a bold
            # sub-heading in a Word file), not an article the TOC forgot.
            blocks.append(("head" if toc_titles and expected is None else "title", _clean_title(p, None)))
        else:
            blocks.append(("body", p))
        k += 1
    return (blocks if whole else _repair_page_breaks(blocks)), toc_of


def _resolve_toc_conflicts(blocks: list[tuple[str, str]], toc_titles: list[str], toc_of: dict[str, int],
                           warnings: list[str]) -> list[tuple[str, str]]:
    """Warn about TOC entries without a body title; where they disagree, the place in Jiangsu names the article.

    The body's wording wins, except when the body title's Jiangsu places are a strict subset of the TOC's
    (TOC 淮安市, body 淮南市, a city of Anhui): then the title takes the TOC's wording, and the body text —
    which quotes cite — stays verbatim, so both spellings remain searchable."""
    for j, title in enumerate(toc_titles):
        if j not in toc_of.values():
            warnings.append(f"目录条目在正文中未找到：{title}")
    out = []
    for kind, text in blocks:
        j = toc_of.get(text) if kind == "title" else None
        if j is not None and nospace(toc_titles[j]) != nospace(text):
            toc_title = toc_titles[j]
            in_toc, in_body = set(find_places(toc_title)), set(find_places(text))
            lost = {p.name for p in in_toc - in_body}
            if in_body < in_toc:
                warnings.append(f"目录与正文标题不一致：目录「{toc_title}」，正文「{text}」；"
                                f"正文的地名不在江苏，标题按目录取{'、'.join(sorted(lost))}，正文原文照录")
                text = tidy_spacing(toc_title)
            else:
                warnings.append(f"目录与正文标题不一致，以正文为准：目录「{toc_title}」，正文「{text}」")
        out.append((kind, text))
    return out


def parse_briefing(
    text: str, source: str, meta: dict | None = None, content_hash: str = ""
) -> Briefing:
    """Parse one briefing's raw text into metadata and articles; ``meta`` (a sidecar) overrides."""
    # Full-width letters and digits are folded once the printed lines are joined (the joining measures a line's
    # display width, which a full-width １２３６ fills as an ideograph does).
    raw = [fold_width(p) for p in split_paragraphs(strip_furniture(strip_web_furniture(strip_wechat_furniture(text))))]
    printed = printed_date(raw)
    paragraphs = strip_closing_block(raw)
    front, i, loose = _read_front_matter(paragraphs)
    toc, i = _read_toc(paragraphs, i)
    toc_titles = [t for _, t in toc]
    warnings: list[str] = []
    headline = None
    if loose and front.number is None:
        headline = tidy_spacing(loose[-1])
        loose = loose[:-1] if len(loose) > 1 else []
    # A Word file's paragraphs come whole out of document.xml, a .doc's out of catdoc (a page break falls between
    # them, never inside one); a short unfinished line there is a line of its own, e.g. a text box's caption.
    whole = source.lower().endswith((".docx", ".doc"))
    blocks, toc_of = _classify(paragraphs[i:], toc_titles, loose, whole=whole)
    blocks = _resolve_toc_conflicts(blocks, toc_titles, toc_of, warnings)
    articles = _build_articles(blocks, source, headline, warnings)
    briefing = _briefing(source, front, meta or {}, headline, articles, toc_titles, warnings, content_hash)
    return _with_printed(briefing, printed)


def _with_printed(briefing: Briefing, printed: Printed | None) -> Briefing:
    """The briefing with its footer's 印发 date (kept apart from the masthead date, which may differ)."""
    if printed is None:
        return briefing
    return replace(briefing, printed=printed.date, printed_line=printed.line)


def _briefing(source: str, front: Masthead, overrides: dict, headline: str | None, articles: list[Article],
              toc_titles: list[str], warnings: list[str], content_hash: str) -> Briefing:
    """The Briefing from masthead and articles, the sidecar's values overriding the masthead's."""
    year = overrides.get("year", front.year)
    date = overrides.get("date", front.date)
    if date is not None:
        date = str(date)
        if year is None:
            year = int(date[:4])
    if front.number is None and front.edition is None and "number" not in overrides:
        warnings.append("未识别到期号（第N期）；可在旁边放置 .meta.toml 文件补充")
    if date is None:
        warnings.append("未识别到日期；可在旁边放置 .meta.toml 文件补充")
    if not articles:
        warnings.append("未识别到任何文章")
    return Briefing(
        source=source,
        publication=overrides.get("publication", front.publication),
        year=int(year) if year is not None else None,
        number=int(overrides["number"]) if overrides.get("number") is not None else front.number,
        date=date,
        office=overrides.get("office", front.office),
        headline=overrides.get("headline", headline),
        articles=tuple(articles),
        toc=tuple(toc_titles),
        warnings=tuple(warnings),
        content_hash=content_hash,
        header=tuple(front.header),
        edition=front.edition,
    )


def _build_articles(
    blocks: list[tuple[str, str]], source: str, headline: str | None, warnings: list[str]
) -> list[Article]:
    articles: list[Article] = []
    section: str | None = None
    title: str | None = None
    paras: list[str] = []
    seen: set[str] = set()

    def flush() -> None:
        kept = _dedupe_sentences(paras, seen)
        if sum(map(len, kept)) < sum(map(len, paras)):
            warnings.append(f"「{title or headline}」中有与前文重复的句子，只索引一次")
        if kept:
            t = title or headline or "（无标题）"
            articles.append(Article(
                id=content_id(source, str(len(articles)), t),
                source=source, title=t, section=section,
                paragraphs=tuple(kept), position=len(articles),
            ))

    notes: list[str] = []  # an editor's note waiting for the article it introduces
    for kind, text in blocks:
        if kind == "section":
            flush()
            section, title, paras = text, None, []
        elif kind == "note":
            notes.append(text)
        elif kind == "title":
            if paras:
                flush()
            paras, notes = notes, []
            title = text
        else:  # body, or a point's heading ("head")
            paras.extend([*notes, text])
            notes = []
    paras.extend(notes)
    flush()
    return articles

