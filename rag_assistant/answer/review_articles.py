"""The next year's review articles of an asked year, read beside the retrieved ones.

A question about one year (25年立案处罚多少起) is answered by the issue of the year after that reviews it (2026年第3期,
会议总结2025年…: a table 2025年全省应急管理执法情况 with 立案处罚 1.27万起). ``sentences_of`` reads such an issue's
sentences when they state the year. But retrieval ranks the asked year's own local articles that say the same words
(昆山…立案查处412起) first, and the review article may fall below the articles read, so a county's figure is answered
for a question that names no place. The articles in scope of the next year's issues that state the asked year and
say every word of a part are read too, as ``period_articles`` reads the articles that state an asked month range.
Only when no candidate article of the next year states the year already.

Reads: the intent's year, issue number and parts' terms, each candidate article's text and its briefing's year.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..types import Intent

# At most this many articles added: a year's review is one or two articles of the next year's first issues.
MAX_ADDED = 2


def review_articles(intent: Intent, entries: Sequence, library) -> list:
    """The articles of ``intent.year + 1``'s issues in scope that state ``intent.year`` and say every word of a
    part, when none of ``entries`` is such an article."""
    year = intent.year
    if year is None or intent.number is not None:
        return []
    said = f"{year}年"

    def reviews(e) -> bool:
        return e.briefing.year == year + 1 and said in _flat(e.article.text)

    if any(reviews(e) for e in entries):
        return []
    terms = [part.terms for part in intent.parts if part.terms]
    out = [e for e in library.in_scope(intent.sources)
           if e not in entries and reviews(e) and any(all(t in _flat(e.article.text) for t in ts) for ts in terms)]
    return out[:MAX_ADDED]


@lru_cache(maxsize=4096)
def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)
