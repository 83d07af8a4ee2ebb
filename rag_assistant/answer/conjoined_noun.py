"""A figure that counts two kinds joined by 和/及/与/、 (检查企业和场所3.2万家次): the counted noun is the whole
coordination, not only its last conjunct (场所), so a question asking for the first (检查企业多少家次) is as well
named by the figure as one asking for the second. Read by ``judge.score_part`` for the noun-share factor."""

from __future__ import annotations

import re

# …企业和场所 / 企业及场所 / 企业与个人 / 企业、场所 right before the figure: a noun of 1–6 characters, a joining word, the
# figure's own noun. The joined span stays inside its clause (no comma between).
_JOINED_RE = re.compile(r"([\u4e00-\u9fff]{1,6})(?:和|及|与|以及|、)$")


def conjoined_clause(sentence: str, clause_start: int, start: int, noun: str) -> str:
    """The clause's words up to the figure when the figure's ``noun`` (right before it) is the last of a
    coordination (检查企业和场所 for 3.2万家次), else ""."""
    before = sentence[clause_start:start].rstrip()
    if len(noun) < 2 or not before.endswith(noun):
        return ""
    return before if _JOINED_RE.search(before[:-len(noun)]) else ""
