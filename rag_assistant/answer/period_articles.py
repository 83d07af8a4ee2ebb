"""The articles that state an asked month range, read beside the retrieved ones when none of those states it.

Retrieval tokenises ``1至7月`` into 1 / 至 / 7 / 月, so a question that asks one month range (1至7月全省事故多少起、
死亡多少人) ranks the articles of another range of the same report (今年1至2月…96起) first, and with several parts the
article of the asked range may fall below the articles read. A month range is a date a report sentence states
exactly; the articles in scope that state it (in any of its spellings: 1—7月, 一至七月) and say the words of a part
are read too, as an asked place's own articles are. Only month ranges: a quarter or a half-year (一季度, 上半年) is
said by many articles and ranks well by its own characters.

Reads: the parts' periods and terms, each candidate article's text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..types import Intent
from .scope import states_period  # a month range in any of its spellings

_MONTH_RANGE_RE = re.compile(r"1至\d+月")
# At most this many articles added: a range and a part's words name one or two report articles.
MAX_ADDED = 3


def period_articles(intent: Intent, entries: Sequence, library) -> list:
    """The articles in ``intent``'s scope that state an asked month range none of ``entries`` states, and that
    say every word of a part asked in that range (事故 of 1至7月全省事故多少起)."""
    out: list = []
    for period in dict.fromkeys(p for part in intent.parts for p in part.periods if _MONTH_RANGE_RE.fullmatch(p)):
        if any(states_period(period, _flat(e.article.text)) for e in entries):
            continue
        terms = [part.terms for part in intent.parts if period in part.periods and part.terms]
        for e in library.in_scope(intent.sources):
            text = _flat(e.article.text)
            if e not in entries and e not in out and states_period(period, text) \
                    and any(all(t in text for t in ts) for ts in terms):
                out.append(e)
    return out[:MAX_ADDED]


# An article's text never changes while it is loaded, and every in-scope article is read for each asked range.
@lru_cache(maxsize=4096)
def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)
