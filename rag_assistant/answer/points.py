"""An article's own key points: its top-level enumeration (一是…, （一）…, 首先…), else its key sentences."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..numbers import counted_figures
from ..text import sentence_spans
from ..types import Article
from .lexicon import PLAN_LEAD_RE
from .pair_heads import pair_heads
from .table_rows import body_rows
from .enumeration import ACTION, STOP, point_ends, statistics, strip_span, top_run


@dataclass(frozen=True)
class Point:
    """One point of an article; ``text == article.text[start:end]`` and ``lead``/``figure`` are substrings of it."""

    lead: str
    text: str
    start: int
    end: int
    marker: str
    figure: str | None
    name: str | None = None  # the clause that names the point's own mechanism (创新开展…“两月一主题”类比排查工作)
    lead_phrase: bool = False  # enumerated by a lead phrase alone (强整治。建队伍。): no marker, still a point

    @property
    def marked(self) -> bool:
        """Whether the point is one of the article's enumerated points (by a marker or a lead phrase)."""
        return bool(self.marker) or self.lead_phrase


_CLAUSE = re.compile(r"[^，,；;。！？!?：:\n]+")
LEAD_CHARS = 40
KEY_SENTENCE_LEAD_CHARS = 60
# Framing clauses open a sentence but say why, when or who said, not what was done: a purpose or basis
# (为…, 针对…, 在…基础上), a short time or connective (今年以来, 截至目前, 2022年初, 同时), a report (会议指出).
_PURPOSE = re.compile(r"^(?:为|按照|根据|依据|随着|针对)|^在.{1,24}(?:上|中|下|时|后|方面)$")
_TIME = re.compile(r"^(?:近年来|今年以来|目前|当前|同时|此外|与此同时|下一步|截至|[0-9０-９]{1,4}\s*[年月日])")
_REPORTED = re.compile(r"(?:指出|强调|要求|表示|提出)$")
_CUMULATIVE = re.compile("累计|合计|总计|共")


def _is_framing(clause: str) -> bool:
    return bool((_PURPOSE.match(clause) and not statistics(clause)) or (_TIME.match(clause) and len(clause) <= 10)
                or _REPORTED.search(clause))


def _lead_span(text: str, start: int, end: int, key_sentence: bool = False) -> tuple[int, int]:
    """The lead: a point's short first sentence (高位推动强部署，构建三级联动体系) or else its first clause
    (two when the first is short); a key sentence's whole statement when short, past its framing clauses."""
    stop = STOP.search(text, start, end)
    clauses = [m.span() for m in _CLAUSE.finditer(text, start, stop.start() if stop else end) if m.group().strip()]
    while len(clauses) > 1 and _is_framing(text[slice(*clauses[0])].strip()):
        clauses = clauses[1:]
    if not clauses:
        return start, start
    a, b = clauses[0][0], clauses[-1][1]
    limit, most = (KEY_SENTENCE_LEAD_CHARS, len(clauses)) if key_sentence else (LEAD_CHARS, 2)
    if b - a > limit or len(clauses) > most:
        b = clauses[0][1]
        if b - a < 6 and len(clauses) > 1 and clauses[1][1] - a <= limit:
            b = clauses[1][1]
    return strip_span(text, a, b)


def _figure_clause(text: str) -> str | None:
    """The clause holding the point's most informative figure: a cumulative total first, then the largest."""
    clauses = list(_CLAUSE.finditer(text))
    best, best_score = None, None
    for f in statistics(text):
        clause = next((c for c in clauses if c.start() <= f.start < c.end()), None)
        if clause is None:
            continue
        magnitude = 3.0 if f.unit == "%" else math.log10(float(f.value) + 1)
        score = (bool(_CUMULATIVE.search(clause.group())), magnitude)
        if best_score is None or score > best_score:
            best, best_score = clause.group().strip(), score
    return best


# A named mechanism: a short quoted label a verb of doing introduces in its clause (推行“网格化+专业化”模式).
_NAMED, NAME_CLAUSE_CHARS = re.compile(r"“([^“”]{2,14})”"), 40


def name_clause(chunk: str, lead: str, last: bool = False, known: str = "") -> str | None:
    """The first (or ``last``) clause after the lead introducing a quoted name the lead and ``known`` lack."""
    after = chunk.find(lead) + len(lead) if lead in chunk else 0
    found = [c.group().strip() for c in _CLAUSE.finditer(chunk, after) if (m := _NAMED.search(c.group()))
             and m.group(1) not in lead + known and ACTION.search(c.group(), 0, m.start())
             and len(c.group().strip()) <= NAME_CLAUSE_CHARS]
    return (found[-1] if last else found[0]) if found else None


