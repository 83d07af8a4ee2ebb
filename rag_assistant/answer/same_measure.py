"""Two count units of one asked noun: 赣榆和沭阳哪个已整改的隐患多 ← 已完成整改2185项 (the 隐患 of 查出问题隐患2310项
before it) and 已整改隐患4980处. A briefing counts 隐患 in 项 in one article and in 处 in another; the unit
differs but the thing counted is the one both sides ask. compose.comparison refused two count units of which one
names a kind (21021家 units vs 39777条 risks) as two things; that holds only when the nouns do not say otherwise.
Here each side's figure counts the asked noun (said after or before it) or names none of its own (an elided
noun, which the evidence step accepted as the asked one), and at least one says it."""

from __future__ import annotations

from ..nouns import head_noun


def one_noun_counted(measure_a: str, measure_b: str, noun_a: str, noun_b: str) -> bool:
    """Whether both sides ask one measure and the figures' counted nouns (``noun_a``/``noun_b``, "" when a figure
    names none) are that measure's head, one of them at least said."""
    head = head_noun(measure_a)
    if not head or head != head_noun(measure_b) or not (noun_a or noun_b):
        return False
    return all(not n or n.endswith(head) for n in (noun_a, noun_b))
