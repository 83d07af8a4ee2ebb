"""What a later part of a several-part question takes from the first: its scene (place, programme, period words)
always, the first part's own verb and unit only when the later part says none of its own."""

from __future__ import annotations

import re
from typing import Sequence

from ..nouns import tagged
from . import lexicon as lx
from .measure import QUALIFIER_WORDS, measure_of


def borrows_unit(kind: str, text: str, others_said: Sequence[bool], others_unit: Sequence[bool] = ()) -> bool:
    """Whether a part with no unit word of its own takes the question's: when the unit is said outside every part
    (工业和住宅巡查单元各多少个) or the part is an elliptic ``X呢``; not when another part says it (滨海县核增了多少
    编制，一年办几次培训班: 次 is the second part's unit, 编制 is counted in 名). Comparisons keep the question's,
    unless another side says it by its unit word (风险的条数比报告单位多多少: 单位 are not counted in 条).
    A part that asks in words of its own and ends with a particle (现在整改了多少呢) is no elliptic ``X呢``: its 呢
    only softens the ask, and it reads as without it (丹阳排查出多少处隐患？现在整改了多少呢: not 处 but 百分之九十)."""
    piece = text.strip(" ，,")
    elliptic = lx.ELLIPTIC_RE.match(piece) is not None and lx.ASK_RE.search(piece) is None
    return (kind == "compare" and not any(others_unit)) or elliptic or not any(others_said)


def scene_of(lead: str, terms: Sequence[str]) -> tuple[str, ...]:
    """The first part's words less its predicate: the words right before its question word (查了多少) or after it
    (由几个部门组成), or a conjunct's last word (…划分工业). 扬州三位一体查了多少家单位 → 三位一体 (查, 单位 are its own)."""
    ask = lx.ASK_RE.search(lead)  # a conjunct of 各 (…共划分工业、行业…各多少个) has none: it ends with its own word
    before = re.sub(r"[了过着的]+$", "", lead[:ask.start()] if ask else lead.strip(" ，,？?"))
    return tuple(t for t in terms if t in before[:_predicate_start(before)])


def _predicate_start(before: str) -> int:
    """Where the first part's own predicate begins in the words before its question word: its last word, and the
    verb that governs it when that word is the verb's object (船舶整治发现隐患多少处 → 发现隐患: 整治 is the scene)."""
    words = tagged(before)
    if not words:
        return len(before)
    start = words[-1][2]
    if len(words) > 1 and not words[-1][1].startswith("v") and words[-2][1].startswith("v"):
        start = words[-2][2]
    return start


def own_predicate(text: str, own: Sequence[str]) -> bool:
    """Whether a later part says what is done (发现多少条隐患, 罚了多少钱, 聘了多少人次专家): a word of its own beside the
    counted noun. ``多少家企业`` names only the noun and asks within the first part's action."""
    measure = measure_of(text)
    verbs = [w for w, flag, *_ in tagged(lx.ASK_RE.sub(" ", text)) if flag.startswith("v") and w not in measure]
    return bool(verbs) or any(t not in measure for t in own)  # 请了多少人次专家: 请 is a verb the terms drop


def said_only(side: str, kind: str) -> tuple[str, ...]:
    """The qualifier words a side of a comparison says when it says no other word (核增的编制和预计新增的人: 预计, 新增):
    they are what tells it from the other side, whose words it must not take."""
    if kind != "compare":
        return ()
    return tuple(sorted((w for w in QUALIFIER_WORDS if len(w) > 1 and w in side), key=side.index))


def without_subject(lead: str, scene: Sequence[str], part: str) -> tuple[str, ...]:
    """The scene less the first part's own subject noun, the head of its ``X的Y`` (打非治违的联合检查组由几个部门组成 →
    联合检查组), when the later part names a counted thing of its own (聘了多少人次专家): that thing is not the subject's."""
    ask = lx.ASK_RE.search(lead)
    before = lead[:ask.start()] if ask else lead
    if not measure_of(part) or "的" not in before:
        return tuple(scene)
    head = before.rsplit("的", 1)[1]
    return tuple(t for t in scene if t not in head)
