"""Cold start: CLI commands that need no embedding model import none of its runtimes, and a fresh `ask`
process answers with the model loaded in the background."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("torch", "onnxruntime", "sentence_transformers", "transformers", "bm25s", "scipy")


def _modules_after(settings, tmp_path, *args: str) -> tuple[list[str], str]:
    """Run the CLI in a fresh interpreter; return the heavy modules it imported and what it printed."""
    code = (
        "import sys, json, io, contextlib\n"
        "from rag_assistant.cli import app\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n"
        f"        app({list(args)!r}, standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(json.dumps({{'mods': sorted(m for m in {HEAVY!r} if m in sys.modules), 'out': out.getvalue()}}))\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "RAG_INDEX_DIR": str(settings.index_dir),
           "RAG_CORPUS_DIR": str(settings.corpus_dir), "RAG_CONFIG": str(tmp_path / "absent.toml")}
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["mods"], result["out"]


@pytest.mark.parametrize("args", [["--help"], ["sources"], ["search", "--bm25", "南通市累计排查企业多少家？"]])
def test_commands_without_the_model_import_no_model_runtime(built_index, tmp_path, args):
    mods, out = _modules_after(built_index, tmp_path, *args)
    assert mods == [], f"{args} imported {mods}"
    assert out.strip()


def test_search_bm25_ranks_like_the_bm25_side_of_hybrid_search(built_index, tmp_path):
    _, out = _modules_after(built_index, tmp_path, "search", "--bm25", "--json", "南通市累计排查企业多少家？")
    rows = json.loads(out)
    assert rows and all(r["dense"] is None for r in rows)
    assert "31933" in rows[0]["text"]
    assert all(r["bm25_rank"] for r in rows)
    assert [r["fused"] for r in rows] == sorted((r["fused"] for r in rows), reverse=True)


def test_a_fresh_ask_process_answers_with_the_onnx_runtime_and_no_torch(built_index, tmp_path):
    mods, out = _modules_after(built_index, tmp_path, "ask", "--json", "南通市累计排查企业多少家？")
    answer = json.loads(out)
    assert "31933" in answer["answer"] and "bm25_only" not in answer["timings_ms"]
    assert mods == ["onnxruntime"]  # no torch, transformers, bm25s or scipy to answer
