"""A count of an issue's articles that sets the annex aside in words (第30期除了附件有几篇, 不算附件几篇文章,
附件除外有几篇) asks the plain count: annex.py already leaves an annex out of an article count and names it apart.

Read as a topic, the clause turns 附件 (and 除/不算) into words an article must be about, so the listing keeps only
the annex or nothing and the question is refused. This module removes such a clause before the topic is read.
"""

from __future__ import annotations

import re

# 除了附件(以外/之外), 除去附件, 不算/不含/不包括/不计附件, 附件除外/不算: the annex set aside, with a 的 that ties it on.
_SET_ASIDE_RE = re.compile(r"(?:除了?|除去|去掉|去除|不算|不含|不包括|不包含|不计|刨去|扣除)\s*附件\s*(?:以外|之外|外)?\s*(?:的话|的)?"
                           r"|附件\s*(?:除外|不算|不计)\s*(?:的话|的)?")


def without_annex_aside(question: str) -> str:
    """``question`` without the clause that sets the annex aside, or unchanged when it has none."""
    return _SET_ASIDE_RE.sub("", question)
