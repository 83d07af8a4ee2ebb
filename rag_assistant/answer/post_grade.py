"""A grade said after the thing it grades (重大危险源里一级的有几处, 消防工程师中二级的多少人) is the same question as the
grade said before it (一级重大危险源, 二级消防工程师): this reads the after-form into the before-form that grades.py reads.

Without it the grade word was dropped from the question (一级 is no content term), and the whole count (涉及重大
危险源124处) answered the grade's share, which the briefing does not give.
"""

from __future__ import annotations

import re

from ..nouns import tagged

# The thing, then 里/中/当中 and the grade, closed by 的 or the ask: 危险源里一级的, 工程师中二级有多少.
_AFTER_RE = re.compile(r"(?P<thing>[\u4e00-\u9fff]{2,12}?)(?:里面|里头|当中|之中|里|中)的?"
                       r"(?P<grade>(?:[一二三四]|初|中|高|特|甲|乙|丙)级)(?=的|有|是|多少|几)")


def fronted_grade(question: str) -> str:
    """``question`` with a grade said after its thing moved before the thing's noun (一级重大危险源…)."""
    m = _AFTER_RE.search(question)
    if not m:
        return question
    head = _graded_noun(m.group("thing"))
    if len(head) < 2:
        return question
    return question[:m.start()] + m.group("thing") + "，" + m.group("grade") + head + question[m.end():]


def _graded_noun(thing: str) -> str:
    """The noun a grade goes before: the last two words of ``thing`` (重大危险源, 消防工程师) when they are short,
    as grades.py compares the two characters right after the grade; else its last word."""
    words = [w for w, *_ in tagged(thing) if w.strip()]
    if len(words) >= 2 and len(words[-2]) + len(words[-1]) <= 6 and len(words[-2]) >= 2:
        return words[-2] + words[-1]
    return words[-1] if words else ""
