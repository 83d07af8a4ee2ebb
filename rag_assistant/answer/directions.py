"""The words of a direction of change, in their lexical classes, for every step that reads a rise or a fall.

A briefing states a change with a written verb (同比下降11.2%, 比上年增加600万元); people asking say it with the same
verbs, with a colloquial 变多/变少, or with one character (涨了还是降了, 多了还是少了). 提高/提升 are kept apart from
the verbs of a level's rise: they are said of rates and abilities too (提高安全意识), so a step that reads a trend
from a clause leaves them out.
"""

from __future__ import annotations

# A level's rise and fall, as written (增长17.4%, 下降4.1%).
LEVEL_RISE = ("增加", "增多", "增长", "上升", "上涨", "升高")
FALL = ("减少", "下降", "降低", "压降", "下滑", "回落")
# An improvement: a rise of a rate or an ability (提高到95%, 提升应急能力).
GAIN = ("提高", "提升")
# Colloquial two-character forms (变多了, 变少了).
COLLOQUIAL_RISE, COLLOQUIAL_FALL = ("变多",), ("变少",)
# One-character forms, only read in questions (涨了还是降了, 多了还是少了): in a text they are no change.
SHORT_RISE = ("涨", "升", "多", "高")
SHORT_FALL = ("跌", "降", "少", "低")


def alternation(*classes: tuple[str, ...]) -> str:
    """A regex alternation of the words of ``classes``, in their order (longer words stay before shorter ones)."""
    return "|".join(word for words in classes for word in words)
