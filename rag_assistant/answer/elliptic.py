"""Which class an elliptic ask (X呢) may borrow from the question: not a count of persons for a thing.

巡查员多少人，巡查单元呢 asks the 巡查单元 (counted in 个), not a number of persons: the question's 人 belongs to the
part that names persons. understand.read_parts asks ``thing_not_person`` before a part borrows a people unit.
"""

from __future__ import annotations

from ..nouns import head_noun, noun_run
from . import lexicon as lx
from .person_nouns import GROUP_ENDS, PERSON_ENDS

# The endings of a noun naming persons (巡查员, 嫌疑人, 班组长) or a group of them (民警, 队伍).
_PERSON_ENDS = PERSON_ENDS + GROUP_ENDS


def thing_not_person(text: str) -> bool:
    """Whether an elliptic part (X呢) names a thing of its own that is no person: 巡查单元呢 does, 安全员呢 and
    医药的呢 (no noun of its own: it borrows the counted noun too) do not."""
    m = lx.ELLIPTIC_RE.match(text.strip(" ，,"))
    if m is None or text.strip(" ，,").removesuffix("呢").endswith("的"):
        return False  # 医药的呢: a kind of the noun counted before, in its unit
    noun = noun_run(text.strip(" ，,").removesuffix("呢"), True)
    head = head_noun(noun) if noun else ""
    return len(head) > 1 and not head.endswith(_PERSON_ENDS)


def side_thing_not_person(text: str) -> bool:
    """Whether a side of a comparison ends in a noun of its own that names no person (靖江的住宅巡查单元跟南通配的
    巡查员，哪个多: 巡查单元 is counted in 个, so the other side's 人 is not its unit); a side naming only its place or
    a kind (南通的) names no noun of its own and borrows the other's, and so does a time side (春节假期), which
    understand.read_parts leaves out by its own words."""
    side = text.strip(" ，,")
    if side.endswith("的"):
        return False
    noun = noun_run(side, True)
    head = head_noun(noun) if noun else ""
    return len(head) > 1 and not head.endswith(_PERSON_ENDS)
