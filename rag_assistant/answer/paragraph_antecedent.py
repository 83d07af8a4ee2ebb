"""A step figure whose noun is elided across sentences: 共查出问题隐患2310项，其中…。二是整改清单明责任。…，截至7月底
已完成整改2185项 — the 2185项 are of the 隐患 an earlier sentence of the same paragraph counts in the same unit.

``elided_antecedent`` (counted.py) reads the figure's own sentence; when that names no noun of the asked thing, the
nearest earlier figure of the paragraph in the figure's unit says what was counted (一是…二是… steps of one report)."""

from __future__ import annotations

from ..numbers import Figure, extract_figures
from .counted import counts_measure

_CLAUSE_SEP = "，。；,;：:"


def antecedent_in_paragraph(measure: str, before: str, f: Figure) -> bool:
    """Whether the nearest earlier figure in ``f``'s unit in ``before`` (the paragraph up to ``f``'s sentence) counts
    ``measure``."""
    if not measure or not f.unit:
        return False
    for earlier in reversed([g for g in extract_figures(before) if g.unit == f.unit]):
        start = max(before.rfind(c, 0, earlier.start) for c in _CLAUSE_SEP) + 1
        clause = before[start:earlier.end]
        if not clause.lstrip().startswith("其中"):  # a subset (其中重大隐患9项) is not what the step was done to
            return counts_measure(measure, clause)
    return False
