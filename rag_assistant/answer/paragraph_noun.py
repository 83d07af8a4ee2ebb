"""The asked noun a figure counts through its paragraph, for scoring: 共查出问题隐患2310项。二是…，截至7月底已完成整改
2185项 — the 2185项 count the 隐患 of the earlier figure in the same unit (paragraph_antecedent.py), so for 已整改的隐患
the 2185项 name the asked thing as fully as a figure followed by its own noun. rejections.names_asked already
accepts such a figure; without this, judge.score_part still scored it as naming nothing (no asked word in its
window, no counted noun), and the earlier figure of another step (查出…2310项, not counted) outranked it, so the
part was left unanswered."""

from __future__ import annotations

from ..numbers import Figure
from .counted import counts_measure, elided_antecedent
from .paragraph_antecedent import antecedent_in_paragraph
from .rejections import paragraph_before


def paragraph_noun(measure: str, s, f: Figure, clause_start: int, noun: str) -> str:
    """``measure`` when figure ``f`` of sentence ``s`` (a judge.Sentence) names no noun of its own and the nearest
    earlier figure of its paragraph in its unit counts ``measure``; "" otherwise."""
    if not measure or noun and counts_measure(measure, noun):
        return ""
    told = elided_antecedent(s.text, clause_start, f, noun)
    return measure if told and antecedent_in_paragraph(measure, paragraph_before(s), f) else ""
