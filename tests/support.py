"""Helpers shared by test modules (import them from here, not from conftest: tests/browser has its own
conftest.py, and two modules named ``conftest`` cannot both be imported by that name)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from rag_assistant.settings import PROJECT_ROOT, Settings, load_settings

BUNDLED = PROJECT_ROOT / "index" / "briefings"
EVAL_QUESTIONS = PROJECT_ROOT / "eval" / "questions.jsonl"
EXTRA = PROJECT_ROOT / "eval" / "extra_briefings"



def squash(text: str) -> str:
    """`text` without any whitespace: briefings break lines and pad figures, so tests compare squashed text."""
    return re.sub(r"\s+", "", text)


def raw_briefing(source: str) -> str:
    """The bundled briefing file `source`, squashed."""
    return squash((BUNDLED / source).read_text(encoding="utf-8"))


def make_settings(index_dir: Path, **overrides) -> Settings:
    """Settings isolated from the developer's rag.toml and RAG_* environment."""
    return load_settings(config=index_dir / "absent.toml", env={}, index_dir=index_dir,
                         corpus_dir=index_dir / "briefings", **overrides)


def run_cli(settings: Settings, tmp_path: Path, *args: str, timeout: float = 600, **kwargs) -> subprocess.CompletedProcess:
    """The real CLI as an operator runs it, against ``settings``' index and corpus."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "RAG_INDEX_DIR": str(settings.index_dir),
           "RAG_CORPUS_DIR": str(settings.corpus_dir), "RAG_CONFIG": str(tmp_path / "absent.toml"),
           "RAG_CHUNK_TOKENS": str(settings.chunk_tokens)}
    return subprocess.run([sys.executable, "-m", "rag_assistant.cli", *args], env=env, capture_output=True,
                          text=True, timeout=timeout, **kwargs)


def cli_lines(stderr: str, prefix: str) -> list[str]:
    """The CLI's ``prefix`` lines (错误/警告/跳过), wherever progress-bar redraws (\r, cursor moves) left them."""
    text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", stderr)
    return [line.strip() for line in re.split(r"[\r\n]", text) if line.strip().startswith(prefix)]


def copy_corpus(dest: Path) -> Path:
    """A copy of the bundled briefings (and sidecars) under ``dest/briefings``."""
    corpus = dest / "briefings"
    shutil.copytree(BUNDLED, corpus)
    return corpus


def copy_extra_corpus(dest: Path) -> Path:
    """The bundled briefings plus every extra issue of eval/extra_briefings under ``dest/briefings`` (the
    eval's "extra" corpus: evaluation/corpus.py copies the same files)."""
    corpus = copy_corpus(dest)
    for path in sorted(EXTRA.iterdir()):
        if path.is_file() and not path.name.startswith(".") and path.suffix != ".py":
            shutil.copyfile(path, corpus / path.name)
    return corpus
