"""Two readings of the stage a money or plan question asks when the text may not give that stage.

- A payment-stage question (已经下达多少, 到位了多少, 拨付了多少) asks money that has moved. A figure whose words say
  only the allotment (江阴市财政为活动安排专项经费680万元: 安排, no 已, no payment verb) is the earlier stage, so it is
  not the answer; with no payment figure the answer names what is given instead of passing the allotment off as paid.
- A question of what is still to come (还要发多少, 再拨多少, 还得投多少) asks the plan stage (拟于年底前再发放54万元),
  not the part already done (已发放奖励资金86万元) that the same sentence gives first.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .money_stage import ALLOT_VERBS, PAYOUT_VERBS

# A payment verb in the question, or 发/拨 in the perfective (发了, 拨了), names the payment stage.
_PAYOUT_ASK = PAYOUT_VERBS + ("发了", "拨了")
_PLAN_ASK_RE = re.compile(r"计划|打算|预计|拟|准备|目标|将要|还要|还得|再")
# 还要发多少, 还要再拨多少, 再发多少: a verb of giving or spending after 还要/还得/再 before the question word.
_FURTHER_RE = re.compile(r"(?:还要|还得|还需|再)[^，,。？?]{0,4}?(?:发|拨|兑现|下达|投|补|奖|支付|安排)[^，,。？?]{0,4}?(?:多少|几)")


def allotted_for_paid(question: str, window: str) -> bool:
    """Whether a figure says only the allotment (安排…680万元) while ``question`` asks the payment stage."""
    asks_paid = any(w in question for w in _PAYOUT_ASK) and not _PLAN_ASK_RE.search(question) \
        and not any(w in question for w in ALLOT_VERBS)
    return asks_paid and any(w in window for w in ALLOT_VERBS) and not any(w in window for w in PAYOUT_VERBS) \
        and not any(w in window for w in lx.QUALIFIERS["已"])


def asks_further(question: str) -> bool:
    """Whether ``question`` asks what is still to be paid or given (还要发多少): the plan stage, not the done part."""
    return _FURTHER_RE.search(question) is not None
