"""FAISS + BM25 + chunk records + manifest on disk: atomic, incremental, self-describing."""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from ..settings import Settings
from ..types import Article, Briefing, Chunk
from .integrity import with_iso_dates

# 2: a briefing carries its footer's 印发 date (printed, printed_line); a format-1 store lacks it and is rebuilt.
FORMAT_VERSION = 2
SEGMENTER = "jieba-search"
# Settings that change what is stored; an index built with other values must be rebuilt.
BUILD_KEYS = ("embedding_model", "embedding_runtime", "tokenizer", "chunk_tokens", "chunk_overlap_tokens")
# What an index written before a key existed was built with.
LEGACY_BUILD_VALUES = {"embedding_runtime": "torch"}
JIEBA_CACHE = "jieba.cache"
REBUILD_HINT = "rag-assistant index --rebuild"
STOPWORDS = frozenset("的 了 和 与 及 等 在 是 为 对 以 将 把 被 从 向 于 中 上 下 有 也 都 并 其 之 而 或 由 个 这 那 什么 多少 哪些 哪个 几 吗 呢 啊 请问 是否 怎么 如何 情况 简报".split())
_PUNCT_RE = re.compile(r"^[\W_]+$")
STORE_NAME_RE = re.compile(r"store-[0-9A-Za-z_-]+")

log = logging.getLogger(__name__)


class IndexError_(RuntimeError):
    """Base for index problems; every message ends with what to run."""


class IndexMissing(IndexError_):
    """No index has been built yet."""


class IndexMismatch(IndexError_):
    """The index was built with other settings (model, tokenizer, chunk size)."""


class IndexCorrupt(IndexError_):
    """Index files are missing, truncated or altered."""


class IndexWriteFailed(IndexError_):
    """A new index could not be written (disk full, read-only directory); the previous one is untouched."""

    @classmethod
    def from_os_error(cls, exc: OSError, index_dir: Path) -> IndexWriteFailed:
        """The one-line message: what happened, that nothing was lost, what to do."""
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            problem, fix = "磁盘空间不足（或超出文件大小限制）", "请释放磁盘空间后重新运行"
        elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            problem, fix = "索引目录不可写（只读或无权限）", "请检查目录权限、或在设置中改用可写的 index_dir 后重新运行"
        else:
            problem, fix = f"写入失败（{exc.strerror or type(exc).__name__}）", "请排除问题后重新运行"
        return cls(f"无法写入索引 {index_dir}：{problem}；原有索引保持不变。{fix} `rag-assistant index`")


# Full-width digits and letters (２１５０套, ＰＭ) are the same words as their ASCII forms, in a briefing or a question.
_HALF_WIDTH = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(r[0], r[1] + 1)}
_HALF_WIDTH.update({ord("．"): ord("."), ord("％"): ord("%")})


def bm25_tokens(text: str) -> list[str]:
    """Chinese-aware BM25 tokens: jieba search-mode words, lower-cased, without punctuation or stopwords."""
    import jieba

    return [
        t for t in (w.strip().lower() for w in jieba.cut_for_search(text.translate(_HALF_WIDTH)))
        if t and t not in STOPWORDS and not _PUNCT_RE.match(t)
    ]


def init_segmenter(cache_dir: Path | None = None) -> None:
    """Load jieba's dictionary now, so the first query does not pay for it.

    With ``cache_dir`` (settings.model_cache_dir) jieba's tables are the compact ones kept there (lexicon.py:
    the same segmentation and tags in ~10 MB instead of ~95 MB); without it, or when they cannot be had,
    jieba's own, with its parsed-dictionary cache in ``cache_dir`` rather than in the system temp dir.
    Not in the index directory: they depend on the installed jieba, not on the briefings."""
    import jieba

    from .lexicon import install

    jieba.setLogLevel(logging.WARNING)
    if cache_dir is not None and install(cache_dir):
        return
    if cache_dir is not None and not jieba.dt.initialized and jieba.dt.tmp_dir is None:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            jieba.dt.tmp_dir = str(cache_dir)
        except OSError:  # unwritable: jieba's default (the temp dir) still works
            pass
    jieba.initialize()


