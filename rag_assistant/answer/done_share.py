"""A share done below the whole: 目前已整改百分之九十以上 answers 都整改完了没 with no.

A briefing may say how much of the found work is done as a share of it, in digits or in words (已整改96%, 已整改
百分之九十以上), with no rate noun (整改率) before it. For a question whether all is done, a percentage below 100
right after 已 and a verb the question says (整改 of 整改完了没) says part of it is done, not all.
"""

from __future__ import annotations

import re

from ..numbers import extract_figures

_CLAUSE_END_RE = re.compile(r"[，。；,;]")


def share_short(question: str, sentence: str) -> bool:
    """Whether ``sentence`` says the asked deed done (已 + a verb of ``question``) to a share below 100%."""
    for f in extract_figures(sentence):
        if f.unit not in ("%", "％") or f.value >= 100:
            continue
        lead = _CLAUSE_END_RE.split(sentence[:f.start])[-1]
        at = lead.rfind("已")
        deed = re.sub(r"\s", "", lead[at + 1:]) if at >= 0 else ""
        if deed and len(deed) <= 4 and any(deed[i:i + 2] in question for i in range(len(deed) - 1)):
            return True
    return False
