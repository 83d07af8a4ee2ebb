"""A compound the article said in full and then resumes by its last word names the asked thing.

全省燃气推进会: 完成老旧燃气管道更新改造3260公里 … 2025年拟再改造老旧管道2800公里. 2025年拟再改造老旧燃气管道多少
公里 asks the 燃气管道 whose 2800 the text counts as 管道: the article said 燃气管道 before and drops the modifier
it already gave. The figure's noun (管道) was read as no 燃气管道 (counted.counts_measure shares too few characters)
and the question was refused. Only a noun that is the asked compound less its modifier, with nothing of its own
in the modifier's place (五定方案 is no 乡镇方案: 五定 is a modifier of its own), and only when the article wrote the
compound before the figure, reads as the asked thing.
"""

from __future__ import annotations

from ..nouns import head_noun


def resumed_compound(measure: str, noun: str, before: str) -> bool:
    """Whether ``noun`` is the asked ``measure``'s compound head less its modifier (燃气管道 → 管道), and ``before``
    (the article up to the figure) wrote that compound in full."""
    head = head_noun(measure) if measure else ""
    if not noun or len(head) < 4 or head in noun:
        return False
    for k in range(2, len(head) - 1):  # a modifier of two characters or more, a head word of two or more
        tail = head[k:]
        if noun.endswith(tail):
            return noun == tail and head in before
    return False
