"""A kind asked by its negation (非经营性自建房, 非露天矿山): a figure whose words say the kind itself, without the
非, counts the other side (其中用作经营的自建房四千三百余户 is the 经营性 part, not the 非经营性 one).

The segmenter cuts 非经营性 into words that hold 经营 and 经营性, which the figure's words match (nature_word.py
reads 经营性 as 用作经营的), so the negation was lost and the kept kind's figure answered its complement. A
negated kind named in the text as such (非煤矿山58座) still answers 非煤矿山有多少座.
"""

from __future__ import annotations

import re

# 非 before a kind (非经营性, 非煤, 非露天); not 非法, 非常, 是非, 并非, 除非, 莫非, 非得, 非要.
_NEGATED_RE = re.compile(r"(?<![是并除莫无])非(?![法常得要遗])([\u4e00-\u9fff]{1,4})")
_NATURE_RE = re.compile(r"^([\u4e00-\u9fff]{2,3}?)性")


def _stem(kind: str) -> str:
    """The word the text says the kind with: 经营 of 经营性, 煤矿 of 煤矿山, 露天 of 露天矿山."""
    m = _NATURE_RE.match(kind)
    return m.group(1) if m else kind[:2]


def other_side(question: str, words: str) -> bool:
    """Whether ``question`` asks a kind by its negation (非经营性) and the figure's ``words`` say the kind's stem
    (经营) but never its negation (非经营)."""
    for m in _NEGATED_RE.finditer(question):
        stem = _stem(m.group(1))
        if stem in words and f"非{stem}" not in words:
            return True
    return False
