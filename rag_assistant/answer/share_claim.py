"""Yes/no: a claimed share of a whole (一季度完成一半了吗, 是不是已经过半, 整改了三成没有). The claim states no figure of
its own, so the stated-figure check finds none in it (or only the whole named in the frame: 全年计划126公里，…完成一半
了吗 would be answered by the 126 alone). The text answers it by a done (已) figure after a whole of the same unit
class (全年计划改造126公里，一季度已完成41.5公里): the claim holds when done / whole reaches the share."""

from __future__ import annotations

import re

from ..numbers import extract_figures
from ..units import unit_class

_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_N = r"[0-9一二两三四五六七八九]"
# A share said in words: 一半/半数 (at least half), 过半/大半/超过一半 (more than half), 三成 (30%), 三分之一.
_SHARE_RE = re.compile(rf"(?P<over>超过|过)?(?:一半|半数)|(?P<more>过|大)半(?![天年月个小])|(?P<tenths>{_N})成(?![本果功立为绩])|"
                       rf"(?P<den>{_N})分之(?P<num>{_N})")


def _n(s: str) -> int:
    return int(s) if s.isdigit() else _DIGIT[s]


def claimed_share(question: str) -> tuple[float, bool] | None:
    """(the share a question claims, whether it claims more than it), or None (完成一半了吗 → (0.5, False))."""
    m = _SHARE_RE.search(question)
    if not m:
        return None
    if m.group("tenths"):
        return _n(m.group("tenths")) / 10, False
    if m.group("den"):
        return _n(m.group("num")) / _n(m.group("den")), False
    return 0.5, bool(m.group("over") or m.group("more"))


def share_check(question: str, sentence: str) -> tuple[bool, str] | None:
    """Whether the share ``question`` claims holds for the done figure of ``sentence`` against the whole before it
    (True/False, "计划126公里，已完成41.5公里" as the text says them); None when it claims none or the sentence gives no
    done figure after a larger whole of its unit class."""
    from .judge import qualifier_of  # judge imports (through polarity) this module: read late to avoid a cycle

    share = claimed_share(question)
    if share is None:
        return None
    figures = extract_figures(sentence)
    for d in figures:
        part = re.split(r"[，；。,;]", sentence[:d.start])[-1]
        if qualifier_of(part) != "已":
            continue
        wholes = [w for w in figures if w.start < d.start and w.value > d.value and w.unit and
                  unit_class(w.unit) == unit_class(d.unit)]
        if not wholes:
            continue
        w = wholes[-1]
        ratio = d.value / w.value
        ok = ratio > share[0] if share[1] else ratio >= share[0] - 1e-9
        verb = re.sub(r"\s+", "", part[part.find("已"):]) if "已" in part else "已完成"  # 已整改, 已完成
        return ok, f"{w.surface.replace(' ', '')}中{verb}{d.surface.replace(' ', '')}"
    return None
