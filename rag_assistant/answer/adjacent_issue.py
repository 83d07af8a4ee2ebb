"""The issue a follow-up names relative to the previous turn's issue (上一期呢 / 下一期呢 / 前一期讲了啥 after a
question about 第16期 or about 最新一期): the held issue just before (or after) that one by date, written out as its
label so the rest of the follow-up reading sees an ordinary 那第14期呢.

Why: 上一期 alone is read as "the last issue" (lexicon.LATEST_RE), which is right for a standalone question but
wrong in a conversation that has just named an issue: there it steps back from that issue. The archive holds
issues with gaps, so the step goes to the neighbouring held issue, whose label the answer then shows."""

from __future__ import annotations

import re

from ..types import Intent
from .library import Library

# 上一期 / 前一期 / 上期 step back; 下一期 / 后一期 / 下期 step forward. Not 上一年 (a year), not 上个月 (a month).
_STEP_RE = re.compile(r"(?P<back>上一?期|前一期)|(?P<on>下一?期|后一期)")


def adjacent_issue(turn: str, prev: Intent, library: Library) -> str:
    """``turn`` with its relative issue word replaced by the neighbouring held issue of the one issue the previous
    turn was scoped to; unchanged when there is no such word, no single issue before, or no neighbour."""
    m = _STEP_RE.search(turn)
    if not m or prev.sources is None or len(prev.sources) != 1:
        return turn
    dated = [b for b in library.briefings if b.date and b.issue]  # newest first
    at = next((i for i, b in enumerate(dated) if b.source == prev.sources[0]), None)
    if at is None:
        return turn
    step = at + 1 if m.group("back") else at - 1
    if not 0 <= step < len(dated):
        return turn
    return turn[:m.start()] + dated[step].issue + turn[m.end():]
