"""A table row the question does not name is one member's figure, not the whole the question asks.

A table without a total row lists some members of the article's subject (宜兴 重点镇（街道） 丁蜀镇 2260 | 周铁镇 680
| 新街街道 530; 沭阳 重点乡镇; 新沂 各镇（街道）; 邳州 重点园区). A question naming none of its row labels
(宜兴陶瓷窑炉燃气隐患一共排查了多少处) asks the subject's own figure, which prose states (共排查隐患3470处): a row
then ranks as a part (tables.PART_ROW_FIT), as the rows of a table with a 合计 row already do (tables.total_row_fit).
When no sentence states the whole the rows still answer as before (the fit only ranks).

A row counts as named by its label, by the label without its administrative suffix (丁蜀 for 丁蜀镇, 苏州 for 苏州市),
or by the label's first two characters, the head staff name a category by (电芯 for 电芯制造, 移送 for 移送司法机关).
"""

from __future__ import annotations

import re
from typing import Sequence

from .tables import CELL, PART_ROW_FIT, TOTAL_LABEL_RE, ADMIN_SUFFIX_RE

_CJK_HEAD_RE = re.compile(r"^[\u4e00-\u9fff]{2}")


def _named(label: str, question: str) -> bool:
    bare = ADMIN_SUFFIX_RE.sub("", label)
    head = _CJK_HEAD_RE.match(label)
    return label in question or (len(bare) >= 2 and bare in question) or bool(head and head.group(0) in question)


def unnamed_row_fit(sentence: str, question: str, rows: Sequence[str]) -> float:
    """PART_ROW_FIT for a row of a table without a total row when the question names none of its rows; 1.0
    otherwise (outside tables, in tables with a total row: total_row_fit weighs those)."""
    if CELL not in sentence:
        return 1.0
    labels = [r.split(CELL)[0].strip() for r in rows if CELL in r]
    if any(TOTAL_LABEL_RE.match(label) for label in labels):
        return 1.0
    q = re.sub(r"\s+", "", question)
    # labels[0] heads the label column (镇（街道）, 类别, 项目) unless the row itself is the first one listed
    members = [label for label in labels[1:] if label]
    return 1.0 if not members or any(_named(label, q) for label in members) else PART_ROW_FIT
