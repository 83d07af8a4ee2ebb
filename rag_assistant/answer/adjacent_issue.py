"""The issue a follow-up names relative to the previous turn's issue (上一期呢 / 下一期呢 / 前一期讲了啥 after a
question about 第16期 or about 最新一期): the held issue just before (or after) that one by date, written out as its
label so the rest of the follow-up reading sees an ordinary 那第14期呢.

Why: 上一期 alone is read as "the last issue" (lexicon.LATEST_RE), which is right for a standalone question but
wrong in a conversation that has just named an issue: there it steps back from that issue. The archive holds
issues with gaps, so the step goes to the neighbouring held issue, whose label the answer then shows."""

from __future__ import annotations

import re

from ..text import issue_label
from ..types import Briefing, Intent
from .library import Library

# 上一期 / 前一期 / 上期 step back; 下一期 / 后一期 / 下期 step forward. Not 上一年 (a year), not 上个月 (a month).
_STEP_RE = re.compile(r"(?P<back>上一?期|前一期)|(?P<on>下一?期|后一期)")


def adjacent_issue(turn: str, prev: Intent, library: Library) -> str:
    """``turn`` with its relative issue word replaced by the neighbouring held issue of the one issue the previous
    turn was scoped to; unchanged when there is no such word, no single issue before, or no neighbour."""
    return adjacent_step(turn, prev, library)[0]


def adjacent_step(turn: str, prev: Intent, library: Library) -> tuple[str, str]:
    """``adjacent_issue`` and the note that the issue right next to the previous one is not held ("" when it is)."""
    m = _STEP_RE.search(turn)
    if not m or prev.sources is None or len(prev.sources) != 1:
        return turn, ""
    dated = [b for b in library.briefings if b.date and b.issue]  # newest first
    at = next((i for i, b in enumerate(dated) if b.source == prev.sources[0]), None)
    if at is None:
        return turn, ""
    step = at + 1 if m.group("back") else at - 1
    if not 0 <= step < len(dated):
        return turn, ""
    return turn[:m.start()] + dated[step].issue + turn[m.end():], gap_note(dated[at], dated[step])


def gap_note(start: Briefing, held: Briefing) -> str:
    """The note that the issue right before (or after) ``start`` is not held and ``held`` is its held neighbour:
    已收录的简报中没有2025年第13期，2025年第14期之前收录的是2021年第10期。"" when ``held`` is that very issue, or when which
    issue comes next is not known (after the last held issue of a year the next year's numbering starts again).

    Why: the archive has gaps, and an answer about the neighbouring held issue alone (该期是2021年第10期) reads as
    if 2021年第10期 came right before 2025年第14期."""
    if not (start.year and start.number and held.year and held.number):
        return ""
    back = (held.year, held.number) < (start.year, start.number)
    missing = start.number - 1 if back else start.number + 1
    if missing < 1 or (held.year, held.number) == (start.year, missing):
        return ""
    if not back and held.year != start.year:
        return ""  # 第27期 may have been that year's last: whether a 第28期 exists is not known
    side = "之前" if back else "之后"
    return (f"已收录的简报中没有{issue_label(start.year, missing)}，"
            f"{start.issue}{side}收录的是{held.issue}。")
