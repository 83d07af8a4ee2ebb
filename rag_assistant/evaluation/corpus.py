"""The corpora items run on: raw file text for scoring, and the extra corpus as a temporary index."""

from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from .items import EXTRA_BRIEFINGS


def read_source(corpus_dir: Path, name: str, cache: dict[str, str | None]) -> str | None:
    """Raw text of one corpus file (None when missing), decoded like the loader does, cached by name. A Word (.docx,
    or legacy .doc) or PDF file has no raw text: its text is what the loader extracts (paragraphs, table rows, pages); a
    Markdown file's text is what a reader sees, as the loader renders it (no `**`, `&ldquo;`, `|` or link targets), and
    so is a saved HTML page's (no tags, scripts or hidden blocks)."""
    if name not in cache and Path(name).suffix.lower() in (".docx", ".doc", ".pdf", ".md", ".html", ".htm"):
        from ..ingest.load import LoadError, load_file
        try:
            cache[name] = load_file(corpus_dir / name).text
        except (OSError, LoadError):
            cache[name] = None
    if name not in cache:
        try:
            data = (corpus_dir / name).read_bytes()
        except OSError:
            cache[name] = None
        else:
            try:
                cache[name] = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                cache[name] = data.decode("gb18030", errors="replace")
    return cache[name]


@contextmanager
def corpus_assistant(assistant, corpus: str, extra_dir: Path = EXTRA_BRIEFINGS) -> Iterator[tuple[Any, Path]]:
    """(assistant, corpus folder) for a corpus: the given assistant for "main"; for "extra" a new one over a
    temporary index of the same corpus plus ``extra_dir``, built with the same settings and removed after."""
    if corpus == "main":
        yield assistant, Path(assistant.settings.corpus_dir)
        return
    from ..assistant import Assistant
    from ..index.build import build_index
    from ..index.store import open_store

    with tempfile.TemporaryDirectory(prefix="rag-eval-extra-") as tmp:
        corpus_dir = Path(tmp) / "briefings"
        shutil.copytree(assistant.settings.corpus_dir, corpus_dir)
        for path in sorted(Path(extra_dir).iterdir()):
            if path.is_file() and not path.name.startswith("."):
                shutil.copy2(path, corpus_dir / path.name)
        settings = assistant.settings.replace(index_dir=Path(tmp) / "index", corpus_dir=corpus_dir)
        _seed_index(assistant.settings, settings.index_dir)
        build_index(settings)
        yield Assistant(settings, open_store(settings)), corpus_dir


def _seed_index(settings, index_dir: Path) -> None:
    """Copy the current store of ``settings`` into ``index_dir``, so the build reuses the bundled files'
    chunks and vectors (their hashes match) and embeds only the extra files."""
    from ..index.store import current_dir

    store = current_dir(settings)
    if store is None or not store.is_dir():
        return
    index_dir.mkdir(parents=True)
    shutil.copytree(store, index_dir / store.name)
    shutil.copy2(settings.store_pointer, index_dir / settings.store_pointer.name)