_QUOTED = re.compile(r"“[^“”]*”")
SLOGAN_CHARS = 4


def first_deed(point: Point) -> str | None:
    """A point whose lead is a slogan (管好“一条道”, 强整治: at most 4 characters besides its quoted words)
    says what was done in its body: the body's first clause that is no framing (按照…标准); else None."""
    if not point.marked or len(_QUOTED.sub("", point.lead).strip("，。；、 ")) > SLOGAN_CHARS:
        return None
    after = point.text.find(point.lead) + len(point.lead)
    for c in _CLAUSE.finditer(point.text, after):
        clause = c.group().strip()
        if len(clause) >= 4 and not _is_framing(clause):
            return clause
    return None


def _point(text: str, start: int, end: int, body: int, marker: str, key_sentence: bool = False,
           lead_phrase: bool = False) -> Point | None:
    a, b = _lead_span(text, body, end, key_sentence)
    if a >= b:
        return None
    chunk = text[start:end]
    name = name_clause(chunk, text[a:b]) if marker or lead_phrase else None
    return Point(text[a:b], chunk, start, end, marker, _figure_clause(chunk), name, lead_phrase)


# A figure in Chinese numerals counts as a statistic when it is no small count (二十一万余户, 一百三十六户; not
# 三个, 两手): some issues (二〇二五年第三十期) print every figure so, and their key sentences are those figures'.
CN_STATISTIC_MIN = 10


def key_figures(text: str) -> list:
    """The statistics of ``text``: its digit figures, and its Chinese-numeral ones of CN_STATISTIC_MIN or more."""
    digits = statistics(text)
    return digits + [f for f in counted_figures(text) if f.unit and not _DIGIT_RE.search(f.surface)
                     and float(f.value) >= CN_STATISTIC_MIN and f not in digits]


_DIGIT_RE = re.compile(r"[0-9０-９]")


def _key_sentences(text: str, max_points: int) -> list[Point]:
    """Without an enumeration: the lead sentence and the sentences with figures or actions, in document order."""
    spans = [s for s in (strip_span(text, a, b) for a, b in sentence_spans(text)) if s[0] < s[1]]
    # Fragments and questions are not statements of what was done, unless they are all there is.
    spans = [(a, b) for a, b in spans if b - a >= 8 and text[b - 1] not in "？?"] or spans
    if len(spans) > 1 and not STOP.search(text, *spans[0]):
        spans = spans[1:]  # a title line opens the text; it is not a sentence of the body
    if not spans:
        return []
    figures = [f.start for f in key_figures(text)]
    # A statistic counts most; a sentence that names a mechanism (创新“…”管理) or acts, next.
    score = {(a, b): 2 * any(a <= f < b for f in figures) + bool(ACTION.search(text, a, b))
             + (name_clause(text[a:b], "") is not None) for a, b in spans}
    # A plan (下一步，…将纵深开展…) is not a thing done: no key sentence of what the place did.
    score = {s: 0 if PLAN_LEAD_RE.match(text[s[0]:s[1]]) else v for s, v in score.items()}
    score.update({s: 4 for s in spans if s[0] in pair_heads(text)})  # run-in section heads name the measures
    score.update({s: 3 for s in body_rows(text, spans)})  # a table enumerates its rows
    first_paragraph = [s for s in spans if "\n" not in text[spans[0][0]:s[0]]]
    # The lead says what was done (an action), not the setting (苏州全市有80902家生产企业…): setting
    # sentences of the first paragraph before it are context, not points.
    # A sentence that puts a quoted name to work (逐户张贴“巡查码”) says the approach as well, in any verb.
    lead = next((s for s in first_paragraph if ACTION.search(text, *s)), None) or \
        next((s for s in first_paragraph if _NAMED.search(text, *s)), None) or \
        next((s for s in first_paragraph if score[s]), spans[0])
    rest = sorted((s for s in spans if s > lead and score[s]), key=lambda s: -score[s])
    chosen = sorted([lead] + rest[:max_points - 1])
    points = (_point(text, a, b, a, "", key_sentence=True) for a, b in chosen)
    return [p for p in points if p is not None]


def article_points(article: Article, max_points: int = 8) -> tuple[Point, ...]:
    """The article's own points, in document order, at most ``max_points``."""
    text = article.text
    if max_points <= 0 or not text.strip():
        return ()
    run = top_run(text)
    if not run:
        return tuple(_key_sentences(text, max_points))
    # A lead phrase (强整治。, 建队伍。) enumerates a point as a marker does, though it prints none.
    points = (_point(text, m.start, end, m.body, m.label, lead_phrase=not m.label) for m, end in zip(run, point_ends(text, run)))
    return tuple(p for p in points if p is not None)[:max_points]
