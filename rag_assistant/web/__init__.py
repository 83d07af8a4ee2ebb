"""The Gradio web chat staff use: ``build_app(assistant, settings)`` builds it, ``launch`` runs it,
``serve(settings)`` does both (building a missing index first).

app.py lays out and wires the chat, tabs.py wires the other tabs; chat.py answers, render.py draws
answers and source cards, scope.py the search scope, upload.py and feedback.py handle files and
ratings, access.py says who is an admin, locale.py keeps gradio's own words Chinese, static/ holds
the page's CSS and JS.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from .app import EXAMPLES, TITLE, build_app
from .chat import BACKEND_LABELS, Chat, parse_history, pick_backend
from .feedback import current_feedback, read_feedback, record_feedback
from .render import (
                     GENERIC_ERROR,
                     esc,
                     mark_quote,
                     render_briefings,
                     render_chat,
                     render_message,
                     render_sources,
                     render_status,
)
from .scope import SCOPE_ALL, SCOPE_LATEST, resolve_scope, scope_choices, scope_label
from .serve import launch, open_assistant, serve, theme
from .upload import UploadRejected, safe_filename, save_upload

__all__ = [
                     "BACKEND_LABELS",
                     "EXAMPLES",
                     "GENERIC_ERROR",
                     "SCOPE_ALL",
                     "SCOPE_LATEST",
                     "TITLE",
                     "Chat",
                     "UploadRejected",
                     "build_app",
                     "current_feedback",
                     "esc",
                     "launch",
                     "mark_quote",
                     "open_assistant",
                     "parse_history",
                     "pick_backend",
                     "read_feedback",
                     "record_feedback",
                     "render_briefings",
                     "render_chat",
                     "render_message",
                     "render_sources",
                     "render_status",
                     "resolve_scope",
                     "safe_filename",
                     "save_upload",
                     "scope_choices",
                     "scope_label",
                     "serve",
                     "theme",
]
