"""What every LLM backend shares: masking secrets and URLs in messages, and Gemma's chat layout."""

from __future__ import annotations

import queue
import re
import threading
import time
from typing import Any, Callable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

from . import BackendError, ReplyRejected

# Local servers (llama.cpp, Ollama, vLLM) ignore the key, but the OpenAI client refuses to start without one.
PLACEHOLDER_KEY = "not-needed"
# Key-shaped strings are masked even when they are not the configured key (a proxy may echo another one).
KEY_LIKE_RE = re.compile(r"(?:sk|pk|rk)-[A-Za-z0-9_\-]{6,}|(?i:bearer)\s+\S+")
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


def gemma_chat_handler(stop_token_ids: Sequence[int] = (1, 106)) -> Any:
    """A llama-cpp-python chat handler with Gemma's layout (ids: <eos>, <end_of_turn> of Gemma's tokenizer)."""
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    return Jinja2ChatFormatter(GEMMA_CHAT_TEMPLATE, eos_token="<eos>", bos_token="<bos>",
                               stop_token_ids=list(stop_token_ids)).to_chat_handler()


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


def bounded(pieces: Callable[[], Iterator[str]], timeout_s: float, max_chars: int, where: str) -> Iterator[str]:
    """The pieces of ``pieces()`` as they come, within one deadline for the whole reply and a character cap.

    The reply is read in a worker thread, so a server that keeps the connection alive (llama.cpp's
    keep-alive pings reset any per-read timeout) or trickles tokens cannot hold the answer past
    ``timeout_s``; a missed deadline or cap is a BackendError the assistant falls back on. The worker
    stops reading at its next piece and closes the stream."""
    box: queue.Queue = queue.Queue()
    stop = threading.Event()

    def read() -> None:
        stream = None
        try:
            stream = pieces()
            if stop.is_set():
                return  # made too late (a slow first import): the caller has fallen back already
            for piece in stream:
                if stop.is_set():
                    break
                box.put(("piece", piece))
            box.put(("end", None))
        except BaseException as exc:  # handed to the caller's thread, which raises it
            box.put(("error", exc))
        finally:
            close = getattr(stream, "close", None)
            if close:
                close()

    threading.Thread(target=read, name="llm-reply", daemon=True).start()
    deadline, said = time.monotonic() + timeout_s, 0
    try:
        while True:
            try:
                kind, value = box.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                if said:
                    raise ReplyRejected(f"{where} 在 {timeout_s:g} 秒内没有完成回答") from None
                raise BackendError(f"{where} 在 {timeout_s:g} 秒内没有响应") from None
            if kind == "end":
                return
            if kind == "error":
                raise value
            said += len(value)
            if said > max_chars:
                raise ReplyRejected(f"回答超过 {max_chars} 字的上限")
            yield value
    finally:
        stop.set()
