"""The Gradio web chat staff use: ``build_app(assistant, settings)`` builds it, ``launch`` runs it,
``serve(settings)`` does both (building a missing index first).

app.py lays out and wires the chat, tabs.py wires the other tabs; chat.py answers, render.py draws
answers and source cards, scope.py the search scope, upload.py and feedback.py handle files and
ratings, access.py says who is an admin, locale.py keeps gradio's own words Chinese, static/ holds
the page's CSS and JS; boot.py serves the loading page while all that imports.

The names below load on first use (PEP 562): ``import rag_assistant.web.boot`` must not import gradio, since
the loading page is up before gradio's ~3 s import. The ``serve`` submodule shares its name with the function
it exports: take the function from this package (``from rag_assistant.web import serve``).
"""

from __future__ import annotations

import importlib
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

_MODULES = {
    "app": ("EXAMPLES", "TITLE", "build_app"),
    "chat": ("BACKEND_LABELS", "Chat", "parse_history", "pick_backend"),
    "feedback": ("current_feedback", "read_feedback", "record_feedback"),
    "render": ("GENERIC_ERROR", "esc", "mark_quote", "render_briefings", "render_chat", "render_message",
               "render_sources", "render_status"),
    "scope": ("SCOPE_ALL", "SCOPE_LATEST", "resolve_scope", "scope_choices", "scope_label"),
    "serve": ("launch", "open_assistant", "serve", "theme"),
    "upload": ("UploadRejected", "safe_filename", "save_upload"),
}
_EXPORTS = {name: module for module, names in _MODULES.items() for name in names}

__all__ = sorted(_EXPORTS, key=str.lower)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{_EXPORTS[name]}", __name__)
    for exported in _MODULES[_EXPORTS[name]]:  # all at once: the serve function then replaces the serve module
        globals()[exported] = getattr(module, exported)
    return globals()[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
