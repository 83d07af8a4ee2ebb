"""Raw briefing text → Briefing with Articles: metadata, TOC, page-break repair, boilerplate removal."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from ..types import Article, Briefing, content_id
from .sidecar import read_sidecar  # noqa: F401 - moved to sidecar.py; callers still import it from here

SECTION_RE = re.compile(r"^【\s*([^】]{2,12})\s*】$")
ISSUE_RE = re.compile(r"^(?:(\d{4})\s*年\s*)?第\s*(\d{1,3})\s*期$")
DATE_RE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
TOC_RE = re.compile(r"^内\s*容\s*要\s*目$")
OFFICE_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}(办公室|厅|局|委员会|中心)$")
PUBLICATION_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}(简报|快报|专报|通讯)$")
BOILERPLATE_RE = re.compile(r"^(注意保存|内部资料|机密|秘密)$")
DISTRIBUTION_RE = re.compile(r"^(抄送|抄报|报|送|发)\s*[：:]")
DISTRIBUTION_LIST_RE = re.compile(r"办公厅|安委会|安委办|市委、市政府|省长|书记|成员单位|国务院")
PRINTED_RE = re.compile(r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$|登记证)")
CITY_TITLE_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}[：:]\S")
MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
# A body paragraph that ends with one of these is complete; anything else was cut by a page break.
TERMINAL = "。！？；…”』」）)!?;:："
SENTENCE_RE = re.compile(r"[^。！？；]*[。！？；]+[”」』）]*|[^。！？；]+$")
MAX_TITLE_CHARS = 48
MIN_DEDUP_SENTENCE = 12


@dataclass
class _Meta:
    publication: str | None = None
    year: int | None = None
    number: int | None = None
    date: str | None = None
    office: str | None = None
    headline: str | None = None
    header: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def nospace(text: str) -> str:
    """Text with all whitespace removed, for comparisons that ignore layout."""
    return re.sub(r"\s+", "", text)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines; wrapped lines inside one paragraph are joined.

    Files that separate paragraphs by single newlines (few blank lines) are read line by line."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n[ \t\u3000]*\n", text)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) >= 4 and len([b for b in blocks if b.strip()]) * 3 < len(lines):
        blocks = lines
    paragraphs = []
    for block in blocks:
        parts = [MD_HEADING_RE.sub("", ln.strip(" \t\u3000")) for ln in block.split("\n")]
        parts = [ln for ln in parts if ln]
        if parts:
            paragraphs.append(_join_lines(parts))
    return paragraphs


def _join_lines(lines: list[str]) -> str:
    # Lines of one paragraph: CJK text joins without a gap, titles wrapped for layout get one space.
    if all(len(ln) <= MAX_TITLE_CHARS and not ln.endswith(tuple("。！？；")) for ln in lines) and len(lines) > 1:
        return " ".join(lines)
    return "".join(lines)


def is_terminated(paragraph: str) -> bool:
    """Whether a body paragraph ends like a finished sentence."""
    return paragraph.endswith(tuple(TERMINAL))


def looks_like_title(paragraph: str) -> bool:
    """Short, no sentence punctuation: the shape of a headline or article title."""
    return (
        4 <= len(paragraph) <= MAX_TITLE_CHARS
        and not re.search(r"[。！？；]", paragraph)
        and not paragraph.endswith(("，", "、", "：", ":"))
    )


def parse_date(text: str) -> str | None:
    """`2025 年 5 月 30 日` → `2025-05-30`; None when it is not a valid date."""
    m = DATE_RE.match(text.strip())
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _read_front_matter(paragraphs: list[str]) -> tuple[_Meta, int, list[str]]:
    """Metadata lines at the top; returns meta, index of the first non-metadata paragraph, loose lines."""
    meta = _Meta()
    loose: list[str] = []
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        compact = nospace(p)
        if BOILERPLATE_RE.match(compact):
            pass
        elif meta.publication is None and PUBLICATION_RE.match(compact):
            meta.publication = compact
            meta.header.append(p)
        elif meta.number is None and (m := ISSUE_RE.match(p)):
            meta.number = int(m.group(2))
            if m.group(1):
                meta.year = int(m.group(1))
            meta.header.append(p)
        elif meta.date is None and (iso := parse_date(p)):
            meta.date = iso
            meta.header.append(p)
        elif meta.office is None and OFFICE_RE.match(compact) and i < 8:
            meta.office = compact
            meta.header.append(p)
        elif TOC_RE.match(compact) or SECTION_RE.match(compact):
            break
        elif looks_like_title(p) and i + 1 < len(paragraphs):
            loose.append(p)
        else:
            break
        i += 1
    if meta.year is None and meta.date:
        meta.year = int(meta.date[:4])
    return meta, i, loose


def _read_toc(paragraphs: list[str], start: int) -> tuple[list[tuple[str | None, str]], int]:
    """TOC entries (section, title) after 内容要目; returns them and where the body starts."""
    if start >= len(paragraphs) or not TOC_RE.match(nospace(paragraphs[start])):
        return [], start
    entries: list[tuple[str | None, str]] = []
    seen_sections: set[str] = set()
    section = None
    i = start + 1
    while i < len(paragraphs):
        p = paragraphs[i]
        m = SECTION_RE.match(nospace(p))
        if m:
            if m.group(1) in seen_sections:
                break  # the body repeats the first section marker
            seen_sections.add(m.group(1))
            section = m.group(1)
        elif looks_like_title(p):
            entries.append((section, p))
        else:
            break  # body text without a repeated marker
        i += 1
    return entries, i


def _is_distribution_line(paragraph: str) -> bool:
    """A line of the closing block: 抄送/报/送 lists, office, 印发 date, 登记证."""
    return bool(
        DISTRIBUTION_RE.match(paragraph) or (len(paragraph) <= 60 and PRINTED_RE.search(paragraph))
        or OFFICE_RE.match(nospace(paragraph))
        or (len(paragraph) < 100 and DISTRIBUTION_LIST_RE.search(paragraph) and "，" not in paragraph[:4]
            and not re.search(r"[0-9]", paragraph))
    )


def _strip_distribution(paragraphs: list[str]) -> list[str]:
    """Drop the trailing distribution block (抄送/报/送, office, 印发, 登记证) and stray boilerplate lines."""
    cut = len(paragraphs)
    while cut > 0 and _is_distribution_line(paragraphs[cut - 1]):
        cut -= 1
    block = paragraphs[cut:]
    if not any(DISTRIBUTION_RE.match(p) or PRINTED_RE.search(p) for p in block):
        cut = len(paragraphs)  # a trailing office name alone is not a distribution block
    return [p for p in paragraphs[:cut]
            if not BOILERPLATE_RE.match(nospace(p)) and not (len(p) <= 60 and PRINTED_RE.search(p))]


def _match_toc(candidate: str, toc_titles: list[str]) -> int | None:
    """Index of the TOC title this paragraph matches (layout and small wording differences allowed)."""
    key = nospace(candidate)
    best, best_ratio = None, 0.0
    for j, title in enumerate(toc_titles):
        ratio = difflib.SequenceMatcher(None, key, nospace(title)).ratio()
        if ratio > best_ratio:
            best, best_ratio = j, ratio
    return best if best_ratio >= 0.85 else None


def tidy_spacing(text: str) -> str:
    """Drop typesetting spaces between digits and CJK (`2025 年` → `2025年`)."""
    text = re.sub(r"(?<=[0-9])[ \u3000]+(?=[\u4e00-\u9fff％%])", "", text)
    return re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[0-9])", "", text)


def _clean_title(body_title: str, toc_title: str | None) -> str:
    """The body's wording with the TOC's spacing: layout wraps leave spaces the TOC does not have."""
    if toc_title is None:
        return tidy_spacing(body_title)
    if nospace(body_title) == nospace(toc_title):
        return tidy_spacing(toc_title)
    if not re.search(r"\s", toc_title):
        return nospace(body_title)
    return tidy_spacing(body_title)


def _repair_page_breaks(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join a body paragraph cut by a page break with the body paragraph that follows it."""
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "body" and out and out[-1][0] == "body" and not is_terminated(out[-1][1]):
            out[-1] = ("body", out[-1][1] + text)
        else:
            out.append((kind, text))
    return out


