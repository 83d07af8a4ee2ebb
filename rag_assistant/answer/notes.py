"""An issue's editor's note (编者按：…), asked for itself (25年第26期的编者按说了啥): the ingest keeps the note as
the first paragraph of the article it introduces, so the answer is that paragraph, cited, from each article
in scope that opens with one (newest first)."""

from __future__ import annotations

from typing import Sequence

from ..ingest.parse import EDITOR_NOTE_RE
from .library import Entry
from .line import Line, clip


def note_span(entry: Entry) -> tuple[int, int] | None:
    """Where the article's editor's note stands in its text; None when it has none."""
    text, at = entry.article.text, 0
    for p in entry.article.paragraphs:
        at = text.find(p, at)
        if at >= 0 and EDITOR_NOTE_RE.match(p):
            return at, at + len(p)
    return None


def noted(entries: Sequence[Entry]) -> list[Entry]:
    """The articles an editor's note introduces, in the given order."""
    return [e for e in entries if note_span(e) is not None]


def note_lines(entry: Entry) -> list:
    """The editor's note as one line (without its 编者按： label), or [] when the article has none."""
    span = note_span(entry)
    if span is None:
        return []
    a, b = span
    text = entry.article.text
    m = EDITOR_NOTE_RE.match(text, a)
    if m and b - m.end() >= 4:
        a = m.end()
    return [Line(clip(text[a:b].strip()), ((a, b),))]
