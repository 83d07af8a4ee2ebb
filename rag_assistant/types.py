"""Frozen dataclasses that flow through the pipeline: Briefing → Article → Chunk → Hit → Answer."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

from .text import issue_label


def content_id(*parts: str, length: int = 16) -> str:
    """Stable id derived from content: the same inputs always give the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class Article:
    """One article of a briefing: a title and its body paragraphs, verbatim after cleaning."""

    id: str
    source: str
    title: str
    section: str | None
    paragraphs: tuple[str, ...]
    position: int

    @property
    def text(self) -> str:
        """Body text; chunk offsets index into this string."""
        return "\n".join(self.paragraphs)


@dataclass(frozen=True)
class Briefing:
    """One parsed briefing file with its issue metadata and articles."""

    source: str
    publication: str | None
    year: int | None
    number: int | None
    date: str | None
    office: str | None
    headline: str | None
    articles: tuple[Article, ...]
    toc: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    content_hash: str = ""
    header: tuple[str, ...] = ()  # the masthead lines as printed (publication, issue, office, date)
    edition: str | None = None  # 特刊 / 专刊 / 增刊: a special issue, outside the numbered sequence

    @property
    def issue(self) -> str | None:
        return issue_label(self.year, self.number)

    @property
    def label(self) -> str:
        """Human label: the issue, else the special edition, else the headline, else the file name."""
        edition = f"{self.year or ''}{'年' if self.year else ''}{self.edition}" if self.edition else None
        return self.issue or edition or self.headline or self.source


@dataclass(frozen=True)
class Chunk:
    """A retrievable span of one article. ``text`` is ``article.text[start:end]``."""

    id: str
    source: str
    issue: str | None
    date: str | None
    title: str
    section: str | None
    article_id: str
    start: int
    end: int
    text: str

    @property
    def header(self) -> str:
        """Short context line so a chunk that starts with 二是… still says whose it is."""
        return f"{self.issue or ''} {self.title}".strip()

    @property
    def indexed_text(self) -> str:
        """What gets embedded and BM25-indexed."""
        return f"{self.header}\n{self.text}"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Chunk:
        return cls(**data)


@dataclass(frozen=True)
class Hit:
    """A chunk returned by retrieval, with its scores and ranks from each retriever."""

    chunk: Chunk
    score: float
    rank: int
    bm25_score: float | None = None
    bm25_rank: int | None = None
    dense_score: float | None = None
    dense_rank: int | None = None


@dataclass(frozen=True)
class Citation:
    """A numbered source of an answer; ``quote`` is verbatim from the briefing."""

    n: int
    source: str
    issue: str | None
    date: str | None
    title: str
    quote: str
    chunk_id: str = ""
    context: str = ""

    def to_dict(self) -> dict:
        return {
            "n": self.n,
            "source": self.source,
            "issue": self.issue,
            "date": self.date,
            "title": self.title,
            "quote": self.quote,
        }


@dataclass(frozen=True)
class Answer:
    """The result of one question: text with [n] markers, citations and verification."""

    question: str
    standalone_question: str
    answer: str
    refused: bool
    citations: tuple[Citation, ...]
    unsupported_numbers: tuple[str, ...] = ()
    invalid_markers: tuple[int, ...] = ()
    backend: str = "extractive"
    notice: str | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The public JSON contract (see README)."""
        return {
            "question": self.question,
            "standalone_question": self.standalone_question,
            "answer": self.answer,
            "refused": self.refused,
            "citations": [c.to_dict() for c in self.citations],
            "unsupported_numbers": list(self.unsupported_numbers),
            "backend": self.backend,
            "timings_ms": dict(self.timings_ms),
        }
