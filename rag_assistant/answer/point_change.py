"""A change in percent said the way staff speak it: 降了几个点, 同比升了多少个点, 提高了几个点. After a verb of change
the bare 点 is short for 百分点 (the briefings print the change as 下降8.4%); read as the classifier 点 it asked a
count of points (监测点) that no change figure answers, so the question was refused. Only a 点 right after a change
verb and its question word is read so: 设了几个点, 几个监测点, 多少个点位 keep their own 点."""

from __future__ import annotations

import re

# A change verb (下降, 升, 涨, 提高 …), an optional 了, the question word, an optional 个, then 点 closing the word.
_CHANGE_POINT_RE = re.compile(r"(?<!新)((?:下降|降低|减少|增长|增加|上升|提高|提升|回落|下滑|上涨|降|升|涨|增|减|跌|少|多)了?\s*"
                              r"(?:多少|几))\s*个?\s*点(?=[呢吗啊呀了？?，,。！!；;\s]|$)")


def change_points(text: str) -> str:
    """``text`` with a 几个点 asked of a change written 几个百分点."""
    return _CHANGE_POINT_RE.sub(r"\1个百分点", text)
