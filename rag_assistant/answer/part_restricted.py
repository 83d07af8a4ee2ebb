"""A part a 其中 clause restricts by a relative clause, asked as the whole.

宜兴市共有陶瓷、紫砂生产企业1236家，其中使用燃气窑炉的企业482家: the second figure counts only the enterprises
that use gas kilns. A question that names none of that restriction's words (无锡陶瓷企业有多少家) asks about the
whole, so the part's figure does not answer it; a question that says them (使用燃气窑炉的企业有几家) still does.
Read: the figure's own clause from its 其中 to the figure, the words before its 的, and an earlier figure of the
same unit class in the sentence (the whole the part is taken from)."""
from __future__ import annotations

import re
from typing import Sequence

from ..nouns import tagged
from ..numbers import Figure
from ..units import unit_class

# 其中 + a relative clause closed by 的 (其中使用燃气窑炉的企业), within one clause before the figure
_PART_LEAD_RE = re.compile(r"其中([^，。；、\d]{2,20}?)的[^，。；、\d]{1,10}$")


def restriction_unasked(question: str, sentence: str, f: Figure, figures: Sequence[Figure]) -> bool:
    """Whether figure ``f`` counts a 其中 part restricted by a relative clause whose words the question never says,
    while the sentence gives the whole (a figure of the same unit class) before it."""
    clause_at = max(sentence.rfind(c, 0, f.start) for c in "，,；;。") + 1
    m = _PART_LEAD_RE.search(sentence[clause_at:f.start])
    if not m:
        return False
    kind = unit_class(f.unit)
    if not any(g.end <= clause_at and unit_class(g.unit) == kind for g in figures):
        return False  # no whole before it: the 其中 part is the only count the sentence gives
    words = [w for w, flag, *_ in tagged(m.group(1)) if len(w) > 1 and flag[:1] in ("n", "v")]
    return bool(words) and not any(w in question for w in words)
