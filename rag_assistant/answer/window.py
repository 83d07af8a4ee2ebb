"""A figure's own words in its sentence: the figures a sentence holds (without a day's name such as 5·12) and the
clause each one governs, cut at its neighbours, so that a figure is judged by what its own words say."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..numbers import Figure, extract_figures
from . import lexicon as lx
from .tables import is_row, row_record_end

CLAUSE_END_RE = re.compile(r"[，；：,;:]")
# A clause of a sentence as the yes/no and joint readings take it: up to a comma, semicolon, colon or full stop.
CLAUSE_RE = re.compile(r"[^，,；;。：:]+")


@lru_cache(maxsize=8192)
def figures_of(sentence: str) -> tuple[Figure, ...]:
    """The figures of a sentence (cached: the same sentences are read for every part of every question), without
    the numbers of a day's name (5·12防灾减灾日 is 5月12日, no count of 5 or 12)."""
    names = [m.span() for m in _DAY_NAME_RE.finditer(sentence)]
    names += [m.span(1) for m in _NUMBERED_SLOGAN_RE.finditer(sentence)]  # “三个一”: a slogan's name, no count of 3
    if (marker := _LIST_MARKER_RE.match(sentence)) is not None:  # 1.全面排查建档: the item's number, no count of 1
        names.append(marker.span(1))
    return tuple(f for f in extract_figures(sentence) if not any(a <= f.start < b for a, b in names))


_DAY_NAME_RE = re.compile(r"\d{1,2}\s*[·•]\s*\d{1,2}(?!\d)")
# A numbered slogan's name in quotes (“三个一”, “五个一”, “三个一律”, “两月一主题”): a numeral and its classifier
# followed at once by another numeral name the slogan; they count no thing the sentence speaks of (组织一次行业事故
# 警示剖析会 is no count of 事故, and 三个 of “三个一” no count of anything asked).
_NUMBERED_SLOGAN_RE = re.compile(r"[“\"「]([一二两三四五六七八九十]+[个项大条]?)(?=[一二两三四五六七八九十][^”\"」]{0,6}[”\"」])")
# A list item's number opening a sentence (1.全面排查建档, 2．分类推动整改, 3、…): a bare number before a point or a
# comma that no digit follows.
_LIST_MARKER_RE = re.compile(r"\s*(\d{1,2})[.．、](?![\d０-９])")
# 和 joining two figures' phrases (not 和谐, 和平, 和睦, 和美, 和解).
_JOIN_RE = re.compile(r"以及|和(?![谐平睦美解])")
# The conjunction a figure's window keeps where it was cut at a neighbour joined by 和/与/及 (在全市 4 个化工园区和 |
# 187 家企业中): not words of either figure.
# 与 and 及 are left alone: they end and begin words (参与, 涉及, 及时).
_EDGE_JOIN_RE = re.compile(r"^\s*(?:以及|和|、)\s*|\s*(?:以及|和|、)\s*$")


def clause_start(sentence: str, at: int) -> int:
    """Where the clause holding position ``at`` of ``sentence`` begins: just after the last clause end before it."""
    return max((m.end() for m in CLAUSE_END_RE.finditer(sentence, 0, at)), default=0)


def clause_before(sentence: str, start: int) -> int:
    """Where the clause before the one starting at ``start`` begins (…5821条，同比增长17.4%，其中…: the clause
    before 其中's)."""
    return clause_start(sentence, max(start - 1, 0))


# A clause end or a sentence end (。 and a paragraph break too): what closes the clause a text ends with.
CLAUSE_OR_STOP_RE = re.compile(r"[，,；;。：:\n]")


def last_clause(text: str) -> str:
    """The clause ``text`` ends with: its words after its last clause or sentence end (…，开展专项抽检 → 开展专项抽检)."""
    return text[max((m.end() for m in CLAUSE_OR_STOP_RE.finditer(text)), default=0):]


def shown_clause(clause: str) -> str:
    """A figure's window as an answer shows it: without the conjunction left at a cut edge (…化工园区（集中区）和 →
    …化工园区（集中区）)."""
    trimmed = _EDGE_JOIN_RE.sub("", clause)
    return trimmed if trimmed else clause


_DIGIT_NEXT_RE = re.compile(r"\s*\d")
_JOIN_END_RE = re.compile(r"(?:、|和|及|与|以及|或)\s*$")


def closed_relative(sentence: str, clause: str) -> str:
    """A shown clause cut right before the next figure of its clause run on to its clause end: one ending in a
    relative clause's 的 (对全市21021家生产经营单位报告的 | 39777条较大以上风险) or in a verb whose object that figure
    counts (全市 12 个重点行业领域已有 | 2.5 万家生产经营单位建立该机制). An answer must not stop at a dangling 的 or
    verb; a cut at a list's join (、, 和) parts two figures of their own and stays."""
    if (at := sentence.find(clause)) < 0 or _JOIN_END_RE.search(clause):
        return clause
    if not clause.rstrip().endswith("的") and not _DIGIT_NEXT_RE.match(sentence, at + len(clause)):
        return clause
    end = CLAUSE_OR_STOP_RE.search(sentence, at + len(clause))
    return sentence[at:end.start() if end else len(sentence)]


def figure_window(sentence: str, figure: Figure, figures: Sequence[Figure]) -> tuple[int, int]:
    """The words of ``figure``: its clause cut at its neighbours (化工企业 54 家、危化品经营企业 374 家), or its table row."""
    if is_row(sentence):
        return 0, row_record_end(sentence, figure.end)  # 执法检查	8.9万家次	增长6.3%: its label names every cell
    start = clause_start(sentence, figure.start)
    ends = [m.start() for m in CLAUSE_END_RE.finditer(sentence, figure.end)]
    end = ends[0] if ends else len(sentence)
    before = [f for f in figures if start <= f.end <= figure.start]
    if before and lx.RANGE_JOIN_RE.fullmatch(sentence[before[-1].end:figure.start]):
        before.pop()  # 3至5个设区市: a range's lower bound belongs to its upper figure's words
    # 公布 9 批 24 个典型案例: two figures of two units with nothing between are one phrase; each has its words
    first = figure
    while before and _nested(sentence, before[-1], first):
        first = before.pop()
    if before:
        cut = sentence.rfind("、", before[-1].end, figure.start)
        joins = [m.end() for m in _JOIN_RE.finditer(sentence, before[-1].end, figure.start)]
        # 4 个化工园区和 187 家企业 / 化工企业 248 家和医药企业 121 家: the words after the join are this figure's
        start = cut + 1 if cut >= 0 else joins[-1] if joins else before[-1].end
    after = [f for f in figures if figure.end <= f.start < end]
    last = figure
    while after and _nested(sentence, last, after[0]):
        last = after.pop(0)
    if after:
        cut = sentence.find("、", figure.end, after[0].start)
        end = cut if cut >= 0 else after[0].start
    return start, end


def _nested(sentence: str, a: Figure, b: Figure) -> bool:
    """Whether figure ``b`` follows ``a`` with nothing between, in another unit (9 批 24 个典型案例)."""
    return a.unit != b.unit and a.end <= b.start and not sentence[a.end:b.start].strip()
