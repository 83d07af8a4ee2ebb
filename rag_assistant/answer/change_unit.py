"""The unit class a change part (比上年多多少, 同比降了多少) of a several-part question asks in: the class of the part
right before it, whose change it is, not the class the whole question states somewhere else. In 专项资金多少，比上年
多多少，巡护力量多少人 the only unit word is the last part's 人; the middle change is the change of the money before it
(比上年增加600万元), and asked in 人 it was refused as "no 比上年多的人数". Read by understand.py when it builds parts.

A change that speaks of several parts at once (事故多少起、死亡多少人，同比分别降了多少) keeps the question's class:
it is the change of no single part before it.

A change right after a part that asks a figure in no unit of its own (事故多少起，死亡多少，同比各降多少, read as
…死亡多少，死亡同比降多少) is asked in no unit either: the question's class (起) is another part's, and borrowed it
looked for a count change of the deaths and was refused. A part before that asks no figure (情况咋样) lends nothing.
"""

from __future__ import annotations

import re
from typing import Sequence

from . import lexicon as lx

# A change asked of several figures at once.
_SEVERAL_RE = re.compile(r"分别|各")


def change_class(text: str, before: Sequence, q_unit: str, q_class: str) -> tuple[str, str]:
    """The (unit, class) a change part ``text`` borrows: the part before's when it has a class, else the question's."""
    if before and not _SEVERAL_RE.search(text):
        if before[-1][2]:
            return before[-1][1], before[-1][2]
        if not before[-1][1] and lx.ASK_RE.search(before[-1][0]):
            return "", ""  # the part before asks in no unit: its change borrows none from another part
    return q_unit, q_class
