"""Parallel pair heads run into the text: a briefing's bold section heads of the form "four-character phrase,
aim." (全屏传播，形成守护安全向心力。创新制度，健全安全教育培训机制。) that lost their own line when a PDF
page or paragraph break was dropped, so they sit mid-paragraph between a sentence end and their detail.

One such sentence may be chance; three or more in one article written to the same pattern are its layout. They
are no enumeration (the article keeps its key-sentence lead): points.py ranks them first among key sentences."""

from __future__ import annotations

import re

from ..text import sentence_spans

# A head: a four-character phrase (verb-object or adverb-verb: 全屏传播, 建设载体), a comma, an aim of 6-12
# characters (a two-by-four slogan such as 使命在心，重任在肩 has a 4-character second half: no head).
_PAIR = re.compile(r"[^，,。；;：:？?！!“”\s0-9０-９]{4}[，,][^，,。；;：:？?！!“”\s0-9０-９]{6,12}。")
MIN_PAIR_HEADS = 3


def pair_heads(text: str) -> list[int]:
    """Offsets of the article's mid-paragraph pair heads, each after a sentence end and before a longer
    detail sentence; [] unless there are MIN_PAIR_HEADS of them."""
    spans = [(a, b) for a, b in sentence_spans(text) if text[a:b].strip()]
    found = []
    for i, (a, b) in enumerate(spans[:-1]):
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        sentence = text[a + lead:b].rstrip()
        if i == 0 or text[spans[i - 1][0]:spans[i - 1][1]].rstrip()[-1:] not in "。！？!?":
            continue
        detail = text[slice(*spans[i + 1])].strip()
        if _PAIR.fullmatch(sentence) and len(detail) > len(sentence):
            found.append(a + lead)
    return found if len(found) >= MIN_PAIR_HEADS else []
