"""The numbering of an open answer's lines when the first one is the introduction's overview clause.

``open._overview`` puts the clause an introduction names its approach by (创新建立“2+3 工作制”…等特色机制,
推动企业安全管理从“独角戏”向“大合唱”转变) before the article's enumerated points. That clause sums the points
up; it is not one of them. Numbered 一、 it pushes the article's own 一是 down to 二、 and the answer lists
one point more than the article has. This module reads whether the first line is that clause and, if so,
gives it an unnumbered lead-in (总体：) so that 一、二、… stay the article's own points in order.
"""

from __future__ import annotations

from typing import Sequence

from .line import Line

_ORDINALS = "一二三四五六七八九"
LEAD_LABEL = "总体："


def leads_with(lines: Sequence[Line], overview: Sequence[Line]) -> bool:
    """Whether ``lines`` opens with the overview clause and goes on to further lines (the points)."""
    return len(lines) > 1 and bool(overview) and lines[0].spans == overview[0].spans


def numbered(texts: Sequence[str], lead: bool) -> list[str]:
    """``texts`` as numbered lines (一、二、…); with ``lead`` the first is the unnumbered overview."""
    out = [LEAD_LABEL + texts[0]] if lead and texts else []
    rest = texts[1:] if lead else texts
    return out + [f"{_ORDINALS[i % 9]}、{t}" for i, t in enumerate(rest)]
