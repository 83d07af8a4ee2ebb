"""LLM answer backends: any OpenAI-compatible chat endpoint (via LangChain) and an in-process llama.cpp model."""

from __future__ import annotations

import logging
import os
import re
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

from .answer import BackendError, Prompts, format_sources
from .settings import Settings
from .types import Hit

log = logging.getLogger(__name__)

# Local servers (llama.cpp, Ollama, vLLM) ignore the key, but the OpenAI client refuses to start without one.
PLACEHOLDER_KEY = "not-needed"
# Key-shaped strings are masked even when they are not the configured key (a proxy may echo another one).
KEY_LIKE_RE = re.compile(r"(?:sk|pk|rk)-[A-Za-z0-9_\-]{6,}|(?i:bearer)\s+\S+")
INSTALL_LLAMACPP = "pip install 'rag-assistant[llamacpp]'"
# Gemma's published chat layout: the system turn is folded into the first user turn. Used when a Gemma
# GGUF carries no template, where llama-cpp-python would fall back to Llama-2's [INST] layout (to which
# Gemma answers nothing) and its own "gemma" format would silently drop the system prompt.
GEMMA_CHAT_TEMPLATE = (
    r"{{ bos_token }}{%- if messages[0]['role'] == 'system' -%}"
    r"{%- set prefix = messages[0]['content'] + '\n\n' -%}{%- set turns = messages[1:] -%}"
    r"{%- else -%}{%- set prefix = '' -%}{%- set turns = messages -%}{%- endif -%}"
    r"{%- for m in turns -%}{%- set role = 'model' if m['role'] == 'assistant' else m['role'] -%}"
    r"{{ '<start_of_turn>' + role + '\n' + (prefix if loop.first else '') + m['content'] | trim + '<end_of_turn>\n' }}"
    r"{%- endfor -%}{%- if add_generation_prompt -%}{{ '<start_of_turn>model\n' }}{%- endif -%}"
)


def answer_messages(question: str, hits: Sequence[Hit], prompts: Prompts) -> list[tuple[str, str]]:
    """(role, content) pairs: the rules as the system turn, the numbered sources and question as the user turn."""
    user = prompts.answer.format(sources=format_sources(hits, prompts), question=question)
    return [("system", prompts.system), ("user", user)]


def condense_prompt(question: str, history: Sequence[str], prompts: Prompts) -> str:
    """The single user turn that asks for a standalone rewrite of a follow-up."""
    return prompts.condense.format(history="\n".join(history), question=question)


def gemma_chat_handler(stop_token_ids: Sequence[int] = (1, 106)) -> Any:
    """A llama-cpp-python chat handler with Gemma's layout (ids: <eos>, <end_of_turn> of Gemma's tokenizer)."""
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    return Jinja2ChatFormatter(GEMMA_CHAT_TEMPLATE, eos_token="<eos>", bos_token="<bos>",
                               stop_token_ids=list(stop_token_ids)).to_chat_handler()


def first_line(text: str, instructions: str = "") -> str:
    """The first non-empty line of a condensed question; empty output or parroted instructions are a BackendError."""
    for line in (text or "").strip().splitlines():
        # Small models often echo the template's last label before the rewrite.
        line = re.sub(r"^(?:完整问题|改写后的问题|问题)\s*[:：]\s*", "", line.strip()).strip()
        if line:
            # Small base models parrot the prompt; searching for that text would only mislead retrieval.
            if len(line) >= 8 and line in instructions:
                raise BackendError("the model echoed the instructions instead of rewriting the question")
            return line
    raise BackendError("the model returned an empty rewrite")


def display_url(url: str) -> str:
    """The URL without user:password or query string, fit for notices and logs."""
    try:
        parts = urlsplit(url)
        host = f"[{parts.hostname}]" if ":" in (parts.hostname or "") else parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    except ValueError:
        return "<invalid url>"


def sanitize(text: str, secrets: Sequence[str] = ()) -> str:
    """One short line with every secret and key-shaped string masked."""
    for secret in secrets:
        if secret and secret != PLACEHOLDER_KEY:
            text = text.replace(secret, "***")
    text = KEY_LIKE_RE.sub("***", text)
    text = " ".join(text.split())
    return text if len(text) <= 160 else text[:157] + "…"


# ---------------------------------------------------------------- OpenAI-compatible endpoint

