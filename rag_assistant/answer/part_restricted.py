"""A part a 其中 clause restricts by a relative clause, asked as the whole.

宜兴市共有陶瓷、紫砂生产企业1236家，其中使用燃气窑炉的企业482家: the second figure counts only the enterprises
that use gas kilns. A question that names none of that restriction's words (无锡陶瓷企业有多少家) asks about the
whole, so the part's figure does not answer it; a question that says them (使用燃气窑炉的企业有几家) still does.
The same holds for a modifier (推动企业查改隐患 36975 条，其中重大事故隐患 115 条: 危化企业查改隐患多少条 is not 115).
Read: the figure's own clause from its 其中 to the figure, its words before the head the question names, and an
earlier figure of the same unit class in the sentence (the whole the part is taken from)."""
from __future__ import annotations

import re
from typing import Sequence

from ..nouns import tagged
from ..numbers import Figure
from ..units import unit_class

# 其中 + the part's words up to the figure, within one clause: a relative clause closed by 的 (其中使用燃气窑炉的企业)
# or a modifier before the head (其中重大事故隐患 115 条: 重大 restricts the 隐患 of 查改隐患 36975 条)
_PART_LEAD_RE = re.compile(r"其中([^，。；、\d]{2,30})$")


def restriction_unasked(question: str, sentence: str, f: Figure, figures: Sequence[Figure], whole: str = "") -> bool:
    """Whether figure ``f`` counts a 其中 part restricted by a relative clause whose words the question never says,
    while the sentence gives the whole (a figure of the same unit class) before it."""
    clause_at = max(sentence.rfind(c, 0, f.start) for c in "，,；;。") + 1
    m = _PART_LEAD_RE.search(sentence[clause_at:f.start])
    if not m:
        return False
    kind = unit_class(f.unit)
    if not any(g.end <= clause_at and unit_class(g.unit) == kind for g in figures):
        return False  # no whole before it: the 其中 part is the only count the sentence gives
    phrase = m.group(1).strip()
    # The head the question names (企业, 隐患): the longest tail of the part's words it says; the rest restricts.
    # A relative clause ends at its 的 (使用燃气窑炉的企业): its words before the 的 restrict.
    # A modifier (重大) restricts only when no part of the whole question (``whole``) says it: 储备价值多少？省级占多少.
    if "的" in phrase:
        head = phrase[phrase.rfind("的"):]
    else:
        question = whole or question
        head = next((phrase[i:] for i in range(len(phrase)) if phrase[i:] in question), "")
        # A head with words the whole's clause never says (大功率电器隐患 of 发现并整改隐患8930处，其中违规使用大功率电器
        # 隐患2140处) is the subset itself, named by the question: the words before it only describe it.
        if any(len(w) > 1 and w not in sentence[:clause_at] for w, *_ in tagged(head)):
            return False
    words = [w for w, flag, *_ in tagged(phrase[:len(phrase) - len(head)]) if len(w) > 1 and flag[:1] in ("n", "v", "a")]
    # A word is said when any two of its characters are (重大隐患 says the 重大 of 重大事故).
    return bool(words) and not any(w[i:i + 2] in question for w in words for i in range(len(w) - 1))
