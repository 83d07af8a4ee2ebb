"""The prompt files under prompts/ and the chat messages built from them (one answer template per intent kind)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

from ..text import source_label
from ..types import Hit, Intent

REQUIRED = ("system", "answer", "source", "condense", "refusal")
# Answer templates by intent kind (prompts/answer_<kind>.txt); other kinds use prompts/answer.txt.
KIND_TEMPLATES = ("figure", "open", "compare", "when", "yesno")


@dataclass(frozen=True)
class Prompts:
    """The prompt files under prompts/, read once."""

    system: str
    answer: str
    source: str
    condense: str
    refusal: str
    kinds: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path) -> Prompts:
        """Read every template; a missing file is a clear error naming it."""
        texts = {name: _read(directory / f"{name}.txt") for name in REQUIRED}
        kinds = {kind: _read(directory / f"answer_{kind}.txt") for kind in KIND_TEMPLATES}
        return cls(**texts, kinds=kinds)

    def answer_for(self, kind: str) -> str:
        """The answer template of an intent kind."""
        return self.kinds.get(kind, self.answer)


def _read(path: Path) -> str:
    if not path.is_file():
        raise FileNotFoundError(f"prompt file {path} is missing")
    return path.read_text(encoding="utf-8").strip()


def format_sources(hits: Sequence[Hit], prompts: Prompts) -> str:
    """The numbered sources block of the LLM prompt."""
    return "\n\n".join(
        prompts.source.format(n=n, label=source_label(h.chunk.issue, h.chunk.date), title=h.chunk.title, text=h.chunk.text)
        for n, h in enumerate(hits, 1)
    )


def asked_list(intent: Intent) -> str:
    """The parts of the question, one line each, so a model answers every one of them."""
    lines = []
    for i, part in enumerate(intent.parts, 1):
        extra = "、".join(x for x in (part.place, f"{part.year}年" if part.year else "", *part.qualifiers) if x)
        lines.append(f"{i}. {part.text}" + (f"（{extra}）" if extra else ""))
    return "\n".join(lines) or f"1. {intent.question}"


def answer_messages(intent: Intent | str, hits: Sequence[Hit], prompts: Prompts) -> list[tuple[str, str]]:
    """(role, content) pairs: the rules as the system turn, the numbered sources, the question and the
    form of answer its kind wants as the user turn."""
    if isinstance(intent, str):
        intent = Intent(kind="fact", question=intent)
    scope = f"检索范围：{intent.scope}" if intent.scope and intent.sources is not None else ""
    user = prompts.answer_for(intent.kind).format(sources=format_sources(hits, prompts), question=intent.question,
                                                  scope=scope, asked=asked_list(intent))
    return [("system", prompts.system), ("user", user)]


def condense_messages(question: str, history: Sequence[str], prompts: Prompts) -> list[tuple[str, str]]:
    """The single user turn that asks for a standalone rewrite of a follow-up."""
    return [("user", prompts.condense.format(history="\n".join(history), question=question))]
