"""Which end of a stated change a question asks: 由原来的七天缩短到三天以内 gives a level before (七天) and after
(三天) the change in one clause. A question asking the level reached (缩短到几天, 降到多少, 现在要几天) is answered by
the figure after the change verb, one asking the earlier level (原来要几天, 以前多少) by the one before it.
judge.py weighs every figure by this; a sentence that states no such pair leaves its figures as they are.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import Figure

# The words between a change's earlier figure and its later one: a change verb with its 到/至/为 (缩短到, 提高至).
_TO_RE = re.compile(r"^[^，。；;,\d]{0,3}?(?:缩短|缩减|压缩|降低|下降|减少|降|提高|提升|增加|增长|上升|延长|扩大)(?:到|至|为)"
                    r"(?:了)?\s*(?:近|约|逾)?\s*$")
# A question asking the level reached: a change verb's 到/至 before its question word, or 现在/目前.
_ASKS_END_RE = re.compile(r"(?:到|至|为)了?\s*(?:多少|几)|现在|目前|如今")
# A question asking the level before the change.
_ASKS_START_RE = re.compile(r"原来|原先|原本|以前|之前|过去|此前|改之前")
OTHER_END_FIT = 0.5


def change_end_fit(question: str, sentence: str, f: Figure, figures: Sequence[Figure]) -> float:
    """OTHER_END_FIT when ``f`` is the end of a stated change the question does not ask, else 1.0."""
    end, start = bool(_ASKS_END_RE.search(question)), bool(_ASKS_START_RE.search(question))
    if end == start:
        return 1.0  # neither end asked, or both (原来几天，现在几天): each part is weighed by its own words
    later = next((g for g in figures if g.start >= f.end and _TO_RE.match(sentence[f.end:g.start])), None)
    earlier = next((g for g in figures if g.end <= f.start and _TO_RE.match(sentence[g.end:f.start])), None)
    if end and later is not None:
        return OTHER_END_FIT  # 七天 of 由七天缩短到三天 for 缩短到几天
    if start and earlier is not None:
        return OTHER_END_FIT  # 三天 of 由七天缩短到三天 for 原来要几天
    return 1.0
