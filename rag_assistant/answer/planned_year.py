"""The issues of the year before an asked year that may print that year's plan.

A briefing speaks from its issue's year, so a plan for a year is often printed in the issue of the year before:
省财政明年将安排治本攻坚专项资金约3.5亿元 in a December 2025 issue is 2026's plan, 2025年拟再改造老旧管道2800公里
in a 2024 issue is 2025's. A question that names a year and asks what is planned (26年打算安排多少, 25年还要再改多少)
is therefore scoped to that year's issues and to the previous year's articles that name the year or say 明年.
scope.py reads this; evidence.sentences_of already keeps from such an issue only the sentences that state the year.
"""

from __future__ import annotations

import re

from ..types import Article
from . import lexicon as lx
from .plan_year import _STATED_RE, stated_offset

# The year after the issue's own, said relative to it.
_NEXT_YEAR_RE = re.compile(r"明年|来年|下一年")


def asks_plan(question: str) -> bool:
    """Whether a question asks what is planned or still to come (打算, 拟, 计划, 还要再…), not what is done."""
    return "拟" in lx.asked_qualifiers(question)


def may_plan(article: Article, year: int) -> bool:
    """Whether an article of the issue before ``year`` may print a plan for ``year``: it names that year or says
    明年."""
    text = re.sub(r"\s+", "", article.text)
    return f"{year}年" in text or bool(_NEXT_YEAR_RE.search(text))


def of_next_year_only(sentence: str, issue_year: int | None) -> bool:
    """Whether every time word of a sentence dates it to the year after its issue (省财政明年将安排…3.5亿元 in a
    2025 issue, 2026年要… in a 2025 issue): it then says nothing of its issue's own year (25年安排了多少)."""
    found = list(_STATED_RE.finditer(re.sub(r"\s+", "", sentence)))
    return bool(issue_year) and bool(found) and all(stated_offset(m.group(0), issue_year) == 1 for m in found)
