"""The stage of a sum of money a question asks by its verb: the allotment (安排, 预算) or the payment.

Money in the briefings passes through stages, each said by its own verb: a body allots it (安排, 拟安排, 预算), then
pays it out in part (下达, 发放, 兑现, 拨付, 到位), and the text often gives both in one sentence (市级财政拟安排…补助
资金800万元，目前已下达首批资金320万元). A question with an allotment verb asks the allotted sum even in the
perfective (安排了多少 is how much was allotted, not how much was paid out so far): the plan figure answers it
(its 拟 is the stage the verb names), and a figure whose words say it is already paid out (已下达, 已兑现, 已发放)
without the allotment verb is the later stage, not the one asked. A question that names the payment stage itself
(已经下达多少, 兑现了多少) is not one of these.
"""

from __future__ import annotations

import re

from . import lexicon as lx

# The one table of money-stage verbs (measure.py and purpose.py read it too): allotting money to a use (a budget or
# planning stage), and paying allotted money out (the later stage).
ALLOT_VERBS = ("安排", "预算")
PAYOUT_VERBS = ("下达", "发放", "兑现", "拨付", "到位", "支付")
_ALLOT_ASK_RE = re.compile(rf"(?:{'|'.join(ALLOT_VERBS)})[^，,。？?]{{0,10}}?(?:多少|几)")
# A question naming a payment verb asks that stage; 发/拨 alone are verbs only in their perfective (发了, 拨了).
PAYOUT_WORDS = PAYOUT_VERBS + ("发了", "拨了")


def asks_allotment(question: str) -> bool:
    """Whether ``question`` asks an allotted sum by its verb (安排了多少, 预算多少) and names no payment stage."""
    return _ALLOT_ASK_RE.search(question) is not None and not any(w in question for w in PAYOUT_WORDS) \
        and not any(w in question for w in lx.QUALIFIERS["已"])


def paid_for_allotment(question: str, window: str) -> bool:
    """Whether a figure is of the payment stage (目前已下达首批资金320万元) while ``question`` asks the allotment
    (资金安排了多少): its words say it is done and say no allotment verb."""
    return asks_allotment(question) and any(w in window for w in lx.QUALIFIERS["已"]) \
        and not any(w in window for w in ALLOT_VERBS)
