"""Shared fixtures: the real five briefings indexed once per session with the real model, in a temp dir."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# No network at run time: the model comes from a package, never from a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from rag_assistant.settings import Settings  # noqa: E402
from support import copy_corpus, copy_extra_corpus, make_settings  # noqa: E402


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


def _session_index(root, copy) -> Settings:
    """Copy a corpus into root with `copy`, build its index there and return its settings."""
    from rag_assistant.index.build import build_index

    copy(root)
    settings = make_settings(root)
    build_index(settings)
    return settings


@pytest.fixture(scope="session")
def built_index(tmp_path_factory) -> Settings:
    """Settings of an index of the bundled corpus, built once per test session. Treat as read-only."""
    return _session_index(tmp_path_factory.mktemp("index"), copy_corpus)


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


@pytest.fixture(scope="session")
def extra_index(tmp_path_factory) -> Settings:
    """Settings of an index of the bundled briefings plus the extra issues, built once per session."""
    return _session_index(tmp_path_factory.mktemp("extra-index"), copy_extra_corpus)


@pytest.fixture(scope="session")
def extra_assistant(extra_index):
    """One Assistant over the bundled briefings plus the extra issues of eval/extra_briefings."""
    from rag_assistant.assistant import Assistant
    from rag_assistant.index.store import open_store

    return Assistant(extra_index, open_store(extra_index))
