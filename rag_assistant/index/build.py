"""Build the index: load, parse and chunk changed files, embed, and write a new store atomically."""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from ..ingest.audit import audit
from ..ingest.chunk import chunk_briefing
from ..ingest.load import Document, load_corpus
from ..ingest.parse import parse_briefing, read_sidecar
from ..settings import Settings
from .embed import embed, load_embedder
from .store import (
    init_segmenter,
    BUILD_KEYS, FORMAT_VERSION, SEGMENTER, _briefing_from_dict, _briefing_to_dict, _sha256, bm25_tokens,
    check_compatible, current_dir,
)

log = logging.getLogger(__name__)


def _source_hash(doc: Document) -> str:
    # The sidecar is part of a briefing's identity: editing it must re-parse the briefing.
    sidecars = [doc.path.with_suffix(".meta.toml"), doc.path.with_name(doc.path.name + ".meta.toml")]
    extra = "".join(_sha256(p) for p in sidecars if p.is_file())
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


@contextmanager
def _build_lock(index_dir: Path) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / ".lock").open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def make_faiss_index(vectors: np.ndarray, dim: int, ann_threshold: int) -> object:
    """Exact inner product up to ``ann_threshold`` vectors, HNSW above it."""
    import faiss

    if len(vectors) > ann_threshold:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 128
    else:
        index = faiss.IndexFlatIP(dim)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def make_bm25(tokens: list[list[str]]) -> object:
    """A bm25s index over pre-segmented documents."""
    import bm25s

    model = bm25s.BM25()
    model.index(tokens, show_progress=False)
    return model


