"""Follow-ups to standalone questions: the deterministic rule, and the checks an LLM's rewrite must pass."""

from __future__ import annotations

import re
from typing import Sequence

from .evidence import question_terms

FOLLOWUP_START_RE = re.compile(r"^(那么?|还有|另外|其中|此外|它们?|他们|该[市县区地]|这些?|同期)")
FOLLOWUP_END_RE = re.compile(r"(呢|又如何|又怎样|怎么样|如何)[？?]?$")
# Labels small models print instead of (or before) the rewrite: 完整问题： / 下一阶段的追问： / Question:
LABEL_PREFIX_RE = re.compile(r"^(?:完整问题|改写后的问题|改写后|问题)\s*[:：]\s*")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def _places_in(text: str, places: Sequence[str]) -> list[str]:
    return [p for p in places if p in text]


def _scope_in(text: str) -> str:
    m = re.search(r"(\d{4}\s*年\s*)?第\s*\d+\s*期|最新一期|最近一期|\d{4}\s*年", text)
    return m.group(0) if m else ""


def is_followup(question: str, places: Sequence[str]) -> bool:
    """Whether a question leans on the previous turn (那…呢, 其中…, or no subject of its own)."""
    if FOLLOWUP_START_RE.search(question) or FOLLOWUP_END_RE.search(question):
        return True
    return len(question) <= 8 and not _places_in(question, places)


def condense_rule(question: str, history: Sequence[str], places: Sequence[str]) -> str:
    """Rewrite a follow-up into a standalone question carrying the previous turn's subject, place and issue."""
    if not history:
        return question
    previous = history[-1]
    if len(history) > 1:
        previous = condense_rule(previous, history[:-1], places)
    if not is_followup(question, places):
        return question
    fragment = FOLLOWUP_START_RE.sub("", question)
    fragment = FOLLOWUP_END_RE.sub("", fragment).strip(" ，,？?。")
    if not fragment:
        return previous
    new_places = _places_in(fragment, places)
    old_places = _places_in(previous, places)
    new_scope = _scope_in(fragment)
    if new_places and old_places and fragment.strip() in new_places:  # 那无锡呢？
        return previous.replace(old_places[0], new_places[0], 1)
    if new_scope and fragment.strip() == new_scope:  # 那第16期呢？
        old_scope = _scope_in(previous)
        return previous.replace(old_scope, new_scope, 1) if old_scope else f"{new_scope}{previous}"
    # Same head noun (…企业): substitute the phrase in the previous question.
    for size in range(min(len(fragment), 6), 1, -1):
        head = fragment[-size:]
        pos = previous.find(head)
        if pos > 0:
            start = pos
            while start > 0 and re.match(r"[\u4e00-\u9fff]", previous[start - 1]) and previous[start - 1] not in "家个名有了的和及与在对共是" \
                    and not any(previous[:start].endswith(p) for p in old_places):
                start -= 1
            return previous[:start] + fragment + previous[pos + size:]
    carried = "".join(p for p in old_places if p not in fragment)
    scope = _scope_in(previous) if not new_scope else ""
    return f"{scope}{carried}{fragment}？" if (carried or scope) else f"{previous} {fragment}？"


def rewrite_problem(rewrite: str, question: str, history: Sequence[str], places: Sequence[str],
                    instructions: str = "") -> str | None:
    """Why an LLM's rewrite of a follow-up is not a standalone question, or None when it is one.

    A rewrite must be a question about what was asked: not empty, not a label (``下一阶段的追问：``),
    not the prompt's own words, in Chinese, sharing a content word with the question or the history,
    naming no place neither of them names, and not much longer than both together."""
    text = rewrite.strip()
    if not text:
        return "empty"
    if text.endswith((":", "：")):
        return "a label ending in a colon"
    if len(text) >= 8 and text in instructions:
        return "the instructions echoed"
    asked = " ".join([question, *history])
    if CJK_RE.search(asked) and len(CJK_RE.findall(text)) < 0.5 * len(re.sub(r"\s", "", text)):
        return "not in Chinese"
    longest = len(question) + (len(history[-1]) if history else 0)
    if len(text) > 1.5 * longest + 10:
        return f"{len(text)} characters, much longer than the question and the history"
    foreign = [p for p in _places_in(text, places) if p not in asked and not any(p in q for q in _places_in(asked, places))]
    if foreign:
        return f"names a place that was not asked about ({'、'.join(foreign)})"
    words = set(question_terms(asked))
    if words and not any(w in text for w in words):
        return "shares no content word with the question or the history"
    return None


def first_line(text: str) -> str:
    """The first non-empty line of a model's rewrite, without a leading label such as ``完整问题：``."""
    for line in (text or "").strip().splitlines():
        line = LABEL_PREFIX_RE.sub("", line.strip()).strip()
        if line:
            return line
    return ""
