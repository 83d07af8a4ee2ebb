"""Conversations kept in the browser (localStorage) so they survive a reload: the turns as JSON and back.

Only what the page shows is kept: the question, the answer with its citations (quote and context) and
claim checks, the scope label, the rating and comment, or the text of an answer stopped by 停止生成.
The understood intent is not kept (it is for tracing only).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from ..types import Answer, Citation, ClaimCheck
from .chat import stopped_turn
from .render import render_message

log = logging.getLogger(__name__)
_ANSWER_FIELDS = ("question", "standalone_question", "answer", "refused", "unsupported_numbers", "invalid_markers",
                  "backend", "notice")
MAX_TURNS = 50


def _answer_json(answer: Answer | None) -> dict | None:
    if answer is None:
        return None
    data = {name: getattr(answer, name) for name in _ANSWER_FIELDS}
    data["citations"] = [{**c.to_dict(), "chunk_id": c.chunk_id, "context": c.context} for c in answer.citations]
    data["claims"] = [c.to_dict() for c in answer.claims]  # per-claim verification (unsupported ones are marked)
    return data


def _answer(data: dict | None) -> Answer | None:
    if not isinstance(data, dict):
        return None
    fields = {name: data[name] for name in _ANSWER_FIELDS if name in data}
    citations = tuple(Citation(**{k: c.get(k, "") for k in ("n", "source", "issue", "date", "title", "quote",
                                                            "chunk_id", "context")})
                      for c in data.get("citations") or [])
    claims = tuple(ClaimCheck(str(c["text"]), tuple(c.get("n") or ()), tuple(c.get("figures") or ()),
                              str(c.get("status", "")), str(c.get("reason") or "")) for c in data.get("claims") or [])
    return Answer(**{**fields, "unsupported_numbers": tuple(fields.get("unsupported_numbers") or ()),
                     "invalid_markers": tuple(fields.get("invalid_markers") or ()), "citations": citations,
                     "claims": claims})


def turns_json(turns: Sequence[dict]) -> str:
    """The conversation as JSON for the browser to keep."""
    keep = [{"id": t["id"], "question": t["question"], "answer": _answer_json(t.get("answer")),
             "scope": t.get("scope"), "ratable": t.get("ratable", False), "rating": t.get("rating", "none"),
             "comment": t.get("comment", ""), "stopped": t.get("stopped")}
            for t in list(turns)[-MAX_TURNS:] if "id" in t]
    return json.dumps(keep, ensure_ascii=False)


def turns_from_json(text: str | None) -> list[dict]:
    """A kept conversation back as turns (messages re-rendered); [] for anything unreadable."""
    try:
        items = json.loads(text or "[]")
        turns = []
        for k, item in enumerate(items[-MAX_TURNS:]):
            answer, stopped = _answer(item.get("answer")), item.get("stopped")
            if isinstance(stopped, str) and answer is None:
                turns.append(stopped_turn(str(item["question"]), stopped) | {"id": str(item["id"])})
                continue
            turns.append({"id": str(item["id"]), "question": str(item["question"]), "answer": answer,
                          "html": render_message(answer, k, None, item.get("scope"), bool(item.get("ratable"))),
                          "scope": item.get("scope"), "ratable": bool(item.get("ratable")) and answer is not None,
                          "rating": item.get("rating", "none"), "comment": item.get("comment", "")})
        return turns
    except (ValueError, TypeError, KeyError, AttributeError):
        log.info("a kept conversation could not be read; starting afresh")
        return []


def history_choices(index_json: str | None) -> list[tuple[str, str]]:
    """The 历史对话 dropdown from the browser's index [{id, title, time}], newest first."""
    try:
        index = json.loads(index_json or "[]")
        return [(f"{item.get('time', '')} {str(item.get('title', ''))[:30]}".strip(), str(item["id"]))
                for item in index if isinstance(item, dict) and item.get("id")]
    except (ValueError, TypeError):
        return []
