"""Question answering with verified citations over the Jiangsu emergency management briefings."""

from .assistant import Assistant, load_assistant
from .settings import Settings, load_settings
from .types import Answer, Article, Briefing, Chunk, Citation, Hit, Intent, Part

__all__ = ["Answer", "Article", "Assistant", "Briefing", "Chunk", "Citation", "Hit", "Intent", "Part", "Settings",
           "load_assistant", "load_settings"]
