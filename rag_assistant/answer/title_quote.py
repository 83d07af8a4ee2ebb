"""Question words that quote an article's title: they name the article, not one of its parts.

A question may name an article by a stretch of its title (连云港凝聚奋进力量那篇主要做了哪些工作 for 《连云港：凝聚
奋进力量 夯实安全根基》). Each word of that stretch is said by the title, yet a word of it may also be the near
word of one point's lead (力量 beside 建队伍, near_lead.py) or pick one of the parts a title lists, and the
answer was narrowed to that point. A word the question says only inside a longer stretch it shares verbatim
with the title (punctuation and quotes of the title ignored), where that stretch holds another of the asked
words too, is read as the title being quoted. A word the question says again on its own (网格化那块 after
“大数据+网格化+铁脚板”) still names its part.
"""

from __future__ import annotations

import re
from typing import Sequence

_PUNCT_RE = re.compile(r"[\s“”\"'‘’《》「」、，,：:；;。.!！?？()（）+＋·—\-]")


def title_quoted(term: str, question: str, title: str, asked: Sequence[str]) -> bool:
    """Whether every occurrence of ``term`` in ``question`` lies in a stretch of at least two asked words
    that the title says verbatim."""
    q, t = question.lower(), _PUNCT_RE.sub("", title.lower())
    starts = [i for i in range(len(q)) if q.startswith(term, i)]
    if not term or not starts:
        return False
    others = [w for w in asked if w != term and w not in term and term not in w]
    for at in starts:
        a, b = at, at + len(term)
        if q[a:b] not in t:
            return False
        while a > 0 and q[a - 1:b] in t:
            a -= 1
        while b < len(q) and q[a:b + 1] in t:
            b += 1
        if not any(w in q[a:b] for w in others):
            return False
    return True
