"""Key-point recall of open answers: each gold point found verbatim, and cited by a marker to its own source."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from ..text import marker_spans
from ..types import Citation
from .score import squeeze

PASS_RECALL = 0.8  # an open item passes at this recall with every found point cited


@dataclass(frozen=True)
class PointScore:
    """Which gold points (by index) an answer contains and which of those it cites correctly."""

    total: int
    found: tuple[int, ...]
    cited: tuple[int, ...]

    @property
    def recall(self) -> float | None:
        """Share of the gold points found; None when there are none."""
        return len(self.found) / self.total if self.total else None

    @property
    def cited_share(self) -> float | None:
        """Share of the found points that are cited correctly; None when none was found."""
        return len(self.cited) / len(self.found) if self.found else None

    @property
    def passed(self) -> bool:
        """Recall at least PASS_RECALL with every found point cited."""
        return bool(self.total) and (self.recall or 0.0) >= PASS_RECALL and len(self.cited) == len(self.found)


def _occurrences(answer: str, phrase: str) -> list[int]:
    """Offsets in ``answer`` where ``phrase`` starts, whitespace ignored on both sides."""
    kept = [(i, ch) for i, ch in enumerate(answer) if not ch.isspace()]
    flat = "".join(ch for _, ch in kept)
    needle = squeeze(phrase)
    found, start = [], flat.find(needle) if needle else -1
    while start >= 0:
        found.append(kept[start][0])
        start = flat.find(needle, start + 1)
    return found


def marker_for(answer: str, position: int) -> list[int]:
    """The citation numbers of the marker that covers the text at ``position``: the next marker on the
    same line, else (a line that puts its marker first) the last marker before it on that line."""
    line_start = answer.rfind("\n", 0, position) + 1
    line_end = answer.find("\n", position)
    line = answer[line_start:line_end if line_end >= 0 else len(answer)]
    spans = marker_spans(line)
    offset = position - line_start
    after = [numbers for start, _, numbers in spans if start >= offset]
    before = [numbers for _, end, numbers in spans if end <= offset]
    return after[0] if after else (before[-1] if before else [])


def _cites(numbers: Sequence[int], phrase: str, citations: Mapping[int, Citation],
           sources: Mapping[str, str | None]) -> bool:
    """Whether one of the marker's citations comes from an expected file that holds the phrase."""
    needle = squeeze(phrase)
    for n in numbers:
        c = citations.get(n)
        if c is None or c.source not in sources:
            continue
        text = sources[c.source]
        if text is None or needle in squeeze(text):
            return True
    return False


def score_points(answer: str, points: Sequence[Sequence[str]], citations: Sequence[Citation],
                 sources: Mapping[str, str | None]) -> PointScore:
    """Key-point recall of ``answer`` against ``points`` (each a list of alternative verbatim phrases).

    A point is found when one of its phrases occurs in the answer (whitespace ignored). It is cited
    when some occurrence is covered (``marker_for``) by a valid marker whose citation comes from an
    expected source file (``sources``: file → raw text) that contains the phrase; a file whose text is
    unknown (None) counts on its name alone."""
    known = {c.n: c for c in citations}
    found, cited = [], []
    for index, phrases in enumerate(points):
        positions = [(p, phrase) for phrase in phrases for p in _occurrences(answer, phrase)]
        if not positions:
            continue
        found.append(index)
        if any(_cites(marker_for(answer, p), phrase, known, sources) for p, phrase in positions):
            cited.append(index)
    return PointScore(total=len(points), found=tuple(found), cited=tuple(cited))
