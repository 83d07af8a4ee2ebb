"""A search said in the clause before a figure, and its find in the figure's clause, are one action.

``对全区纺织企业逐一上门排查，发现电气线路隐患2.18万处``: the 排查 is said in a clause with no figure, and the next clause
tells what it found (发现…2.18万处). 吴江电气隐患排查了多少处 asks that figure: the asked verb sits in another clause than
the figure's, but that clause counts nothing and the figure's clause says the find of the same search, so the
figure is no count of another action (steps.action_elsewhere). A search clause that counts something of its own
(检查企业3920家次，发现隐患2415处) keeps its own figure for the asked verb.

Reads: the sentence, the figure's clause start and the asked verb; the steps of steps.STEPS (find: 排查, 检查, 发现…).
"""

from __future__ import annotations

import re

from ..numbers import extract_figures

_CLAUSE_END_RE = re.compile(r"[，；：,;:。]")


def found_by_search(verb: str, sentence: str, clause_start: int, find_verbs: tuple[str, ...]) -> bool:
    """Whether the figure's clause (from ``clause_start``) opens with a find verb (``find_verbs``: 发现, 查出…) and
    the clause right before it says the asked search ``verb`` (itself a find verb) and counts nothing."""
    if verb not in find_verbs or clause_start <= 0:
        return False
    clause = sentence[clause_start:].lstrip()
    if not any(clause.startswith(v) for v in find_verbs):
        return False
    before_start = max((m.end() for m in _CLAUSE_END_RE.finditer(sentence, 0, clause_start - 1)), default=0)
    before = sentence[before_start:clause_start - 1]
    return verb in before and not extract_figures(before)
