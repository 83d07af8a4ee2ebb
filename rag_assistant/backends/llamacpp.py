"""A local GGUF model in-process with llama-cpp-python (pip install 'rag-assistant[llamacpp]')."""

from __future__ import annotations

import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..settings import Settings
from . import BackendError, Messages, ReplyRejected
from .common import bounded, gemma_chat_handler, sanitize

INSTALL_LLAMACPP = "pip install 'rag-assistant[llamacpp]'"
# Loads the model and decodes one token, in a child process (argv: model path). A llama.cpp build for CPU features
# the machine lacks or mishandles dies in its first decode (a -march=native build's AMX kernels segfaulted on an AMX
# Xeon here, 2026-12-04); in-process that would take the whole app down with it.
PROBE_CODE = ("import sys\nfrom llama_cpp import Llama\n"
              "Llama(model_path=sys.argv[1], n_ctx=256, verbose=False).create_completion('0', max_tokens=1)\n")
PROBE_TIMEOUT_S = 300.0


def crash_of_first_decode(model_path: str) -> str | None:
    """Why the model cannot be run in this process (the child died of a signal in its first decode), or None.
    Other failures (a bad file, a missing package) are left to the in-process load, which reports them itself;
    a probe that only runs long is no crash."""
    try:
        done = subprocess.run([sys.executable, "-c", PROBE_CODE, model_path], capture_output=True, timeout=PROBE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode >= 0:
        return None
    return (f"本地模型在本机试运行时崩溃（信号 {-done.returncode}），多为 llama-cpp-python 的编译与本机 CPU 不兼容，"
            "请按 README 用 CMAKE_ARGS 重新编译")


class LlamaCppBackend:
    """Runs a local GGUF model in-process with llama-cpp-python; loaded once, on first use."""

    name = "llamacpp"

    def __init__(self, model_path: str | None, temperature: float = 0.0, max_tokens: int = 512, n_ctx: int = 4096,
                 timeout_s: float = 30.0, max_chars: int = 2000):
        self.model_path, self.n_ctx = model_path, n_ctx
        self.temperature, self.max_tokens = float(temperature), int(max_tokens)
        self.timeout_s, self.max_chars = float(timeout_s), int(max_chars)
        self._llm: Any = None
        self._crash: str | None = None  # the probe's finding, kept: a build that crashes once crashes every time
        # One Llama context is not safe to share: a generation holds the lock until it ends.
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> LlamaCppBackend:
        """A backend for settings.llamacpp_model_path (checked when first used)."""
        return cls(settings.llamacpp_model_path, temperature=settings.llm_temperature, max_tokens=settings.llm_max_tokens,
                   timeout_s=settings.llm_timeout_s, max_chars=settings.llm_max_chars)

    def __repr__(self) -> str:
        return f"LlamaCppBackend(model_path={self.model_path!r}, loaded={self._llm is not None})"

    def _model(self) -> Any:
        """The loaded model; a missing path, package or unreadable file is a BackendError."""
        if self._llm is not None:
            return self._llm
        if not self.model_path:
            raise BackendError("未配置本地模型，请把 RAG_LLAMACPP_MODEL_PATH 设为一个 .gguf 文件")
        if not Path(self.model_path).expanduser().is_file():
            raise BackendError(f"本地模型文件不存在：{self.model_path}")
        try:
            from llama_cpp import Llama
        except ImportError:
            raise BackendError(f"未安装 llama-cpp-python，请运行 {INSTALL_LLAMACPP}") from None
        self._crash = self._crash or crash_of_first_decode(str(Path(self.model_path).expanduser()))
        if self._crash:
            raise BackendError(self._crash)
        try:
            llm = Llama(model_path=str(Path(self.model_path).expanduser()), n_ctx=self.n_ctx, verbose=False)
            meta = llm.metadata or {}
            if "tokenizer.chat_template" not in meta and meta.get("general.architecture", "").startswith("gemma"):
                stops = llm.tokenize(b"<end_of_turn>", add_bos=False, special=True) + [llm.token_eos()]
                llm.chat_handler = gemma_chat_handler(stops)
            self._llm = llm
        except Exception as exc:
            raise BackendError(sanitize(f"无法加载本地模型 {self.model_path}（{type(exc).__name__}: {exc}）")) from None
        return self._llm

    @contextmanager
    def _generating(self) -> Iterator[Any]:
        """The model, held exclusively; any failure (e.g. a prompt beyond n_ctx) becomes a BackendError."""
        with self._lock:
            try:
                yield self._model()
            except BackendError:
                raise
            except Exception as exc:
                raise BackendError(sanitize(f"本地模型生成失败（{type(exc).__name__}: {exc}）")) from None

    def stream(self, messages: Messages) -> Iterator[str]:
        """Yield the reply's text pieces as the local model generates them, within llm_timeout_s in all
        (loading the model counts: a first answer that cannot load in time falls back, the load goes on)."""
        yield from bounded(lambda: self._pieces(messages), self.timeout_s, self.max_chars, "本地模型")

    def _pieces(self, messages: Messages) -> Iterator[str]:
        chat = [{"role": role, "content": content} for role, content in messages]
        said = cut = False
        with self._generating() as llm:
            for chunk in llm.create_chat_completion(messages=chat, stream=True, temperature=self.temperature,
                                                    max_tokens=self.max_tokens):
                choice = chunk["choices"][0]
                text = choice["delta"].get("content") or ""
                said = said or bool(text.strip())
                cut = cut or choice.get("finish_reason") == "length"
                if text:
                    yield text
        if cut:
            raise ReplyRejected(f"回答达到长度上限（llm_max_tokens={self.max_tokens}）被截断")
        if not said:
            raise BackendError("the model returned an empty answer")
