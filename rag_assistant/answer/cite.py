"""Citations: renumber an answer's [n] markers and quote, for each, the sentences of its source that support it."""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import extract_figures, same_figure
from ..text import parse_markers, renumber_markers, sentence_spans, strip_markers
from ..types import Citation, Hit
from ..verify import label_figures, restates_label
from .claims import blank_names, split_claims


def _segments(answer: str) -> dict[int, str]:
    """For each marker n, the claims it covers (split_claims: the clauses before it in its sentence, or
    after it when it opens the clause), so the quote is chosen by the same reading the verifier uses."""
    out: dict[int, str] = {}
    for claim in split_claims(answer):
        for n in claim.markers:
            out[n] = out.get(n, "") + strip_markers(claim.text)
    return out


def quote_for(segment: str, hit: Hit) -> str:
    """The sentences of the cited chunk that support an answer segment: every one holding a figure
    the segment states, else the one sharing the most characters with it."""
    text = hit.chunk.text
    spans = [(s, e) for s, e in sentence_spans(text) if text[s:e].strip()]
    if not spans:
        return text
    # 据2025年第14期简报（2025-05-30）names where the quote comes from, and a title in 《》 names the article
    # (《盐城市：“三个全覆盖”…》): their figures pick no sentence, as the verifier reads no claim in them.
    labels = label_figures([hit.chunk])
    figures = [f for f in extract_figures(blank_names(segment)) if not restates_label(f, labels)]
    picked = [(s, e) for s, e in spans if any(_has_same(f, text[s:e]) for f in figures)]
    if not picked:
        chars = set(re.sub(r"\s", "", segment))
        picked = [max(spans, key=lambda se: len(chars & set(text[se[0]:se[1]])))]
    # One contiguous span, so the quote stays verbatim when the picked sentences are apart.
    return text[picked[0][0]:picked[-1][1]].strip()


def _has_same(figure, sentence: str) -> bool:
    return any(same_figure(figure, g) for g in extract_figures(sentence))


def build_citations(answer: str, hits: Sequence[Hit]) -> tuple[str, list[Citation]]:
    """Renumber valid markers 1..m in order of appearance and build one Citation per cited hit."""
    segments = _segments(answer)
    order = [n for n in parse_markers(answer) if 1 <= n <= len(hits)]
    mapping = {old: new for new, old in enumerate(order, 1)}

    renumbered = renumber_markers(answer, mapping) if mapping else answer
    citations = []
    for old in order:
        hit = hits[old - 1]
        c = hit.chunk
        citations.append(Citation(
            n=mapping[old], source=c.source, issue=c.issue, date=c.date, title=c.title,
            quote=quote_for(segments.get(old, ""), hit), chunk_id=c.id, context=c.text,
        ))
    return renumbered, citations