def _previous(settings: Settings, rebuild: bool) -> tuple[Path | None, dict]:
    if rebuild:
        return None, {}
    path = current_dir(settings)
    if path is None:
        return None, {}
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("previous index unreadable; building from scratch")
        return None, {}
    check_compatible(manifest, settings)
    return path, manifest


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write(path: Path, data: str | bytes) -> None:
    mode = "wb" if isinstance(data, bytes) else "w"
    with path.open(mode, **({} if isinstance(data, bytes) else {"encoding": "utf-8"})) as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def build_index(
    settings: Settings,
    rebuild: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> BuildReport:
    """Index the corpus folder: re-process changed files only, drop deleted ones, swap in atomically."""
    started = time.perf_counter()
    report = progress or (lambda stage, done, total: None)
    init_segmenter()
    with _build_lock(settings.index_dir):
        prev_path, prev = _previous(settings, rebuild)
        docs, load_errors = load_corpus(settings.corpus_dir)
        prev_files = prev.get("files", {})
        prev_chunks: dict[str, list[int]] = {}
        prev_rows: list[dict] = []
        prev_tokens: list[list[str]] = []
        prev_vectors = None
        prev_briefings: dict[str, dict] = {}
        if prev_path is not None:
            try:
                prev_rows = [json.loads(x) for x in (prev_path / "chunks.jsonl").read_text(encoding="utf-8").splitlines() if x]
                prev_tokens = [json.loads(x) for x in (prev_path / "tokens.jsonl").read_text(encoding="utf-8").splitlines() if x]
                prev_vectors = np.load(prev_path / "embeddings.npy", mmap_mode="r")
                prev_briefings = {d["source"]: d for d in json.loads((prev_path / "briefings.json").read_text(encoding="utf-8"))}
                for i, row in enumerate(prev_rows):
                    prev_chunks.setdefault(row["source"], []).append(i)
            except (OSError, ValueError) as exc:
                log.warning("previous index unreadable (%s); building from scratch", exc)
                prev_files, prev_chunks = {}, {}

        errors = [str(e) for e in load_errors]
        briefings: list[dict] = []
        rows: list[dict] = []
        tokens: list[list[str]] = []
        vectors: list[np.ndarray] = []
        to_embed: list[tuple[int, str]] = []
        indexed, reused = [], []
        files: dict[str, dict] = {}
        for n, doc in enumerate(docs, 1):
            report("parse", n, len(docs))
            digest = _source_hash(doc)
            old = prev_files.get(doc.source)
            if old and old["hash"] == digest and doc.source in prev_briefings:
                idx = prev_chunks.get(doc.source, [])
                briefings.append(prev_briefings[doc.source])
                for i in idx:
                    rows.append(prev_rows[i])
                    tokens.append(prev_tokens[i])
                    vectors.append(np.asarray(prev_vectors[i]))
                files[doc.source] = old
                reused.append(doc.source)
                continue
            try:
                meta = read_sidecar(doc.path)
            except (ValueError, OSError) as exc:
                errors.append(f"{doc.source}: 元数据文件无法读取：{exc}")
                meta = {}
            briefing = parse_briefing(doc.text, doc.source, meta=meta, content_hash=digest)
            chunks = chunk_briefing(briefing, settings.chunk_tokens, settings.chunk_overlap_tokens, settings.tokenizer)
            briefings.append(_briefing_to_dict(briefing))
            for c in chunks:
                to_embed.append((len(rows), c.indexed_text))
                rows.append(c.to_dict())
                tokens.append(bm25_tokens(c.indexed_text))
                vectors.append(None)  # type: ignore[arg-type]
            files[doc.source] = {"hash": digest, "chunks": len(chunks), "issue": briefing.issue, "date": briefing.date}
            indexed.append(doc.source)

        embedder = load_embedder(settings.embedding_model, settings.torch_threads)
        if to_embed:
            done = [0]

            def tick(k: int) -> None:
                done[0] += k
                report("embed", done[0], len(to_embed))

            new_vectors = embed(embedder, [t for _, t in to_embed], settings.embedding_batch_size, tick)
            for (pos, _), vec in zip(to_embed, new_vectors):
                vectors[pos] = vec
        matrix = np.vstack(vectors).astype(np.float32) if vectors else np.zeros((0, embedder.dim), np.float32)

        # Duplicate issues and suspicious parses depend on the whole corpus: re-checked on every run.
        briefings = [_briefing_to_dict(b) for b in audit([_briefing_from_dict(d) for d in briefings])]
        report("write", 0, 1)
        final = _write_store(settings, embedder.dim, briefings, rows, tokens, matrix, files, errors)
        removed = tuple(sorted(set(prev_files) - set(files)))
        report("write", 1, 1)
        return BuildReport(
            indexed=tuple(indexed), reused=tuple(reused), removed=removed, errors=tuple(errors),
            chunks=len(rows), embedded=len(to_embed), seconds=time.perf_counter() - started, path=str(final),
        )


def _write_store(settings: Settings, dim: int, briefings: list[dict], rows: list[dict],
                 tokens: list[list[str]], matrix: np.ndarray, files: dict, errors: list[str]) -> Path:
    """Write a complete new store directory, then point CURRENT at it with one atomic rename."""
    import faiss

    index_dir = settings.index_dir
    name = f"store-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"
    tmp = index_dir / f".{name}.tmp"
    tmp.mkdir(parents=True)
    _write(tmp / "chunks.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    _write(tmp / "tokens.jsonl", "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in tokens))
    _write(tmp / "briefings.json", json.dumps(briefings, ensure_ascii=False, indent=1))
    df = Counter(t for doc in tokens for t in set(doc))
    _write(tmp / "df.json", json.dumps(dict(sorted(df.items())), ensure_ascii=False))
    with (tmp / "embeddings.npy").open("wb") as f:
        np.save(f, matrix)
        f.flush()
        os.fsync(f.fileno())
    faiss.write_index(make_faiss_index(matrix, dim, settings.ann_threshold), str(tmp / "faiss.index"))
    if rows:
        make_bm25(tokens).save(str(tmp / "bm25"))
    checksums = {
        str(p.relative_to(tmp)): _sha256(p) for p in sorted(tmp.rglob("*")) if p.is_file()
    }
    manifest = {
        "format_version": FORMAT_VERSION,
        **{k: getattr(settings, k) for k in BUILD_KEYS},
        "dim": dim,
        "segmenter": SEGMENTER,
        "faiss": "hnsw" if len(rows) > settings.ann_threshold else "flat",
        "chunks": len(rows),
        "files": files,
        "errors": errors,
        "checksums": checksums,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    _write(tmp / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
    _fsync_dir(tmp)
    final = index_dir / name
    os.rename(tmp, final)
    pointer_tmp = index_dir / f".CURRENT.{uuid.uuid4().hex[:6]}"
    _write(pointer_tmp, name)
    os.replace(pointer_tmp, settings.store_pointer)
    _fsync_dir(index_dir)
    _collect_garbage(index_dir, keep={name})
    return final


def _collect_garbage(index_dir: Path, keep: set[str], keep_previous: int = 1) -> None:
    """Remove unfinished builds and all but the newest older stores (readers may still hold one)."""
    for tmp in index_dir.glob(".store-*.tmp"):
        shutil.rmtree(tmp, ignore_errors=True)
    for stale in index_dir.glob(".CURRENT.*"):
        stale.unlink(missing_ok=True)
    old = sorted((p for p in index_dir.glob("store-*") if p.name not in keep), key=lambda p: p.name)
    for p in old[:-keep_previous] if keep_previous else old:
        shutil.rmtree(p, ignore_errors=True)
