"""The counted noun a later part of a two-ask message leaves unsaid: 查出多少个问题，整改完了多少个 counts 问题
twice, the second classifier's noun elided because the step (整改) acts on what the first part counts. Read by
understand.py when it builds the parts; a part with a word of its own (危化的呢) names another thing."""

from __future__ import annotations

from typing import Sequence

from ..nouns import tagged
from . import lexicon as lx
from .measure import measure_of
from .steps import steps_said


def elided_measures(pieces: Sequence[tuple], kind: str) -> list[str]:
    """The counted noun a later part leaves unsaid: 查出多少个问题，整改完了多少个 counts 问题 twice (the second
    classifier's noun is elided), when the later part asks in the same classifier and names no place or year of
    its own; "" for every other part (a comparison's sides name their own things)."""
    first = measure_of(pieces[0][0]) if pieces and kind != "compare" else ""
    return [first if i and first and not ps and not ys and unit and unit == pieces[0][1] and cls == "count"
            and _only_a_step(text) else "" for i, (text, unit, cls, _, ps, ys, _) in enumerate(pieces)]


def _only_a_step(text: str) -> bool:
    """Whether a part says nothing but a step of a process and its question word (整改完了多少个, 改了几处): the
    step acts on what the part before counts. A word of its own (危化的呢, 生成异常预警几条) names another thing."""
    words = [(w, f) for w, f, *_ in tagged(lx.ASK_RE.split(text)[0]) if w.strip() and f not in ("ul", "uz", "d", "c", "p")]
    return bool(words) and bool(steps_said(text)) and all(f in ("v", "vn") or w in ("完", "好", "掉") for w, f in words)
