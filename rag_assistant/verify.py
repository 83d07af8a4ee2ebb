"""Check an answer's figures and [n] markers against the verbatim quotes it cites."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .numbers import CALENDAR_UNITS, Figure, extract_figures, same_figure
from .text import marker_spans, parse_markers
from .types import Chunk, Citation

__all__ = ["Verification", "highlight_unsupported", "parse_markers", "verify_answer"]

# Marker text is blanked with a character no figure pattern accepts, so 2.8万[1]人 cannot
# fuse into one figure across the marker and offsets stay those of the answer.
_BLANK = "\x00"


@dataclass(frozen=True)
class Verification:
    """Figures the cited quotes do not support, markers with no source, and the valid markers used."""

    unsupported_numbers: tuple[str, ...]
    invalid_markers: tuple[int, ...]
    cited: tuple[int, ...]


def answer_figures(answer: str) -> list[Figure]:
    """Figures of the answer outside its [n] markers, with offsets into the answer."""
    chars = list(answer)
    for start, end, _ in marker_spans(answer):
        chars[start:end] = _BLANK * (end - start)
    blanked = "".join(chars)
    return [
        Figure(answer[f.start:f.end], f.value, f.unit, f.start, f.end) for f in extract_figures(blanked)
    ]


def label_figures(citations: Sequence[Citation | Chunk]) -> list[Figure]:
    """The year/issue/month/day figures of the issue labels and dates of citations (or chunks)."""
    return [f for c in citations for field in (c.issue, c.date) if field
            for f in extract_figures(field) if f.unit in CALENDAR_UNITS]


def restates_label(figure: Figure, labels: Sequence[Figure]) -> bool:
    """"据2025年第14期简报…" restates where a quote came from: such figures are not claims to check."""
    return figure.unit in CALENDAR_UNITS and any(same_figure(figure, g) for g in labels)


def verify_answer(answer: str, citations: Sequence[Citation]) -> Verification:
    """Markers must name a citation; every figure must appear in a cited quote (or the cited issue/date)."""
    answer = answer if isinstance(answer, str) else ""
    markers = parse_markers(answer)
    known = {c.n for c in citations}
    cited = tuple(n for n in markers if n in known)
    invalid = tuple(n for n in markers if n not in known)
    sources = [c for c in citations if c.n in cited]
    support = [f for c in sources for f in extract_figures(c.quote)]
    labels = label_figures(sources)
    unsupported: dict[str, None] = {}
    for figure in answer_figures(answer):
        if any(same_figure(figure, s) for s in support) or restates_label(figure, labels):
            continue
        unsupported.setdefault(figure.surface, None)
    return Verification(tuple(unsupported), invalid, cited)


def highlight_unsupported(answer: str, unsupported: Sequence[str], template: str = "{}⚠") -> str:
    """The answer with every occurrence of an unsupported figure (outside [n] markers) put through ``template``."""
    targets = set(unsupported)
    if not targets:
        return answer
    parts: list[str] = []
    position = 0
    for figure in answer_figures(answer):
        if figure.surface in targets:
            # replace rather than format: an HTML/CSS template may contain other braces
            parts += [answer[position:figure.start], template.replace("{}", figure.surface)]
            position = figure.end
    parts.append(answer[position:])
    return "".join(parts)
