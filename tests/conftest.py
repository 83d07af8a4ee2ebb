"""Shared fixtures: the real five briefings indexed once per session with the real model, in a temp dir."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# No network at run time: the model comes from a package, never from a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from rag_assistant.settings import PROJECT_ROOT, Settings, load_settings  # noqa: E402

BUNDLED = PROJECT_ROOT / "index" / "briefings"
EVAL_QUESTIONS = PROJECT_ROOT / "eval" / "questions.jsonl"


def pytest_addoption(parser):
    parser.addoption("--screenshots", metavar="DIR", default=None,
                     help="also copy the browser tests' screenshots into DIR (scripts/screenshots.sh uses docs/)")
    parser.addoption("--quick-views", action="store_true",
                     help="for a quick local run: the browser tests' layout and theme tests in all four views, "
                          "the others only in desktop-light and phone-dark (default, and in CI: every test at "
                          "desktop and phone width in both themes)")


class Screenshots:
    """Where browser tests keep pictures: nowhere by default, DIR when run with --screenshots DIR."""

    def __init__(self, directory: str | None):
        self.directory = Path(directory) if directory else None

    def keep(self, picture: Path, name: str) -> None:
        if self.directory is not None:
            self.directory.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(picture, self.directory / name)


@pytest.fixture(scope="session")
def screenshots(request) -> Screenshots:
    """Screenshots are written into the repository only when asked for (never by a plain test run)."""
    return Screenshots(request.config.getoption("--screenshots"))


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


@pytest.fixture(scope="session")
def built_index(tmp_path_factory) -> Settings:
    """Settings of an index of the bundled corpus, built once per test session. Treat as read-only."""
    from rag_assistant.index.build import build_index

    root = tmp_path_factory.mktemp("index")
    copy_corpus(root)
    settings = make_settings(root)
    build_index(settings)
    return settings


@pytest.fixture
def fresh_index(built_index, tmp_path) -> Settings:
    """A private, writable copy of the built index and its corpus (for tests that change files)."""
    root = tmp_path / "index"
    shutil.copytree(built_index.index_dir, root, ignore=shutil.ignore_patterns(".lock"))
    return built_index.replace(index_dir=root, corpus_dir=root / "briefings")


@pytest.fixture(scope="session")
def assistant(built_index):
    """One Assistant over the session index, shared like the web app shares it."""
    from rag_assistant.assistant import Assistant
    from rag_assistant.index.store import open_store

    return Assistant(built_index, open_store(built_index))
