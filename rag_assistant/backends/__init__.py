"""LLM backends behind one required method, ``stream(messages)``, from a small registry keyed by name.

The pipeline builds the messages (prompts/, answer/prompt.py) and judges whatever comes back; a backend
only talks to a model. ``extractive`` is the pipeline's own offline answer and needs no backend object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterator, Protocol, Sequence

if TYPE_CHECKING:
    from ..settings import Settings

# (role, content) pairs: "system", "user" or "assistant".
Messages = Sequence[tuple[str, str]]

EXTRACTIVE = "extractive"


class BackendError(RuntimeError):
    """A backend failed (connection, timeout, HTTP error, unusable output); the message is safe to show."""


class ReplyRejected(BackendError):
    """The model answered, but not within the deadline or the length caps: its reply is not used."""


class ChatBackend(Protocol):
    """A chat model: yields the reply to ``messages`` piece by piece; every failure is a BackendError."""

    name: str

    def stream(self, messages: Messages) -> Iterator[str]:
        """Yield pieces of the model's reply."""
        ...


def complete(backend: ChatBackend, messages: Messages) -> str:
    """The whole reply to ``messages`` (built on ``stream``)."""
    return "".join(backend.stream(messages))


def _openai(settings: Settings) -> ChatBackend:
    from .openai import OpenAIBackend

    return OpenAIBackend.from_settings(settings)


def _llamacpp(settings: Settings) -> ChatBackend:
    from .llamacpp import LlamaCppBackend

    return LlamaCppBackend.from_settings(settings)


REGISTRY: dict[str, Callable[[Settings], ChatBackend]] = {"openai": _openai, "llamacpp": _llamacpp}
NAMES: tuple[str, ...] = (EXTRACTIVE, *REGISTRY)


def check_name(name: str) -> str:
    """``name`` if it is a known backend; otherwise a ValueError listing the valid ones."""
    if name not in NAMES:
        raise ValueError(f"unknown backend {name!r}; valid backends: {', '.join(sorted(NAMES))}")
    return name


def make_backend(name: str, settings: Settings) -> ChatBackend:
    """The LLM backend registered under ``name`` (not ``extractive``: that one is the pipeline's own)."""
    check_name(name)
    if name == EXTRACTIVE:
        raise ValueError("the extractive answer needs no backend object")
    return REGISTRY[name](settings)
