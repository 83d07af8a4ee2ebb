"""An issue named as a step from another issue in the same question (2025年第4期的上一期, 第16期的前一期讲了啥,
第14期之后那期): the held issue just before (or after) the named one by date, written out as its label.

Why: 上一期 alone reads as "the last issue" (lexicon.LATEST_RE), and adjacent_issue.py steps from the issue of
the previous turn only. When the question itself names the issue it steps from, the step is from that one: read
as the newest issue, 2025年第4期的上一期是哪期 answered with the newest issue. The archive has gaps, so the step
goes to the neighbouring held issue (as adjacent_issue.py does for follow-ups).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import cn_int
from ..types import Intent
from .adjacent_issue import gap_note
from .library import Library

# The named issue, then 的/之 and the step word: 上一期 / 前一期 / 上期 back, 下一期 / 后一期 / 下期 / 之后那期 on.
_ANCHORED_RE = re.compile(r"(?:(?P<year>\d{4})\s*年\s*(?:的)?\s*)?第\s*(?P<num>[0-9]{1,4}|[〇零一二两三四五六七八九十百千]+)\s*期"
                          r"\s*(?:的|之)?\s*(?:(?P<back>上一?期|前一?期|之前(?:那|的)一?期)|"
                          r"(?P<on>下一?期|后一?期|之后(?:那|的)一?期))")


def anchored_step(question: str, library: Library) -> str:
    """``question`` with "<issue>的上一期" replaced by the label of the held issue next to that issue; unchanged
    when there is no such phrase, the named issue is not held (or held more than once), or it has no neighbour."""
    return anchored_gap(question, library)[0]


def anchored_gap(question: str, library: Library) -> tuple[str, str]:
    """``anchored_step`` and the note that the issue right next to the named one is not held ("" when it is)."""
    m = _ANCHORED_RE.search(question)
    if not m:
        return question, ""
    number = int(m.group("num")) if m.group("num").isdigit() else cn_int(m.group("num"))
    year = int(m.group("year")) if m.group("year") else None
    dated = [b for b in library.briefings if b.date and b.issue]  # newest first
    at = [i for i, b in enumerate(dated) if b.number == number and (year is None or b.year == year)]
    if len(at) != 1:
        return question, ""
    step = at[0] + 1 if m.group("back") else at[0] - 1
    if not 0 <= step < len(dated):
        return question, ""
    return question[:m.start()] + dated[step].issue + question[m.end():], gap_note(dated[at[0]], dated[step])


def subject_issue(prev: Intent, library: Library) -> Intent:
    """The previous turn scoped to the one issue its place is written about in, when it named no issue itself
    (邳州… → 2025年第4期, the only issue with an article on 邳州; 江阴新增监测点位多少个 → the one of 江阴's two
    issues whose article says 监测 and 点位), so that 上一期呢 steps back from that issue rather than from the
    newest; ``prev`` unchanged otherwise (an issue named, no place, or no single issue found)."""
    if prev.sources is not None or not prev.places:
        return prev
    entries = [e for p in prev.places for e in library.about(p)]
    sources = {e.briefing.source for e in entries}
    if len(sources) > 1:  # the place in several issues: the one whose article says most topic words of the turn
        said = {}  # source → the most topic words one of its articles on the place says
        for e in entries:
            n = sum(t in e.article.text for t in prev.topic)
            said[e.briefing.source] = max(n, said.get(e.briefing.source, 0))
        best = max(said.values(), default=0)
        # the topic is read in overlapping words (监测, 测点, 监测点): an article saying all but the longest still
        # wins, but only alone and only when it says more of them than every other issue's article
        sources = {s for s, n in said.items() if n == best} if best else set()
    return replace(prev, sources=(sources.pop(),)) if len(sources) == 1 else prev
