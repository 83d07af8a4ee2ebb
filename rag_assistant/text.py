"""Text primitives shared by every stage: the one sentence splitter, [n] marker parser and briefing labels."""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Mapping

# ---------------------------------------------------------------- sentences

# A sentence ends at 。！？； (plus any closing quotes) or at a paragraph break.
SENTENCE_END_RE = re.compile(r"[。！？；!?]+[”」』）)]*|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``; together they cover it without gaps."""
    spans, start = [], 0
    for m in SENTENCE_END_RE.finditer(text):
        if m.end() > start:
            spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentences(text: str) -> list[str]:
    """The non-empty sentences of ``text``, stripped."""
    return [s for s in (text[a:b].strip() for a, b in sentence_spans(text)) if s]


# ---------------------------------------------------------------- [n] citation markers

# [1] [1,2] [1、2] ［１］ 【1】. Six digits at most: int() on a pasted run of thousands of
# digits raises, and no answer has a millionth source.
MARKER_RE = re.compile(r"[\[［【][ \t]*([0-9０-９]{1,6}(?:[ \t]*[,，、][ \t]*[0-9０-９]{1,6})*)[ \t]*[\]］】]")
_FULLWIDTH = {0xFF10 + i: str(i) for i in range(10)}
_SEPARATOR_RE = re.compile(r"[ \t]*[,，、][ \t]*")


def marker_numbers(match: re.Match) -> list[int]:
    """The citation numbers of one MARKER_RE match (``【1、２】`` → [1, 2])."""
    return [int(n.translate(_FULLWIDTH)) for n in _SEPARATOR_RE.split(match.group(1).strip())]


def marker_spans(text: str) -> list[tuple[int, int, list[int]]]:
    """(start, end, numbers) of every marker in ``text``, in order."""
    if not isinstance(text, str):
        return []
    return [(m.start(), m.end(), marker_numbers(m)) for m in MARKER_RE.finditer(text)]


def parse_markers(text: str) -> list[int]:
    """Citation numbers in ``[1]``, ``[2][3]``, ``[1,2]``, ``[1、2]``, ``［1］``, ``【1】`` form, first occurrence order."""
    seen: dict[int, None] = {}
    for _, _, numbers in marker_spans(text):
        seen.update((n, None) for n in numbers if n not in seen)
    return list(seen)


def replace_markers(text: str, render: Callable[[list[int]], str]) -> str:
    """``text`` with every marker replaced by ``render(numbers)``."""
    return MARKER_RE.sub(lambda m: render(marker_numbers(m)), text)


def renumber_markers(text: str, mapping: Mapping[int, int]) -> str:
    """Markers rewritten to ``[m]`` form through ``mapping``; numbers not in it are kept as they are."""
    return replace_markers(text, lambda numbers: "".join(f"[{mapping.get(n, n)}]" for n in numbers))


def strip_markers(text: str) -> str:
    """``text`` without its markers."""
    return MARKER_RE.sub("", text)


# ---------------------------------------------------------------- briefing labels and dates

def issue_label(year: int | None, number: int | None) -> str | None:
    """The label users and citations use for an issue, e.g. ``2025年第14期``."""
    if number is None:
        return None
    return f"{year}年第{number}期" if year is not None else f"第{number}期"


def cn_date(iso: str | None) -> str:
    """`2025-05-30` → `2025年5月30日`; anything that is not an ISO date reads 日期不详."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", (iso or "").strip())
    if not match:
        return "日期不详"
    y, m, d = (int(g) for g in match.groups())
    return f"{y}年{m}月{d}日"


def source_label(issue: str | None, date: str | None) -> str:
    """How an answer names a briefing: ``2025年第14期简报（2025年5月30日）``, or ``简报专刊`` when unnumbered."""
    label = f"{issue}简报" if issue else "简报专刊"
    return f"{label}（{cn_date(date)}）" if date else label


# ---------------------------------------------------------------- questions

# ANSI escape sequences whole (a bare ESC removal leaves "[31m" in the question), C0 controls, DEL,
# and lone UTF-16 surrogates, which JSON can carry ("\ud800") but no tokenizer accepts.
CONTROL_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_question(text: str) -> str:
    """Strip control characters and surrounding space; NFC so look-alike forms compare equal."""
    return unicodedata.normalize("NFC", CONTROL_RE.sub("", text or "")).strip()
