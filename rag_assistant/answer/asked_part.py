"""The heading of an open answer for the part of an article the question asks (成效, 下一步, 问题), said truthfully.

A question may ask one part of an article (取得了啥成效, 下一步咋打算) that the article does not have: it
reports no result, or states no plan. The answer then gives the article's points, and its heading must
say so (文中未单列…，主要做法如下) instead of calling the measures results or plans.
"""

from __future__ import annotations

from .effects import effect_lines
from .found import found_lines
from .plans import plan_lines
from .problems import problem_lines

_HAS = {"effect": effect_lines, "next": plan_lines, "problem": problem_lines, "found": found_lines}
_MISSING = {"effect": "文中未单列成效，主要做法如下", "next": "文中未提下一步打算，主要做法如下",
            "problem": "文中未提存在的问题或不足，主要做法如下",
            "found": "文中未单列发现的问题，主要做法如下"}


def part_heading(asks: str, text: str, said: str) -> str:
    """``said`` when the article has the asked part (or the question asks none of these), else the heading
    that tells the part is missing."""
    has = _HAS.get(asks)
    return said if has is None or has(text) else _MISSING[asks]
