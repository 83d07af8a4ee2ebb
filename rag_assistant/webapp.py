"""Compatibility name for the web chat, which now lives in the ``rag_assistant.web`` package."""

from __future__ import annotations

from .web import *  # noqa: F401,F403
from .web import __all__  # noqa: F401
