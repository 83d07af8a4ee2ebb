"""Build the index: load, parse and chunk changed files, embed, and write a new store atomically."""

from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import json
import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from ..ingest.audit import audit
from ..ingest.chunk import chunk_briefing
from ..ingest.load import Document, load_corpus
from ..ingest.parse import parse_briefing
from ..ingest.sidecar import check_sidecar, sidecar_paths
from ..settings import Settings
from .embed import embed, embedder_for
from .integrity import StoredBriefing, reusable_briefings
from .parsing_code import STALE_PARSER, parsed_by_other_code
from .store import (
    IndexCorrupt, IndexWriteFailed, _briefing_from_dict, _briefing_to_dict, _sha256, bm25_tokens, built_with,
    Store, check_compatible, current_dir, init_segmenter, open_store, stale_format,
)
from .write import remove_unfinished, write_store

log = logging.getLogger(__name__)


def _source_hash(doc: Document) -> str:
    # The sidecar is part of a briefing's identity: editing it must re-parse the briefing.
    extra = "".join(_sha256(p) for p in sidecar_paths(doc.path) if p.is_file())
    return hashlib.sha256((doc.content_hash + extra).encode()).hexdigest()


@dataclass(frozen=True)
class BuildReport:
    """What one indexing run did."""

    indexed: tuple[str, ...]
    reused: tuple[str, ...]
    removed: tuple[str, ...]
    errors: tuple[str, ...]
    chunks: int
    embedded: int
    seconds: float
    path: str
    warnings: tuple[str, ...] = ()  # indexed anyway: ignored sidecar fields, replaced bytes, re-processed damage


@dataclass
class _Batch:
    """The records of the store being built, in corpus order; new chunks wait for their vectors."""

    briefings: list[dict] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    tokens: list[list[str]] = field(default_factory=list)
    vectors: list[np.ndarray | None] = field(default_factory=list)
    to_embed: list[tuple[int, str]] = field(default_factory=list)  # (row position, indexed text)
    files: dict[str, dict] = field(default_factory=dict)
    indexed: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def reuse(self, source: str, entry: dict, stored: StoredBriefing) -> None:
        self.briefings.append(stored.briefing)
        self.rows.extend(stored.rows)
        self.tokens.extend(stored.tokens)
        self.vectors.extend(stored.vectors)
        self.files[source] = entry
        self.reused.append(source)

    def add(self, doc: Document, digest: str, settings: Settings) -> None:
        meta, problems = check_sidecar(doc.path)
        briefing = parse_briefing(doc.text, doc.source, meta=meta, content_hash=digest)
        notes = (*doc.warnings, *problems)
        briefing = dataclasses.replace(briefing, warnings=briefing.warnings + notes)
        chunks = chunk_briefing(briefing, settings.chunk_tokens, settings.chunk_overlap_tokens, settings.tokenizer)
        tokens = [bm25_tokens(c.indexed_text) for c in chunks]
        # Only now, with nothing left that can fail, does the briefing join the batch.
        self.warnings.extend(f"{doc.source}: {note}" for note in notes)
        self.briefings.append(_briefing_to_dict(briefing))
        for c, toks in zip(chunks, tokens):
            self.to_embed.append((len(self.rows), c.indexed_text))
            self.rows.append(c.to_dict())
            self.tokens.append(toks)
            self.vectors.append(None)
        self.files[doc.source] = {"hash": digest, "chunks": len(chunks), "issue": briefing.issue, "date": briefing.date}
        self.indexed.append(doc.source)


@contextmanager
def _build_lock(index_dir: Path) -> Iterator[None]:
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        fh = (index_dir / ".lock").open("w")
    except OSError as exc:
        raise IndexWriteFailed.from_os_error(exc, index_dir) from exc
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _previous(settings: Settings, rebuild: bool) -> tuple[dict, dict[str, StoredBriefing], list[str]]:
    """The previous manifest's file entries, the briefings safe to reuse, and warnings about the rest."""
    if rebuild:
        return {}, {}, []
    try:
        path = current_dir(settings)
    except IndexCorrupt as exc:
        return {}, {}, [f"{exc}；本次从头建立索引"]
    if path is None:
        return {}, {}, []
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return {}, {}, [f"上一版索引的清单无法读取（{type(exc).__name__}），本次从头建立索引"]
    if stale := stale_format(manifest):
        return {}, {}, [stale]
    if parsed_by_other_code(manifest):  # every record is made again with the current code (and settings)
        return {}, {}, [STALE_PARSER]
    runtime = built_with(manifest, "embedding_runtime")
    check_compatible({**manifest, "embedding_runtime": settings.embedding_runtime}, settings)
    if runtime != settings.embedding_runtime:
        # Vectors of another runtime differ slightly: every chunk is embedded again, nothing is mixed.
        return {}, {}, [f"上一版索引的向量由 {runtime} 生成，当前设置为 {settings.embedding_runtime}：本次重新计算全部向量"]
    reusable, warnings = reusable_briefings(path, manifest)
    return manifest.get("files", {}), reusable, warnings


