"""The checks an LLM's rewrite of a follow-up must pass before it replaces the slot carry-over of condense.py, and
the rewrite's first line without a label."""

from __future__ import annotations

import re
from typing import Sequence

from ..text import CJK_RE
from .library import Library
from .understand import content_terms, places_in

# Labels small models print instead of (or before) the rewrite: 完整问题： / 下一阶段的追问： / Question:
LABEL_PREFIX_RE = re.compile(r"^(?:完整问题|改写后的问题|改写后|问题)\s*[:：]\s*")


def rewrite_problem(rewrite: str, question: str, history: Sequence[str], library: Library,
                    instructions: str = "") -> str | None:
    """Why an LLM's rewrite of a follow-up is not a standalone question, or None when it is one.

    A rewrite must be a question about what was asked: not empty, not a label (``下一阶段的追问：``),
    not the prompt's own words, in Chinese, sharing a content word with the question or the history,
    naming no place neither of them names, and not much longer than both together."""
    text = rewrite.strip()
    if not text:
        return "empty"
    if text.endswith((":", "：")):
        return "a label ending in a colon"
    if len(text) >= 8 and text in instructions:
        return "the instructions echoed"
    asked = " ".join([question, *history])
    if CJK_RE.search(asked) and len(CJK_RE.findall(text)) < 0.5 * len(re.sub(r"\s", "", text)):
        return "not in Chinese"
    longest = len(question) + (len(history[-1]) if history else 0)
    if len(text) > 1.5 * longest + 10:
        return f"{len(text)} characters, much longer than the question and the history"
    named = set(places_in(asked, library))
    foreign = [p for p in places_in(text, library) if p not in named]
    if foreign:
        return f"names a place that was not asked about ({'、'.join(foreign)})"
    words = set(content_terms(asked))
    if words and not any(w in text for w in words):
        return "shares no content word with the question or the history"
    return None


def first_line(text: str) -> str:
    """The first non-empty line of a model's rewrite, without a leading label such as ``完整问题：``."""
    for line in (text or "").strip().splitlines():
        line = LABEL_PREFIX_RE.sub("", line.strip()).strip()
        if line:
            return line
    return ""
