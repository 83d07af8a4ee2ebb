"""The indexed briefings as answers need them: articles newest first, the places each is about, its chunks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Sequence

from ..index.store import Store
from ..ingest.gazetteer import Place, find_places, is_elsewhere
from ..text import cn_date, source_label
from ..types import Article, Briefing, Chunk

_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class Entry:
    """One article with its briefing, the places its title (or table-of-contents line) names, and its chunks."""

    article: Article
    briefing: Briefing
    places: tuple[Place, ...]
    chunks: tuple[Chunk, ...]  # in text order

    @property
    def title(self) -> str:
        return self.article.title

    def is_about(self, place: str) -> bool:
        """Whether the article is about ``place``: named in its title, or a county of that city is."""
        return any(place in (p.name, p.full, p.city, *p.aliases) for p in self.places)

    def mentions(self, place: str) -> bool:
        """Whether the title or the text names ``place`` at all."""
        return self.is_about(place) or place in self.article.text

    def chunk_at(self, offset: int) -> Chunk | None:
        """The chunk holding the article offset ``offset`` (the later one where two overlap)."""
        holding = [c for c in self.chunks if c.start <= offset < c.end]
        return holding[0] if holding else (self.chunks[-1] if self.chunks else None)


def newest_first(briefings: Sequence[Briefing]) -> list[Briefing]:
    """Briefings by date, newest first; undated ones last."""
    return sorted(briefings, key=lambda b: b.date or "", reverse=True)


def _squash(text: str) -> str:
    return _SPACE_RE.sub("", text)


def _toc_line(article: Article, toc: Sequence[str]) -> str | None:
    """The table-of-contents line printed for ``article`` when it differs from the title (淮安市… vs 淮南市…)."""
    title = _squash(article.title)
    best, overlap = None, 0.0
    for line in toc:
        line = _squash(re.sub(r"[…\.·]{2,}.*$", "", line))
        shared = sum(1 for a, b in zip(line, title) if a == b) / max(len(line), len(title), 1)
        if shared > overlap:
            best, overlap = line, shared
    return best if best and best != title and overlap >= 0.6 else None


# A city printed in full (淮南市): two or three characters and 市.
_CITY_RE = re.compile(r"[\u4e00-\u9fff]{2,3}市")


def _misprinted(entry: Entry) -> dict[str, Place]:
    """Spellings of the article's own city that its text misprints as a city outside Jiangsu one character off
    (the 淮安市 article's text says 淮南市应急局…, 淮南 being a city of Anhui): 淮南市 and 淮南 are 淮安 there.

    Why: a reader who follows the article's text asks about 淮南 (那淮南呢) and was told the briefings hold
    nothing on it, though the one article that prints the name is the answer. Only a name outside Jiangsu, of
    the same length as a city the title names and differing from it in one character, is read so."""
    out: dict[str, Place] = {}
    cities = [p for p in entry.places if p.level == "city"]
    if not cities:
        return out
    for form in dict.fromkeys(_CITY_RE.findall(entry.article.text)):
        if not is_elsewhere(form):
            continue
        for p in cities:
            if len(form) == len(p.full) and sum(a != b for a, b in zip(form, p.full)) == 1:
                out[form] = p
                out[form[:-1]] = p
    return out


class Library:
    """Read-only view of a Store for answering: built once per index, shared between threads."""

    def __init__(self, store: Store):
        self.store = store
        self.briefings: tuple[Briefing, ...] = tuple(newest_first(store.briefings))
        by_article: dict[str, list[Chunk]] = {}
        for chunk in store.chunks:
            by_article.setdefault(chunk.article_id, []).append(chunk)
        self._chunks = {k: tuple(sorted(v, key=lambda c: c.start)) for k, v in by_article.items()}
        labels = [b.issue for b in self.briefings if b.issue]
        self.shared_labels = frozenset(x for x in labels if labels.count(x) > 1)

    @cached_property
    def entries(self) -> tuple[Entry, ...]:
        """Every article, newest briefing first, in printed order within a briefing."""
        out = []
        for b in self.briefings:
            for a in b.articles:
                places = find_places(a.title)
                toc = _toc_line(a, b.toc)
                if toc:
                    places += tuple(p for p in find_places(toc) if p not in places)
                out.append(Entry(a, b, places, self._chunks.get(a.id, ())))
        return tuple(out)

    @cached_property
    def corpus(self) -> str:
        """Every chunk's text, lower-cased and without spaces: what the briefings say anywhere (domain.py)."""
        return "\n".join(re.sub(r"\s+", "", c.text.lower()) for c in self.store.chunks)

    @cached_property
    def by_article(self) -> dict[str, Entry]:
        return {e.article.id: e for e in self.entries}

    @cached_property
    def title_places(self) -> dict[str, Place]:
        """Every spelling of every place an article title names (滨海, 滨海县, 盐城市滨海县 → 滨海)."""
        forms: dict[str, Place] = {}
        for e in self.entries:
            for p in e.places:
                for form in (p.name, p.full, *p.aliases):
                    forms.setdefault(form, p)
        for e in self.entries:
            for form, p in _misprinted(e).items():
                forms.setdefault(form, p)
        return forms

    @cached_property
    def misprints(self) -> dict[str, str]:
        """Misprinted spellings of a place some article's text prints (淮南市, 淮南) → the place's name (淮安)."""
        return {form: p.name for e in self.entries for form, p in _misprinted(e).items()}

    def unmisprinted(self, text: str) -> str:
        """``text`` with a misprinted place spelling the briefings print (那淮南呢) as the place's name (那淮安呢).
        A spelling quoted with the words the text prints after it (淮南市应急局印发的) is the text's own phrase,
        a claim to check against the text as printed, and stays."""
        for form, name in sorted(self.misprints.items(), key=lambda kv: -len(kv[0])):
            if form in text and name not in text:
                text = re.sub(re.escape(form) + "(?=(..)?)", lambda m: m.group(0) if m.group(1) and
                              (m.group(0) + m.group(1)) in self.corpus else name, text)
        return text

    def entry_of(self, chunk: Chunk) -> Entry | None:
        return self.by_article.get(chunk.article_id)

    def in_scope(self, sources: Sequence[str] | None) -> list[Entry]:
        """Entries of the briefings in ``sources`` (all when None)."""
        return [e for e in self.entries if sources is None or e.briefing.source in sources]

    def about(self, place: str, sources: Sequence[str] | None = None) -> list[Entry]:
        """Articles about ``place`` (title or TOC line), newest first."""
        return [e for e in self.in_scope(sources) if e.is_about(place)]

    def mentioning(self, place: str, sources: Sequence[str] | None = None) -> list[Entry]:
        """Articles whose title or text names ``place`` at all."""
        return [e for e in self.in_scope(sources) if e.mentions(place)]

    def briefing(self, source: str) -> Briefing | None:
        return next((b for b in self.briefings if b.source == source), None)

    def label(self, source: str, issue: str | None, date: str | None) -> str:
        """How an answer names a briefing; with the file name when another file claims the same issue."""
        label = source_label(issue, date)
        return f"{label}（文件 {source}）" if issue in self.shared_labels else label

    def describe(self, b: Briefing) -> str:
        """``2025年第14期（2025年5月30日）``, or the headline of an unnumbered special feature."""
        name = b.issue or f"《{b.headline or b.source}》专刊"
        date = f"（{cn_date(b.date)}）" if b.date else ""
        dup = f"（文件 {b.source}）" if b.issue in self.shared_labels else ""
        return f"{name}{date}{dup}"
