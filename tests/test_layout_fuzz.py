"""Layout fuzzer: briefings rendered as real exports lay them out parse back to the same structure.

Each briefing (the five bundled ones as parsed, and generated ones with random gazetteer places, figures and
2–5 articles) is rendered in a layout variant (page numbers in many styles, running headers, page breaks
inside words, masthead spellings, newlines, TOC present/absent/disagreeing, hard wrapping) and a format
(.txt UTF-8, .txt GB18030, .docx, text-layer .pdf), read back through the real loader and parser, and must give
the same issue, date, article titles and paragraph text, with no page furniture in any chunk.

The default run covers every briefing in every variant and every format (a Latin square: variant j of
briefing i in format (i + j) mod 4, so each variant×format pair is met by several briefings) plus a bounded
Hypothesis run over free combinations of layout choices. RAG_FUZZ_FULL=1 runs the whole cross product.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_formats import FORMATS, render
from briefing_render import VARIANTS, Variant
from briefing_specs import Spec, generated_spec, spec_from_briefing
from support import BUNDLED
from rag_assistant.ingest.chunk import chunk_briefing
from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing, read_sidecar
from rag_assistant.settings import Settings

GENERATED = 20
FULL = os.environ.get("RAG_FUZZ_FULL") == "1"


@lru_cache(maxsize=1)
def specs() -> tuple[Spec, ...]:
    bundled = []
    for path in sorted(BUNDLED.glob("*.txt")):
        meta = read_sidecar(path)
        bundled.append(spec_from_briefing(parse_briefing(load_file(path).text, path.name, meta=meta), meta))
    return (*bundled, *(generated_spec(seed) for seed in range(GENERATED)))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_round_trip(spec: Spec, variant: Variant, fmt: str, directory: Path) -> None:
    """Render, load, parse, chunk; assert the structure survived and no furniture reached a chunk."""
    rendered = render(spec, variant, fmt, directory)
    briefing = parse_briefing(load_file(rendered.path).text, rendered.path.name, meta=read_sidecar(rendered.path))
    # A PDF's text layer and a hard-wrapped export drop the spaces where lines wrapped: compare without them.
    same = (lambda s: s) if fmt != "pdf" and not variant.wrap else _squash
    assert (briefing.issue, briefing.date) == (spec.issue, spec.date)
    assert [same(a.title) for a in briefing.articles] == [same(t) for t in rendered.titles]
    assert [[same(p) for p in a.paragraphs] for a in briefing.articles] == [
        [same(p) for p in a.paragraphs] for a in spec.articles]
    settings = Settings()
    chunks = chunk_briefing(briefing, settings.chunk_tokens, settings.chunk_overlap_tokens, settings.tokenizer)
    marks = [f for f in rendered.furniture if not f.isdigit()]  # a bare page number is any figure's digits
    for chunk in chunks:
        assert "\f" not in chunk.text and not any(_squash(m) in _squash(chunk.text) for m in marks), chunk.text


def _latin_square() -> list[tuple[int, int, str]]:
    cases = []
    for i in range(len(list(BUNDLED.glob("*.txt"))) + GENERATED):
        for j in range(len(VARIANTS)):
            formats = FORMATS if FULL else (FORMATS[(i + j) % len(FORMATS)],)
            cases += [(i, j, fmt) for fmt in formats]
    return cases


@pytest.mark.parametrize("i, j, fmt", _latin_square(),
                         ids=lambda x: x if isinstance(x, str) else str(x))
def test_rendered_briefing_parses_back_to_the_same_structure(i, j, fmt, tmp_path):
    check_round_trip(specs()[i], VARIANTS[j], fmt, tmp_path)


def test_the_sweep_covers_every_variant_in_every_format():
    pairs = {(VARIANTS[j].name, fmt) for _, j, fmt in _latin_square()}
    assert len(VARIANTS) >= 12 and len(pairs) == len(VARIANTS) * len(FORMATS)


FOOTERS = ("— {n} —", "- {n} -", "·{n}·", "{n}", "第 {n} 页", "第 {n} 页 共 {m} 页", "{n}/{m}", "－{n}－")


@st.composite
def variants(draw) -> Variant:
    """Free combinations of the layout choices the named variants make one at a time."""
    wrap = draw(st.sampled_from((0, 0, 76)))
    inline = not wrap and draw(st.booleans())
    footer = draw(st.sampled_from(FOOTERS[:3] if inline else FOOTERS))
    return Variant(
        name="hypothesis", newline="\n" if wrap else draw(st.sampled_from(("\n\n", "\n"))), crlf=draw(st.booleans()),
        masthead=draw(st.sampled_from(("standard", "compact", "cn_total", "one_line"))),
        toc=draw(st.sampled_from(("present", "absent", "disagree", "place", "paged"))),
        page_chars=draw(st.sampled_from((0, 260, 330, 420))), footer=footer, inline=inline,
        header=draw(st.booleans()), form_feed=draw(st.booleans()),
        indent=draw(st.sampled_from(("", "\u3000\u3000"))) if not wrap else "\u3000\u3000", wrap=wrap,
        pdf_font=draw(st.sampled_from((10, 11))),
    )


@settings(max_examples=30 if not FULL else 400, deadline=None, database=None,  # writes nothing in the repo
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), variant=variants(), fmt=st.sampled_from(FORMATS))
def test_any_combination_of_layout_choices_parses_back(seed, variant, fmt, tmp_path_factory):
    check_round_trip(generated_spec(seed), variant, fmt, tmp_path_factory.mktemp("fuzz"))
