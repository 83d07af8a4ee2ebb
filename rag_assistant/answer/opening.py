"""An opening asked for itself (专刊开篇讲了些啥, 那篇开头说了什么, 导语): of an article, its opening
statements — the sentences before its first enumerated point, in text order, however short
(坚持统筹发展和安全。), which the key-sentence answer would skip. (An issue's opening is its first article:
targets.py.)"""

from __future__ import annotations

import re
from typing import Sequence

from ..text import sentence_spans
from .line import Line, clip
from .narrow import MAX_POINTS
from .points import Point

_STATEMENT = re.compile(r"[。！？；!?;]")


def opening_lines(text: str, points: Sequence[Point]) -> list[Line]:
    """The statements of ``text`` before its first enumerated point (all of it when it enumerates nothing),
    at most MAX_POINTS; title lines (no sentence mark) are not statements."""
    end = next((p.start for p in points if p.marked), len(text))
    spans = [(a, min(b, end)) for a, b in sentence_spans(text) if a < end and _STATEMENT.search(text, a, min(b, end))]
    spans = [(a, b) for a, b in spans if len(text[a:b].strip()) >= 4]
    return [Line(clip(" ".join(text[a:b].split()).rstrip("。；")), ((a, b),)) for a, b in spans[:MAX_POINTS]]