class OpenAIBackend:
    """Streams answers from an OpenAI-compatible /v1/chat/completions endpoint through ChatOpenAI."""

    name = "openai"

    def __init__(self, base_url: str, model: str, api_key_env: str = "OPENAI_API_KEY", timeout_s: float = 30.0,
                 max_retries: int = 1, temperature: float = 0.0, max_tokens: int = 512):
        self.base_url, self.model, self.api_key_env = base_url, model, api_key_env
        self.timeout_s, self.max_retries = float(timeout_s), int(max_retries)
        self.temperature, self.max_tokens = float(temperature), int(max_tokens)
        try:
            from langchain_openai import ChatOpenAI

            self._chat = ChatOpenAI(
                base_url=base_url, model=model,
                # A callable: the key is read from the environment per request and never held here.
                api_key=self._key,
                timeout=self.timeout_s, max_retries=self.max_retries, streaming=True,
                temperature=self.temperature,
                # max_tokens= would be sent as max_completion_tokens, which llama-cpp-python's server
                # (and older vLLM/Ollama) silently ignore; every compatible server honours max_tokens.
                extra_body={"max_tokens": self.max_tokens},
                # Compatible servers implement chat completions only, whatever the model is called.
                use_responses_api=False,
            )
        except Exception as exc:  # a malformed URL or value (or a broken install) must not escape as a crash
            raise BackendError(self._reason(exc)) from None

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAIBackend:
        """A backend from the openai_* and llm_* settings; a missing URL or model names the setting."""
        if not settings.openai_base_url:
            raise BackendError("未配置大模型服务地址，请设置 RAG_OPENAI_BASE_URL（例如 http://127.0.0.1:8080/v1）")
        if not settings.openai_model:
            raise BackendError("未配置模型名称，请设置 RAG_OPENAI_MODEL")
        return cls(base_url=settings.openai_base_url, model=settings.openai_model,
                   api_key_env=settings.openai_api_key_env, timeout_s=settings.llm_timeout_s,
                   max_retries=settings.llm_max_retries, temperature=settings.llm_temperature,
                   max_tokens=settings.llm_max_tokens)

    def __repr__(self) -> str:
        return f"OpenAIBackend(base_url={display_url(self.base_url)!r}, model={self.model!r}, key_env={self.api_key_env!r})"

    def _key(self) -> str:
        return os.environ.get(self.api_key_env) or PLACEHOLDER_KEY

    def _reason(self, exc: BaseException) -> str:
        """A short, key-free reason for a failed call, naming the kind of failure."""
        import openai  # langchain-openai re-raises transport errors, mid-stream ones too, as openai's types

        where = display_url(self.base_url)
        if isinstance(exc, openai.APITimeoutError):
            reason = f"{where} 在 {self.timeout_s:g} 秒内没有响应"
        elif isinstance(exc, openai.APIStatusError):
            reason = f"{where} 返回 HTTP {exc.status_code}：{exc.message}"
        elif isinstance(exc, openai.APIConnectionError):
            reason = f"无法连接 {where}"
        elif isinstance(exc, (ValueError, KeyError, TypeError, AttributeError, IndexError)):
            # JSONDecodeError is a ValueError: the stream carried chunks that are not chat completions.
            reason = f"{where} 返回了无法解析的数据（{type(exc).__name__}: {exc}）"
        else:
            reason = f"调用 {where} 失败（{type(exc).__name__}: {exc}）"
        return sanitize(reason, [os.environ.get(self.api_key_env, "")])

    def stream(self, question: str, hits: Sequence[Hit], prompts: Prompts) -> Iterator[str]:
        """Yield the answer's text pieces as the endpoint streams them."""
        from langchain_core.messages import HumanMessage, SystemMessage

        (_, system), (_, user) = answer_messages(question, hits, prompts)
        messages = [SystemMessage(system), HumanMessage(user)]
        log.debug("openai backend: streaming from %s model=%s", display_url(self.base_url), self.model)
        said = False
        try:
            for chunk in self._chat.stream(messages):
                text = str(chunk.text)  # the text of chunk.content, whether a str or content blocks
                said = said or bool(text.strip())
                if text:
                    yield text
        except Exception as exc:  # every failure becomes a BackendError the assistant falls back on
            raise BackendError(self._reason(exc)) from None
        if not said:
            raise BackendError("the model returned an empty answer")

    def condense(self, question: str, history: Sequence[str], prompts: Prompts) -> str:
        """Rewrite a follow-up into a standalone question with one non-streaming call."""
        try:
            from langchain_core.messages import HumanMessage

            message = self._chat.invoke([HumanMessage(condense_prompt(question, history, prompts))], stream=False)
            text = str(message.text)
        except Exception as exc:
            raise BackendError(self._reason(exc)) from None
        return first_line(text, prompts.condense)


# ---------------------------------------------------------------- in-process llama.cpp

class LlamaCppBackend:
    """Runs a local GGUF model in-process with llama-cpp-python; loaded once, on first use."""

    name = "llamacpp"

    def __init__(self, model_path: str | None, temperature: float = 0.0, max_tokens: int = 512, n_ctx: int = 4096):
        self.model_path, self.n_ctx = model_path, n_ctx
        self.temperature, self.max_tokens = float(temperature), int(max_tokens)
        self._llm: Any = None
        # One Llama context is not safe to share: a generation holds the lock until it ends.
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> LlamaCppBackend:
        """A backend for settings.llamacpp_model_path (checked when first used)."""
        return cls(settings.llamacpp_model_path, temperature=settings.llm_temperature, max_tokens=settings.llm_max_tokens)

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

    def stream(self, question: str, hits: Sequence[Hit], prompts: Prompts) -> Iterator[str]:
        """Yield the answer's text pieces as the local model generates them."""
        messages = [{"role": r, "content": c} for r, c in answer_messages(question, hits, prompts)]
        said = False
        with self._generating() as llm:
            for chunk in llm.create_chat_completion(messages=messages, stream=True, temperature=self.temperature,
                                                    max_tokens=self.max_tokens):
                text = chunk["choices"][0]["delta"].get("content") or ""
                said = said or bool(text.strip())
                if text:
                    yield text
        if not said:
            raise BackendError("the model returned an empty answer")

    def condense(self, question: str, history: Sequence[str], prompts: Prompts) -> str:
        """Rewrite a follow-up into a standalone question with the local model."""
        messages = [{"role": "user", "content": condense_prompt(question, history, prompts)}]
        with self._generating() as llm:
            reply = llm.create_chat_completion(messages=messages, temperature=self.temperature, max_tokens=self.max_tokens)
            text = reply["choices"][0]["message"].get("content") or ""
        return first_line(text, prompts.condense)
