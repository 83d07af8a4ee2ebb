"""Frozen dataclasses that flow through the pipeline: Briefing → Article → Chunk → Hit → Answer, and the
answer stage's step results: Intent (with its Parts) → Finding → Decision → Draft."""

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
    printed: str | None = None  # the footer's 印发 date (ISO); the masthead ``date`` may be days earlier
    printed_line: str = ""  # the footer line that states it, as printed (the quote for a 印发 answer)

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


# ---------------------------------------------------------------- the answer stage's step results

# What an Intent's kind promises the user: the answer form compose.py builds for it.
INTENT_KINDS = ("figure", "open", "compare", "list", "when", "yesno", "metadata", "fact")


@dataclass(frozen=True)
class Standalone:
    """A question made independent of the conversation: its text and what it took from earlier turns."""

    text: str
    context: tuple[str, ...] = ()  # content words of earlier turns, for ranking
    carried: tuple[str, ...] = ()  # slots filled from earlier turns: place, scope, topic, measure, qualifier
    more: int = 0  # how many 还有呢 in a row ask for more of this question's answer (more_asked.py)
    gap: str = ""  # the issue a step (上一期) went to is not the very next one: the note saying so (adjacent_issue.py)


@dataclass(frozen=True)
class Part:
    """One thing a question asks for: a figure of a unit class, a date, or a statement to confirm."""

    text: str  # the words of the question this part covers
    terms: tuple[str, ...]  # its content words
    focus: tuple[str, ...] = ()  # words that tell it from the question's other parts (化工 vs 医药)
    measure: str = ""  # the counted thing, next to the question word (多少家化工企业 → 化工企业)
    unit: str = ""  # the unit word asked (家, 名, 元), "" when none
    unit_class: str = ""  # units.UNIT_CLASSES key: count, people, money, ratio, date, …
    qualifiers: tuple[str, ...] = ()  # 已 / 拟, 累计 / 新增, 同比: kept apart in the answer
    periods: tuple[str, ...] = ()  # periods inside a year the figure must be of: 上半年, 去年, 3月
    place: str | None = None  # a place of its own (compare: 南通 vs 无锡)
    year: int | None = None  # a briefing year of its own (2025年和2026年各是多少)
    number: int | None = None  # an issue number of its own (…的人数，和第16期…的人次，哪个多)
    special: bool = False  # a special issue of its own (专刊里写的…，和26年简报里的…): an unnumbered briefing
    scale: str = ""  # 万 / 亿 when the question word asks a figure that large (多少万元, 几个亿), "" otherwise

    def to_dict(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class Intent:
    """What a (standalone) question asks, so each later step and a wrong answer can be traced to it."""

    kind: str  # one of INTENT_KINDS
    question: str  # the standalone question the intent was read from
    places: tuple[str, ...] = ()  # Jiangsu places, as users name them (南通, 滨海)
    names: tuple[str, ...] = ()  # other names asked about: organisations (盛虹集团), places outside Jiangsu
    year: int | None = None
    number: int | None = None
    latest: bool = False
    headline: str | None = None  # a special feature named by its headline
    sources: tuple[str, ...] | None = None  # briefings in scope; None: every briefing
    scope: str = ""  # how the answer names an active scope: 最新一期 2026年第13期
    scope_problem: str = ""  # an issue or year the question names but the index cannot resolve
    topic: tuple[str, ...] = ()  # content words (places, scope and question words removed)
    context: tuple[str, ...] = ()  # words carried from earlier turns, for ranking only
    parts: tuple[Part, ...] = ()
    asks: str = ""  # list: places | issues | articles; metadata: date | issue | latest; open: which | pointN | effect
    carried: tuple[str, ...] = ()  # slots taken from earlier turns: place, scope, topic, measure

    def to_dict(self) -> dict:
        """The intent as plain JSON types (the ``understood`` field of an answer)."""
        data = {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(self).items()}
        data["parts"] = [p.to_dict() for p in self.parts]
        return data


@dataclass(frozen=True)
class Finding:
    """The best evidence for one part of an intent: a sentence of a source chunk and, when a figure
    was asked, the clause holding it."""

    part: int  # index into Intent.parts
    source: int  # index into the candidate sources (Hits)
    sentence: str  # verbatim
    clause: str  # the verbatim words to show (the figure's clause, or the sentence)
    figure: str | None  # the figure's surface form, when one answers the part
    score: float
    coverage: float  # share of the part's term weight found in the sentence and its title
    unit: str = ""  # the figure's unit, also when a bare table cell takes it from its column header (排查隐患（处）)


@dataclass(frozen=True)
class Evidence:
    """What the candidate chunks say to an intent: the findings per part, and the sentence most about
    the question's topic (what a partial answer quotes when no part is answered)."""

    sources: tuple[Hit, ...]
    findings: tuple[Finding, ...] = ()
    related: Finding | None = None


@dataclass(frozen=True)
class Decision:
    """Answer, partial answer or refusal, with a reason that is true of the index."""

    outcome: str  # "answer" | "partial" | "refuse"
    reason: str = ""  # Chinese, shown to the user for partial answers and refusals
    findings: tuple[Finding, ...] = ()
    missing: tuple[int, ...] = ()  # parts nothing answers


@dataclass(frozen=True)
class Draft:
    """Composed answer text with [n] markers into ``sources``, or with ready ``citations``."""

    text: str
    sources: tuple[Hit, ...] = ()
    citations: tuple[Citation, ...] | None = None  # set when the answer cites metadata, not chunks
    outcome: str = "answer"  # "answer" | "partial" (the asked measure is missing) | "refusal"

    @property
    def refused(self) -> bool:
        return self.outcome != "answer"


@dataclass(frozen=True)
class ClaimCheck:
    """One claim of an answer (a clause with its [n]) and whether its own citations support its figures."""

    text: str
    n: tuple[int, ...]  # the citation numbers that cover it
    figures: tuple[str, ...]  # its figures as written (dates restating the cited issue excluded)
    status: str  # "supported" | "unsupported" | "unverifiable" (no figure to check)
    reason: str = ""  # Chinese, why it is unsupported

    def to_dict(self) -> dict:
        return {"text": self.text, "n": list(self.n), "figures": list(self.figures), "status": self.status,
                "reason": self.reason}


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
    understood: Intent | None = None
    claims: tuple[ClaimCheck, ...] = ()

    def to_dict(self) -> dict:
        """The public JSON contract (see README)."""
        return {
            "question": self.question,
            "standalone_question": self.standalone_question,
            "answer": self.answer,
            "refused": self.refused,
            "citations": [c.to_dict() for c in self.citations],
            "unsupported_numbers": list(self.unsupported_numbers),
            "invalid_markers": list(self.invalid_markers),
            "claims": [c.to_dict() for c in self.claims],
            "notice": self.notice,
            "backend": self.backend,
            "timings_ms": dict(self.timings_ms),
            "understood": self.understood.to_dict() if self.understood else None,
        }