@dataclass(frozen=True)
class SavedBM25:
    """The BM25 index bm25s saved (``bm25/``), scored with numpy alone.

    bm25s stores every token's precomputed BM25 contribution per document as a CSC matrix; a query's
    scores are the sum of its tokens' columns, exactly as ``bm25s.BM25.get_scores`` computes them. Reading
    the files ourselves keeps bm25s and scipy (0.5-1.3 s of imports) out of every process that only answers."""

    vocab: dict[str, int]
    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    num_docs: int

    @classmethod
    def load(cls, directory: Path) -> SavedBM25:
        params = json.loads((directory / "params.index.json").read_text(encoding="utf-8"))
        vocab = json.loads((directory / "vocab.index.json").read_text(encoding="utf-8"))
        arrays = [np.load(directory / f"{name}.csc.index.npy") for name in ("data", "indices", "indptr")]
        return cls(vocab, *arrays, num_docs=int(params["num_docs"]))

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every document for a tokenised query (tokens outside the vocabulary add nothing)."""
        scores = np.zeros(self.num_docs, dtype=self.data.dtype)
        for token_id in (self.vocab[t] for t in tokens if t in self.vocab):
            start, end = self.indptr[token_id], self.indptr[token_id + 1]
            np.add.at(scores, self.indices[start:end], self.data[start:end])
        return scores


@dataclass
class Store:
    """A loaded index: read-only after loading, safe to share between threads."""

    path: Path
    manifest: dict
    briefings: list[Briefing]
    chunks: list[Chunk]
    faiss_index: object
    bm25: object
    df: dict[str, int] = field(default_factory=dict)  # BM25 token → number of chunks holding it
    errors: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.chunks)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _briefing_to_dict(b: Briefing) -> dict:
    return asdict(b)


def _briefing_from_dict(d: dict) -> Briefing:
    articles = tuple(Article(**{**a, "paragraphs": tuple(a["paragraphs"])}) for a in d["articles"])
    return Briefing(**{**d, "articles": articles, "toc": tuple(d["toc"]), "warnings": tuple(d["warnings"]),
                       "header": tuple(d.get("header", ()))})


def stale_format(manifest: dict) -> str | None:
    """Why an index of another format cannot lend its stored briefings (they lack fields this one reads)."""
    if manifest.get("format_version") == FORMAT_VERSION:
        return None
    return f"上一版索引的格式为 {manifest.get('format_version')}，当前为 {FORMAT_VERSION}：本次重新处理全部简报"


def check_compatible(manifest: dict, settings: Settings) -> None:
    """Raise IndexMismatch when the index was built with other build settings."""
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatch(f"index format {manifest.get('format_version')} is not {FORMAT_VERSION}; run `{REBUILD_HINT}`")
    diffs = [
        f"{k}: index={built_with(manifest, k)!r}, settings={getattr(settings, k)!r}"
        for k in BUILD_KEYS if built_with(manifest, k) != getattr(settings, k)
    ]
    if diffs:
        raise IndexMismatch("the index was built with different settings (" + "; ".join(diffs) + f"); run `{REBUILD_HINT}`")


def built_with(manifest: dict, key: str):
    """The value of a build setting recorded in a manifest (older indexes: what they were built with)."""
    return manifest.get(key, LEGACY_BUILD_VALUES.get(key))


def current_dir(settings: Settings) -> Path | None:
    """The directory the CURRENT pointer names, or None when there is no index."""
    pointer = settings.store_pointer
    if not pointer.is_file():
        return None
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise IndexCorrupt(f"索引指针 {pointer} 无法读取（{type(exc).__name__}）；请运行 `{REBUILD_HINT}`") from exc
    if not name:
        return None
    path = settings.index_dir / name
    # Only a store directory directly inside index_dir: never "../elsewhere", "/etc", or a link out of it.
    if not STORE_NAME_RE.fullmatch(name) or path.resolve().parent != settings.index_dir.resolve():
        raise IndexCorrupt(f"索引指针 {pointer} 指向索引目录之外（{name[:80]!r}），已拒绝；请运行 `{REBUILD_HINT}`")
    return path


def open_store(settings: Settings, verify: bool = True) -> Store:
    """Load the current index, refusing one built with other settings or with damaged files."""
    path = current_dir(settings)
    if path is None:
        raise IndexMissing(f"no index under {settings.index_dir}; run `rag-assistant index`")
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexCorrupt(f"cannot read the index manifest in {path} ({exc}); run `{REBUILD_HINT}`") from exc
    check_compatible(manifest, settings)
    try:
        if verify:
            for name, digest in manifest["checksums"].items():
                if _sha256(path / name) != digest:
                    raise IndexCorrupt(f"index file {name} in {path} has been altered or truncated; run `{REBUILD_HINT}`")
        import faiss

        chunks = [Chunk.from_dict(json.loads(line)) for line in (path / "chunks.jsonl").read_text(encoding="utf-8").splitlines() if line]
        briefings = [_briefing_from_dict(d) for d in json.loads((path / "briefings.json").read_text(encoding="utf-8"))]
        index = faiss.read_index(str(path / "faiss.index"))
        bm25 = SavedBM25.load(path / "bm25") if chunks else None
        df = json.loads((path / "df.json").read_text(encoding="utf-8"))
    except IndexCorrupt:
        raise
    except Exception as exc:  # faiss raises RuntimeError, json ValueError, numpy OSError/ValueError
        raise IndexCorrupt(f"cannot load the index in {path} ({type(exc).__name__}: {exc}); run `{REBUILD_HINT}`") from exc
    if index.ntotal != len(chunks) or len(chunks) != manifest["chunks"]:
        raise IndexCorrupt(f"index in {path} is inconsistent ({index.ntotal} vectors, {len(chunks)} chunks); run `{REBUILD_HINT}`")
    briefings, chunks = with_iso_dates(briefings, chunks)
    init_segmenter(settings.model_cache_dir)
    return Store(path=path, manifest=manifest, briefings=briefings, chunks=chunks,
                 faiss_index=index, bm25=bm25, df=df, errors=list(manifest.get("errors", [])))


