"""Gold items: the JSONL format of eval/questions*.jsonl, the dev/test split and the corpus each runs on."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..settings import PROJECT_ROOT

KINDS = ("figure", "multi_figure", "metadata", "unanswerable", "followup", "disambiguation",
         "open", "compare", "list", "when", "yesno")
SPLITS = ("dev", "test")
CORPORA = ("main", "extra")  # "extra": the bundled briefings plus eval/extra_briefings/
EVAL_DIR = PROJECT_ROOT / "eval"
DEFAULT_QUESTIONS = EVAL_DIR / "questions.jsonl"
EXTRA_QUESTIONS = EVAL_DIR / "questions_extra.jsonl"
EXTRA_BRIEFINGS = EVAL_DIR / "extra_briefings"


def split_of(item_id: str) -> str:
    """The fixed dev/test split of an id (eval/README.md); computed, never stored in the items."""
    return "test" if int(hashlib.sha256(item_id.encode()).hexdigest()[:8], 16) % 2 else "dev"


def _forms(value: Any) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(f) for f in forms) for forms in value or ())


@dataclass(frozen=True)
class EvalItem:
    """One gold line (fields as in eval/README.md); ``split`` follows from the id."""

    id: str
    kind: str
    question: str
    history: tuple[str, ...] = ()
    expected_figures: tuple[tuple[str, ...], ...] = ()
    expected_terms: tuple[tuple[str, ...], ...] = ()
    expected_points: tuple[tuple[str, ...], ...] = ()
    expected_source: str | None = None
    expected_issue: str | None = None
    expected_sources: tuple[str, ...] = ()
    expected_issues: tuple[str | None, ...] = ()
    expected_answer: str | None = None  # yesno items: "yes" or "no"
    should_refuse: bool = False
    evidence: str | None = None
    paraphrase_of: str | None = None
    corpus: str = "main"
    notes: str = ""

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> EvalItem:
        """An item from one parsed JSON line; a missing required field raises KeyError."""
        return cls(
            id=str(d["id"]), kind=str(d["kind"]), question=str(d["question"]),
            history=tuple(d.get("history") or ()),
            expected_figures=_forms(d.get("expected_figures")), expected_terms=_forms(d.get("expected_terms")),
            expected_points=_forms(d.get("expected_points")),
            expected_source=d.get("expected_source"), expected_issue=d.get("expected_issue"),
            expected_sources=tuple(d.get("expected_sources") or ()),
            expected_issues=tuple(d.get("expected_issues") or ()),
            expected_answer=d.get("expected_answer"),
            should_refuse=bool(d.get("should_refuse", False)), evidence=d.get("evidence"),
            paraphrase_of=d.get("paraphrase_of"), corpus=str(d.get("corpus") or "main"),
            notes=str(d.get("notes") or ""),
        )

    @property
    def split(self) -> str:
        """"dev" or "test" (``split_of`` the id)."""
        return split_of(self.id)

    @property
    def sources(self) -> tuple[tuple[str, str | None], ...]:
        """(file, issue label) of every briefing that holds the answer: one, several, or none."""
        if self.expected_source:
            return ((self.expected_source, self.expected_issue),)
        issues = self.expected_issues or (None,) * len(self.expected_sources)
        return tuple(zip(self.expected_sources, issues))

    @property
    def in_retrieval(self) -> bool:
        """Whether the item counts for retrieval metrics (has evidence, answered from chunks)."""
        return bool(self.evidence) and self.kind != "metadata" and not self.should_refuse


def _check(item: EvalItem) -> str | None:
    if item.kind not in KINDS:
        return f"unknown kind {item.kind!r}; valid kinds: {', '.join(KINDS)}"
    if item.corpus not in CORPORA:
        return f"unknown corpus {item.corpus!r}; valid corpora: {', '.join(CORPORA)}"
    if item.kind == "yesno" and item.expected_answer not in ("yes", "no"):
        return "a yesno item needs expected_answer \"yes\" or \"no\""
    if item.kind == "open" and not item.expected_points:
        return "an open item needs expected_points"
    return None


def load_items(path: str | Path = DEFAULT_QUESTIONS) -> list[EvalItem]:
    """Read a JSONL gold file; a malformed line raises ValueError naming the file and line."""
    items: list[EvalItem] = []
    seen: set[str] = set()
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = EvalItem.from_dict(json.loads(line))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not a valid eval item ({exc})") from exc
        problem = _check(item) or (f"duplicate id {item.id}" if item.id in seen else None)
        if problem:
            raise ValueError(f"{path}:{n}: {problem}")
        seen.add(item.id)
        items.append(item)
    return items


def load_all(paths: list[Path] | None = None, split: str = "all") -> list[EvalItem]:
    """Items of several gold files (default: both bundled ones), ids unique across them, of one split or all."""
    items: list[EvalItem] = []
    seen: set[str] = set()
    for path in paths or [DEFAULT_QUESTIONS, EXTRA_QUESTIONS]:
        for item in load_items(path):
            if item.id in seen:
                raise ValueError(f"{path}: id {item.id} also occurs in an earlier file")
            seen.add(item.id)
            items.append(item)
    if split not in ("all",) + SPLITS:
        raise ValueError(f"split must be one of dev, test, all, not {split!r}")
    return [i for i in items if split == "all" or i.split == split]
