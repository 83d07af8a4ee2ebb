"""The extractive answer: the best-supported sentences, verbatim, each with its [n] marker."""

from __future__ import annotations

import re
from typing import Iterator, Mapping, Sequence

from ..text import source_label
from ..types import Hit
from .evidence import Evidence, focus_clauses, rank_sentences, select_evidence


def compose_extractive(question: str, hits: Sequence[Hit], df: Mapping[str, int], n_docs: int) -> tuple[str, list[Evidence]]:
    """The answer text with [n] markers (n = hit rank) and the evidence it quotes."""
    chosen = select_evidence(question, rank_sentences(question, hits, df, n_docs))
    if not chosen:
        return "", []
    parts = []
    for ev in chosen:
        chunk = hits[ev.hit_index].chunk
        prefix = f"据{source_label(chunk.issue, chunk.date)}《{chunk.title}》，"
        parts.append(f"{prefix}{focus_clauses(ev.text, question)}[{ev.hit_index + 1}]。")
    return "".join(parts), chosen


def pieces(text: str) -> Iterator[str]:
    """An extractive answer in clause-sized pieces, so it streams like a model's."""
    yield from re.findall(r"[^，。]+[，。]?", text)
