"""An issue named by its cumulative number (总第123期), as mastheads print it beside the year's number.

Staff copy the number from the masthead (第三期（总第123期）) and ask 总第123期是哪期 / 总第123期讲了啥. Read as 第123期
it names no indexed issue; the masthead lines each briefing keeps (``Briefing.header``) say which issue carries
that cumulative number, and the question is asked of that issue (2026年第3期). A cumulative number no masthead
prints is left as it is, so the question is still refused as naming no indexed issue.
"""

from __future__ import annotations

import re

from .library import Library

# 总第123期 in a question or a masthead line (spaces allowed between the parts).
_TOTAL_RE = re.compile(r"总\s*第\s*(\d{1,5})\s*期")


def cumulative_named(question: str, library: Library) -> str:
    """``question`` with 总第N期 replaced by the label of the issue whose masthead prints it."""
    m = _TOTAL_RE.search(question)
    if not m:
        return question
    wanted = int(m.group(1))
    for briefing in library.briefings:
        printed = (re.search(_TOTAL_RE, line) for line in briefing.header)
        if briefing.issue and any(t and int(t.group(1)) == wanted for t in printed):
            return question[:m.start()] + briefing.issue + question[m.end():]
    return question
