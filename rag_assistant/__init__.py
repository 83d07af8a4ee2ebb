"""Question answering with verified citations over the Jiangsu emergency management briefings.

The names below load on first use (PEP 562), so ``import rag_assistant.settings`` (the web app's first step,
before its loading page is up) does not pull in numpy, FAISS and the answer pipeline.
"""

from __future__ import annotations

import importlib

_EXPORTS = {"Assistant": "assistant", "load_assistant": "assistant", "Settings": "settings", "load_settings": "settings",
            **{name: "types" for name in ("Answer", "Article", "Briefing", "Chunk", "Citation", "Hit", "Intent", "Part")}}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