def split_sentences(text: str) -> list[str]:
    """Chinese sentences, each keeping its end punctuation (。！？；) and closing quote."""
    return [s for s in SENTENCE_RE.findall(text) if s.strip()]


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


def parse_briefing(
    text: str, source: str, meta: dict | None = None, content_hash: str = ""
) -> Briefing:
    """Parse one briefing's raw text into metadata and articles; ``meta`` (a sidecar) overrides."""
    paragraphs = _strip_distribution(split_paragraphs(text))
    front, i, loose = _read_front_matter(paragraphs)
    toc, i = _read_toc(paragraphs, i)
    toc_titles = [t for _, t in toc]
    warnings = list(front.warnings)
    headline = None
    if loose and front.number is None:
        headline = tidy_spacing(loose[-1])
        loose = loose[:-1] if len(loose) > 1 else []

    # Classify the body paragraphs: section markers, titles, body text.
    body = paragraphs[i:]
    blocks: list[tuple[str, str]] = [("title", tidy_spacing(t)) for t in loose]
    used_toc: set[int] = set()
    k = 0
    while k < len(body):
        p = body[k]
        m = SECTION_RE.match(nospace(p))
        nxt = body[k + 1] if k + 1 < len(body) else ""
        if m:
            blocks.append(("section", m.group(1)))
        elif looks_like_title(p) and (j := _match_toc(p, toc_titles)) is not None:
            used_toc.add(j)
            blocks.append(("title", _clean_title(p, toc_titles[j])))
        elif (
            looks_like_title(p) and looks_like_title(nxt)
            and (j := _match_toc(p + nxt, toc_titles)) is not None
        ):
            used_toc.add(j)  # a title wrapped over two paragraphs
            blocks.append(("title", _clean_title(p + nxt, toc_titles[j])))
            k += 1
        elif looks_like_title(p) and nxt and not looks_like_title(nxt) and (
            not blocks or blocks[-1][0] != "body" or is_terminated(blocks[-1][1]) or CITY_TITLE_RE.match(p)
        ):
            blocks.append(("title", tidy_spacing(p)))
        else:
            blocks.append(("body", p))
        k += 1
    blocks = _repair_page_breaks(blocks)

    for j, title in enumerate(toc_titles):
        if j not in used_toc:
            warnings.append(f"目录条目在正文中未找到：{title}")
    for (_, title), j in ((b, _match_toc(b[1], toc_titles)) for b in blocks if b[0] == "title"):
        if j is not None and nospace(toc_titles[j]) != nospace(title):
            warnings.append(f"目录与正文标题不一致，以正文为准：目录「{toc_titles[j]}」，正文「{title}」")

    articles = _build_articles(blocks, source, headline, warnings)
    overrides = meta or {}
    year = overrides.get("year", front.year)
    date = overrides.get("date", front.date)
    if date is not None:
        date = str(date)
        if year is None:
            year = int(date[:4])
    if front.number is None and "number" not in overrides:
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

    for kind, text in blocks:
        if kind == "section":
            flush()
            section, title, paras = text, None, []
        elif kind == "title":
            if paras:
                flush()
                paras = []
            title = text
        else:
            paras.append(text)
    flush()
    return articles

