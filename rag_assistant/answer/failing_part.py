"""A count of the failing part of a thing (清退不符合要求的运维船舶9艘, 对9家拒不整改的企业…, 责令停航整改不合格船舶
11艘) is not the count of the thing itself (对127艘运维船舶逐船开展安全检查) when the question names no failing.

盐城运维船舶一共多少艘 was answered 9艘: that figure has the asked noun in its own words (…的运维船舶9艘), the whole
127艘 has it after the figure, so the part outranked the whole. A negated restriction next to the counted noun
(不符合要求的, 不合格, 未安装…的, 拒不整改的) says the figure counts those of the things that fail a norm: a subset.
Unless the question says the restriction's words (不合格的船几艘, 拒不整改的企业) or the part's own action (清退运维船几艘), such a figure ranks below a
figure of the same unit in its sentence that has no restriction, the whole (``FAILING_PART_FIT``); with no whole
beside it, it is the answer as before (对43家未安装…的餐饮户责令停业整改).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import Figure
from .match import bigrams

# A negated restriction (不符合要求的, 未安装燃气泄漏报警装置的, 拒不整改的, 不合格) ending right before the noun
# the figure counts, said before the figure (…的运维船舶9艘) or right after it (9家拒不整改的企业).
_BEFORE_RE = re.compile(r"((?:不|未|拒不|非)[\u4e00-\u9fff]{1,12}?)(?:的|(?<=合格))[\u4e00-\u9fff]{1,8}\s*$")
_AFTER_RE = re.compile(r"^\s*[\u4e00-\u9fff]{0,2}?((?:不|未|拒不|非)[\u4e00-\u9fff]{1,12}?)(?:的|(?<=合格))")
# A part ranks below a whole of the same thing; it is not refused.
FAILING_PART_FIT = 0.8


def _restriction(sentence: str, figure: Figure, clause_start: int) -> str:
    """The negated restriction next to the noun ``figure`` counts (不符合要求), or ""."""
    before = sentence[clause_start:figure.start]
    after = re.split(r"[，,；;。]", sentence[figure.end:], maxsplit=1)[0]
    m = _BEFORE_RE.search(before) or _AFTER_RE.search(after)
    return m.group(1) if m else ""


def failing_part(question: str, sentence: str, figure: Figure, figures: Sequence[Figure], clause_start: int) -> float:
    """``FAILING_PART_FIT`` when the figure counts things under a negated restriction the question does not say
    and the sentence counts the same unit without one (the whole: 对127艘运维船舶…); 1 otherwise. The figure's
    clause begins at ``clause_start``."""
    restriction = _restriction(sentence, figure, clause_start)
    if not restriction or bigrams(question) & bigrams(restriction):
        return 1.0
    wholes = [g for g in figures if g is not figure and g.unit == figure.unit
              and not _restriction(sentence, g, _clause_start(sentence, g))]
    if not wholes:
        return 1.0
    # the part's own action asked (清退运维船几艘): a word of its clause that the whole's clause does not say
    own = bigrams(_clause(sentence, figure).replace(restriction, "")) - \
        frozenset().union(*(bigrams(_clause(sentence, g)) for g in wholes))
    return 1.0 if bigrams(question) & own else FAILING_PART_FIT


def _clause(sentence: str, figure: Figure) -> str:
    end = re.search(r"[，,；;。]", sentence[figure.end:])
    return sentence[_clause_start(sentence, figure):figure.end + (end.start() if end else len(sentence))]


def _clause_start(sentence: str, at: Figure) -> int:
    return max((m.end() for m in re.finditer(r"[，,；;。：:]", sentence[:at.start])), default=0)
