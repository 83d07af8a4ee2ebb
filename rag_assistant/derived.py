"""Figures an answer derives from what it cites, so the verifier can check them without a quote saying them.

Four forms only, all written out in the answer: a gap with its arithmetic (多11家（116家－105家）: the gap
equals the difference of two figures the cited quotes say), a sum with its arithmetic (共2131个（268个＋136个＋
785个＋942个）: the total equals the sum of figures of its unit the cited quotes say), a ratio with its arithmetic (4倍（8人÷2人）: the
quotient to the decimals said), and a count of the items it lists (共5期：…[1]；…
[5]。: N equals the distinct markers of the sentence it opens).
"""

from __future__ import annotations

import re
from typing import Sequence

from .numbers import Figure, extract_figures
from .text import parse_markers

_SPACE_RE = re.compile(r"\s+")
_GAP_RE = re.compile(r"[（(]\s*([^（）()－\-]+?)\s*[－\-]\s*([^（）()]+?)\s*[）)]")
_SUM_RE = re.compile(r"[（(]\s*([^（）()＋+]+?(?:\s*[＋+]\s*[^（）()＋+]+?)+)\s*[）)]")
_RATIO_RE = re.compile(r"[（(]\s*([^（）()÷]+?)\s*÷\s*([^（）()]+?)\s*[）)]")
_COUNT_BEFORE_RE = re.compile(r"(?:共|了)\s*$")
_LISTED_UNITS = frozenset({"期", "篇"})


def _said(surface: str, quotes: Sequence[str]) -> bool:
    needle = _SPACE_RE.sub("", surface)
    return any(needle in _SPACE_RE.sub("", q) for q in quotes)


def is_derived(answer: str, figure: Figure, quotes: Sequence[str]) -> bool:
    """Whether ``figure`` (offsets into ``answer``) is a gap or a count the answer derives in the open."""
    gap = _GAP_RE.match(answer, figure.end)
    if gap:
        a, b = (extract_figures(g) for g in gap.groups())
        if len(a) == 1 and len(b) == 1 and a[0].unit == b[0].unit == figure.unit and \
                a[0].value - b[0].value == figure.value and all(_said(g, quotes) for g in gap.groups()):
            return True
    total = _SUM_RE.match(answer, figure.end)
    if total:
        terms = re.split(r"\s*[＋+]\s*", total.group(1))
        parts = [extract_figures(t) for t in terms]
        if all(len(p) == 1 and p[0].unit == figure.unit for p in parts) and \
                sum(p[0].value for p in parts) == figure.value and all(_said(t, quotes) for t in terms):
            return True
    ratio = _RATIO_RE.match(answer, figure.end)
    if ratio and figure.unit == "倍":
        a, b = (extract_figures(g) for g in ratio.groups())
        places = -figure.value.as_tuple().exponent if figure.value.as_tuple().exponent < 0 else 0
        if len(a) == 1 and len(b) == 1 and a[0].unit == b[0].unit and b[0].value and \
                round(a[0].value / b[0].value, places) == figure.value and all(_said(g, quotes) for g in ratio.groups()):
            return True
    if figure.unit in _LISTED_UNITS and _COUNT_BEFORE_RE.search(answer[max(0, figure.start - 2):figure.start]):
        end = answer.find("。", figure.end)
        listed = set(parse_markers(answer[figure.end:end if end >= 0 else len(answer)]))
        return len(listed) == figure.value
    return False
