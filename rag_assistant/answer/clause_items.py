"""Clauses listed inside one sentence: 一是深化重大事故隐患动态清零，二是推进安全生产信息化智能化建设，三是….

A meeting's requirements are often written as one sentence whose items are apart by semicolons
(一是…；二是…；), and as often by plain commas. The enumeration reader took only the semicolon form for a list
of clauses; short comma-separated items it read as a list of words (one point's detail), so the article's
points were never its requirements. An item opened by 一是/二是 is a clause whatever punctuation closes it: the
是 marker introduces a predicate, not a noun of a word list (which is written 一、…二、… or with 、).
"""

from __future__ import annotations

import re

_SEMICOLON_END = re.compile(r"[；;]\s*$")
_COMMA_END = re.compile(r"[，,]\s*$")
MIN_CLAUSE_CHARS = 6  # 一是人，二是物 lists words; a clause says a verb and its object


def clause_apart(text: str, start: int, body: int, next_start: int, label: str, next_label: str) -> bool:
    """Whether the item from ``start`` (its body at ``body``) to the next marker at ``next_start`` is one clause
    of a list: it ends on a semicolon, or it is a 是-marked item of a clause's length ending on a comma."""
    item = text[start:next_start]
    if _SEMICOLON_END.search(item):
        return True
    return (label.endswith("是") and next_label.endswith("是") and _COMMA_END.search(item) is not None
            and len(text[body:next_start].strip("，, ")) >= MIN_CLAUSE_CHARS)
