"""The prompt files under prompts/ and the chat messages built from them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..text import source_label
from ..types import Hit


@dataclass(frozen=True)
class Prompts:
    """The prompt files under prompts/, read once."""

    system: str
    answer: str
    source: str
    condense: str
    refusal: str

    @classmethod
    def load(cls, directory: Path) -> Prompts:
        """Read every template; a missing file is a clear error naming it."""
        texts = {}
        for name in ("system", "answer", "source", "condense", "refusal"):
            path = directory / f"{name}.txt"
            if not path.is_file():
                raise FileNotFoundError(f"prompt file {path} is missing")
            texts[name] = path.read_text(encoding="utf-8").strip()
        return cls(**texts)



def format_sources(hits: Sequence[Hit], prompts: Prompts) -> str:
    """The numbered sources block of the LLM prompt."""
    return "\n\n".join(
        prompts.source.format(n=n, label=source_label(h.chunk.issue, h.chunk.date), title=h.chunk.title, text=h.chunk.text)
        for n, h in enumerate(hits, 1)
    )



def answer_messages(question: str, hits: Sequence[Hit], prompts: Prompts) -> list[tuple[str, str]]:
    """(role, content) pairs: the rules as the system turn, the numbered sources and question as the user turn."""
    user = prompts.answer.format(sources=format_sources(hits, prompts), question=question)
    return [("system", prompts.system), ("user", user)]


def condense_messages(question: str, history: Sequence[str], prompts: Prompts) -> list[tuple[str, str]]:
    """The single user turn that asks for a standalone rewrite of a follow-up."""
    return [("user", prompts.condense.format(history="\n".join(history), question=question))]
