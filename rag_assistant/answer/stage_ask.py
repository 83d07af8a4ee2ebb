"""Two readings of the stage a money or plan question asks when the text may not give that stage.

- A payment-stage question (已经下达多少, 到位了多少, 拨付了多少) asks money that has moved. A figure whose words say
  only the allotment (江阴市财政为活动安排专项经费680万元: 安排, no 已, no payment verb) is the earlier stage, so it is
  not the answer; with no payment figure the answer names what is given instead of passing the allotment off as paid.
- A question of what is still to come (还要发多少) asks the plan stage: ``paid_out.asks_further``, read by lexicon.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .money_stage import ALLOT_VERBS, PAYOUT_VERBS, PAYOUT_WORDS

_PLAN_ASK_RE = re.compile(r"计划|打算|预计|拟|准备|目标|将要|还要|还得|再")


def allotted_for_paid(question: str, window: str) -> bool:
    """Whether a figure says only the allotment (安排…680万元) while ``question`` asks the payment stage."""
    asks_paid = any(w in question for w in PAYOUT_WORDS) and not _PLAN_ASK_RE.search(question) \
        and not any(w in question for w in ALLOT_VERBS)
    return asks_paid and any(w in window for w in ALLOT_VERBS) and not any(w in window for w in PAYOUT_VERBS) \
        and not any(w in window for w in lx.QUALIFIERS["已"])

