"""Integrity of stored index data: per-briefing digests, and which briefings of a previous store may be reused.

The manifest's whole-file checksums say *that* a store was altered; the per-briefing digest (``files[source]
["data"]``) says *which* briefings were, so an ``index`` run re-processes those and never copies altered or
truncated records into a new store with fresh checksums.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..ingest.load import file_hash
from ..ingest.sidecar import iso_date
from ..types import Briefing, Chunk

# The shape every stored date has: sorting and 最新一期 compare dates as strings.
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
# The store files a build copies records from; faiss.index, bm25/ and df.json are always rebuilt from them.
REUSED_FILES = ("briefings.json", "chunks.jsonl", "tokens.jsonl", "embeddings.npy")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredBriefing:
    """One briefing's records in a previous store, verified against its manifest."""

    briefing: dict
    rows: list[dict]
    tokens: list[list[str]]
    vectors: np.ndarray


def briefing_digest(briefing: dict, rows: list[dict], tokens: list[list[str]], vectors: np.ndarray) -> str:
    """SHA-256 over everything a build reuses of one briefing: its record, chunk rows, BM25 tokens, vectors."""
    h = hashlib.sha256(_canonical(briefing))
    h.update(b"\x1d%d" % len(rows))
    for row, toks, vec in zip(rows, tokens, vectors):
        h.update(b"\x1e" + _canonical(row) + b"\x1f" + _canonical(toks) + b"\x1f")
        h.update(np.ascontiguousarray(vec, dtype=np.float32).tobytes())
    return h.hexdigest()


def with_digests(files: dict, briefings: list[dict], rows: list[dict], tokens: list[list[str]],
                 matrix: np.ndarray) -> dict:
    """The manifest's ``files`` with each briefing's digest, which the next build checks before reusing it."""
    positions = _positions(rows)
    out = {}
    for b in briefings:
        idx = positions.get(b["source"], [])
        digest = briefing_digest(b, [rows[i] for i in idx], [tokens[i] for i in idx], matrix[idx])
        out[b["source"]] = {**files[b["source"]], "data": digest}
    return out


def reusable_briefings(path: Path, manifest: dict) -> tuple[dict[str, StoredBriefing], list[str]]:
    """The briefings of the store at ``path`` whose records match ``manifest``, and one warning per briefing
    (or for the whole store, when the damage cannot be localised) that must be re-processed."""
    files = manifest.get("files", {})
    try:
        stored = _read_records(path)
    except (OSError, ValueError, TypeError, KeyError) as exc:
        return {}, [f"上一版索引的记录无法读取（{type(exc).__name__}: {exc}），全部简报重新处理"]
    briefings, rows, tokens, vectors = stored
    positions = _positions(rows)
    whole_files_intact = None
    found: dict[str, StoredBriefing] = {}
    damaged: list[str] = []
    warnings: list[str] = []
    for source, entry in files.items():
        record = _collect(briefings.get(source), positions.get(source, []), rows, tokens, vectors)
        if record is not None and "data" in entry:
            intact = entry["data"] == briefing_digest(record.briefing, record.rows, record.tokens, record.vectors)
        elif record is not None:  # a store written before per-briefing digests: only whole files can tell
            if whole_files_intact is None:
                whole_files_intact = _whole_files_intact(path, manifest)
            intact = whole_files_intact and len(record.rows) == entry.get("chunks")
        else:
            intact = False
        if not intact:
            damaged.append(source)
            warnings.append(f"{source}: 上一版索引中此简报的数据与清单校验值不符（被改动或截断），已重新处理")
        elif not _dates_iso(record):  # written before sidecar validation, e.g. "2026年3月26日"
            warnings.append(f"{source}: 上一版索引中此简报的日期不是标准格式，已重新解析")
        else:
            found[source] = record
    if damaged and whole_files_intact is False and not found:
        return {}, ["上一版索引的文件与清单校验值不符，且无法定位到具体简报，全部简报重新处理"]
    return found, warnings


def with_iso_dates(briefings: list[Briefing], chunks: list[Chunk]) -> tuple[list[Briefing], list[Chunk]]:
    """Briefings and chunks whose dates are ISO or None, whatever an older index stored: code that sorts
    or formats dates can rely on it, and a date like ``2026年3月26日`` never sorts as the newest."""
    dates = {x.date for x in (*briefings, *chunks)} - {None}
    fixed = {d: iso_date(d) for d in dates if not (isinstance(d, str) and _ISO.fullmatch(d))}
    if not fixed:
        return briefings, chunks
    log.warning("index holds non-ISO dates, read as: %s", fixed)

    def mend(item):
        return dataclasses.replace(item, date=fixed[item.date]) if item.date in fixed else item

    return [mend(b) for b in briefings], [mend(c) for c in chunks]


def _positions(rows: list) -> dict[str, list[int]]:
    """Row positions by source; damaged rows (None, or without a source) belong to none."""
    positions: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        if isinstance(row, dict) and isinstance(row.get("source"), str):
            positions.setdefault(row["source"], []).append(i)
    return positions


def _read_records(path: Path) -> tuple[dict[str, dict], list, list, np.ndarray]:
    briefings = {d["source"]: d for d in json.loads((path / "briefings.json").read_text(encoding="utf-8"))}
    rows = _read_jsonl(path / "chunks.jsonl")
    tokens = _read_jsonl(path / "tokens.jsonl")
    vectors = np.load(path / "embeddings.npy", mmap_mode="r")
    return briefings, rows, tokens, vectors


def _read_jsonl(path: Path) -> list:
    # A damaged line becomes None rather than vanishing, so later lines keep their positions.
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            out.append(None)
    return out


def _collect(briefing: dict | None, idx: list[int], rows: list, tokens: list,
             vectors: np.ndarray) -> StoredBriefing | None:
    if briefing is None or any(i >= len(tokens) or i >= len(vectors) or not isinstance(tokens[i], list) for i in idx):
        return None
    return StoredBriefing(briefing=briefing, rows=[rows[i] for i in idx], tokens=[tokens[i] for i in idx],
                          vectors=np.asarray(vectors[idx], dtype=np.float32))


def _whole_files_intact(path: Path, manifest: dict) -> bool:
    checksums = manifest.get("checksums", {})
    try:
        return all(name in checksums and file_hash(path / name) == checksums[name] for name in REUSED_FILES)
    except OSError:
        return False


def _dates_iso(record: StoredBriefing) -> bool:
    dates = {record.briefing.get("date")} | {row.get("date") for row in record.rows}
    return all(d is None or (isinstance(d, str) and _ISO.fullmatch(d)) for d in dates)


def _canonical(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
