"""Suggested follow-up questions under an answer: the other figures of the article it cites.

A clause of the cited article that states a count (精准识别化工生产企业 248 家) becomes a question
(精准识别化工生产企业多少家？); the conversation supplies the place and the campaign, as it does
for any follow-up. Clauses the answer already quotes are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Answer, Briefing

# A count: digits then a counting unit (no dates, money or percentages: their questions read badly).
_COUNT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)?\s*(家次|人次|家|个|项|条|处|人|名|起|次|座|所|支|套|场)")
_CLAUSE_SPLIT_RE = re.compile(r"[，。；！？,;!?\n]")
_LEAD_RE = re.compile(r"^(其中|截至目前|截至当前|截至\S{0,8}底|同时|此外|共|累计|全市|全省)+")
# A bound (不少于 30 家) or a rule (按照…) is no fact to ask about; a trailing preposition leaves a broken question.
_NOT_A_FACT_RE = re.compile(r"不少于|不低于|不超过|不高于|以上|以下|至少|^按照|^根据|^要求")
_TRAILING = "在于为达至约近超共"


def _question(clause: str) -> str | None:
    match = _COUNT_RE.search(clause)
    if not match or len(_COUNT_RE.findall(clause)) > 1:
        return None
    head = clause[: match.start()].strip()
    head = (_LEAD_RE.sub("", head).strip() or head).rstrip(_TRAILING)
    if not 4 <= len(head) <= 24 or re.search(r"\d", head) or _NOT_A_FACT_RE.search(head):
        return None
    if head.count("“") != head.count("”") or head.count("（") != head.count("）"):
        return None
    return f"{head}多少{match.group(2) or ''}{match.group(3)}？"


def suggest_followups(answer: Answer | None, briefings: Sequence[Briefing], limit: int = 3) -> list[str]:
    """Up to ``limit`` questions about the other counts in the first cited article."""
    if answer is None or answer.refused or not answer.citations:
        return []
    cited = answer.citations[0]
    article = next((a for b in briefings if b.source == cited.source for a in b.articles if a.title == cited.title),
                   None)
    if article is None:
        return []
    quoted = "".join("".join(c.quote.split()) for c in answer.citations)
    out: list[str] = []
    for clause in _CLAUSE_SPLIT_RE.split("\n".join(article.paragraphs)):
        clause = clause.strip()
        question = _question(clause) if clause and "".join(clause.split()) not in quoted else None
        if question and question not in out:
            out.append(question)
        if len(out) >= limit:
            break
    return out
