"""Any OpenAI-compatible /v1/chat/completions endpoint (vLLM, Ollama, llama.cpp server, DeepSeek, Qwen) via LangChain."""

from __future__ import annotations

import logging
import os
from typing import Iterator

from ..settings import Settings
from . import BackendError, Messages, ReplyRejected
from .common import PLACEHOLDER_KEY, bounded, display_url, sanitize

log = logging.getLogger(__name__)


class OpenAIBackend:
    """Streams answers from an OpenAI-compatible /v1/chat/completions endpoint through ChatOpenAI."""

    name = "openai"

    def __init__(self, base_url: str, model: str, api_key_env: str = "OPENAI_API_KEY", timeout_s: float = 30.0,
                 max_retries: int = 1, temperature: float = 0.0, max_tokens: int = 512, max_chars: int = 2000):
        self.base_url, self.model, self.api_key_env = base_url, model, api_key_env
        self.timeout_s, self.max_retries = float(timeout_s), int(max_retries)
        self.temperature, self.max_tokens, self.max_chars = float(temperature), int(max_tokens), int(max_chars)
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
                   max_tokens=settings.llm_max_tokens, max_chars=settings.llm_max_chars)

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

    def stream(self, messages: Messages) -> Iterator[str]:
        """Yield the reply's text pieces as the endpoint streams them, within llm_timeout_s for the whole reply."""
        yield from bounded(lambda: self._pieces(messages), self.timeout_s, self.max_chars, display_url(self.base_url))

    def _pieces(self, messages: Messages) -> Iterator[str]:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
        chat = [kinds[role](content) for role, content in messages]
        log.debug("openai backend: streaming from %s model=%s", display_url(self.base_url), self.model)
        said = cut = False
        try:
            for chunk in self._chat.stream(chat):
                text = str(chunk.text)  # the text of chunk.content, whether a str or content blocks
                said = said or bool(text.strip())
                cut = cut or (chunk.response_metadata or {}).get("finish_reason") == "length"
                if text:
                    yield text
        except Exception as exc:  # every failure becomes a BackendError the assistant falls back on
            raise BackendError(self._reason(exc)) from None
        if cut:
            raise ReplyRejected(f"回答达到长度上限（llm_max_tokens={self.max_tokens}）被截断")
        if not said:
            raise BackendError("the model returned an empty answer")
