"""The citations of an open answer's lines: one quote from a point's lead to its figure when one chunk holds
both, numbered on from the citations the answer already has."""

from __future__ import annotations

from ..types import Chunk, Citation
from .library import Entry
from .line import Line

MAX_QUOTE_CHARS = 400  # a point's lead and key figure are quoted as one verbatim span up to this length


def line_spans(entry: Entry, line: Line) -> list[tuple[int, int]]:
    """One quote from the lead to the figure when one chunk holds both, else one quote each."""
    (a, _), (_, b) = line.spans[0], line.spans[-1]
    whole = any(c.start <= a and b <= c.end for c in entry.chunks)
    return [(a, b)] if whole and b - a <= MAX_QUOTE_CHARS else list(line.spans)


def cite_span(entry: Entry, span: tuple[int, int], citations: list[Citation]) -> list[int]:
    """The numbers of the citations quoting ``span`` of the article: one chunk holding it whole, else the
    chunks it runs across, each quoting its own part (a quote cut at a chunk's end would drop figures)."""
    a, b = span
    whole = next((c for c in entry.chunks if c.start <= a and b <= c.end), None)
    pieces, pos = [], a
    if whole is not None:
        pieces.append((whole, a, b))
    while whole is None and pos < b:
        chunk = max((c for c in entry.chunks if c.start <= pos < c.end), key=lambda c: c.end, default=None)
        if chunk is None:
            chunk = entry.chunk_at(pos)
            pieces.append((chunk, pos, b))
            break
        pieces.append((chunk, pos, min(b, chunk.end)))
        pos = chunk.end
    return [_cite_piece(chunk, lo, hi, citations) for chunk, lo, hi in pieces
            if chunk.text[max(lo - chunk.start, 0):hi - chunk.start].strip()]


def _cite_piece(chunk: Chunk, a: int, b: int, citations: list[Citation]) -> int:
    """The number of the citation quoting article offsets a..b of ``chunk`` (reused when already cited)."""
    quote = chunk.text[max(a - chunk.start, 0):min(b, chunk.end) - chunk.start].strip()
    for c in citations:
        if c.chunk_id == chunk.id and c.quote == quote:
            return c.n
    citations.append(Citation(n=len(citations) + 1, source=chunk.source, issue=chunk.issue, date=chunk.date,
                              title=chunk.title, quote=quote, chunk_id=chunk.id, context=chunk.text))
    return len(citations)