def build_index(
    settings: Settings,
    rebuild: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> BuildReport:
    """Index the corpus folder: re-process changed or damaged files only, drop deleted ones, swap in atomically."""
    started = time.perf_counter()
    report = progress or (lambda stage, done, total: None)
    with _build_lock(settings.index_dir):
        remove_unfinished(settings.index_dir)  # a killed or failed build must not keep the disk full
        init_segmenter(settings.model_cache_dir)
        prev_files, reusable, warnings = _previous(settings, rebuild)
        docs, load_errors = load_corpus(settings.corpus_dir)
        batch = _Batch(errors=[str(e) for e in load_errors], warnings=warnings)
        for n, doc in enumerate(docs, 1):
            report("parse", n, len(docs))
            digest = _source_hash(doc)
            old, stored = prev_files.get(doc.source), reusable.get(doc.source)
            if old and old.get("hash") == digest and stored is not None:
                batch.reuse(doc.source, old, stored)
                continue
            try:
                batch.add(doc, digest, settings)
            except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
                log.error("cannot index %s: %s: %s", doc.source, type(exc).__name__, exc)
                log.debug("traceback", exc_info=True)
                batch.errors.append(f"{doc.source}: 解析失败（{type(exc).__name__}: {exc}）")
        for warning in batch.warnings:
            log.warning("%s", warning)
        embedder = embedder_for(settings)
        embedded = _embed_new(batch, embedder, settings, report)
        matrix = (np.vstack(batch.vectors).astype(np.float32) if batch.vectors
                  else np.zeros((0, embedder.dim), np.float32))
        # Duplicate issues and suspicious parses depend on the whole corpus: re-checked on every run.
        briefings = [_briefing_to_dict(b) for b in audit([_briefing_from_dict(d) for d in batch.briefings])]
        report("write", 0, 1)
        final = write_store(settings, embedder.dim, briefings, batch.rows, batch.tokens, matrix,
                             batch.files, batch.errors)
        report("write", 1, 1)
        return BuildReport(
            indexed=tuple(batch.indexed), reused=tuple(batch.reused),
            removed=tuple(sorted(set(prev_files) - set(batch.files))), errors=tuple(batch.errors),
            chunks=len(batch.rows), embedded=embedded, seconds=time.perf_counter() - started, path=str(final),
            warnings=tuple(batch.warnings),
        )


def _embed_new(batch: _Batch, embedder, settings: Settings, report: Callable[[str, int, int], None]) -> int:
    """Fill in the vectors of new chunks; returns how many were embedded."""
    if not batch.to_embed:
        return 0
    done = [0]

    def tick(k: int) -> None:
        done[0] += k
        report("embed", done[0], len(batch.to_embed))

    vectors = embed(embedder, [text for _, text in batch.to_embed], settings.embedding_batch_size, tick)
    for (i, _), vec in zip(batch.to_embed, vectors):
        batch.vectors[i] = vec
    return len(batch.to_embed)


def reparsed(settings: Settings, store: Store) -> tuple[Store, BuildReport | None]:
    """``store``, or the store built again when its records were made by other parsing code (an upgrade fixed the
    parser); a store that cannot be rewritten (read-only, full disk) is kept as it is, with a warning."""
    if not parsed_by_other_code(store.manifest):
        return store, None
    missing = [name for name in store.manifest.get("files", {}) if not (settings.corpus_dir / name).is_file()]
    if missing:  # built from another corpus folder than the one configured now: a rebuild here would drop briefings
        log.warning("%s；但当前简报目录 %s 中缺少 %s 等 %d 份索引中的简报，未自动重建，请运行 `rag-assistant index`",
                    STALE_PARSER.split("：")[0], settings.corpus_dir, missing[0], len(missing))
        return store, None
    log.warning("%s", STALE_PARSER)
    try:
        report = build_index(settings)
    except (IndexWriteFailed, OSError) as exc:
        log.warning("索引无法按新的解析程序重建（%s），继续使用现有索引", exc)
        return store, None
    return open_store(settings), report
