"""A money question that asks the sum already paid out, said by its payment verb rather than by 已.

Staff ask the paid stage of a fund as 累计兑现多少, 发了多少, 下达了多少: the payment verb (money_stage.PAYOUT_VERBS,
or 发/拨 with 了) in the perfective or after 累计/一共 says money that has moved, which the briefings write with 已
(已发放奖励金额23.47万元) next to the planned sum (拟发放奖励金额175.1万元). Such a question asks what is done (the 已
qualifier), so the plan figure is not its answer. A plan word in the question (拟, 计划, 打算) asks the plan instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PLAN_WORDS = re.compile(r"计划|打算|预计|拟|准备|目标|将要|还要|再")
_SUM_WORDS = "累计|一共|总共|共计|合计"


@lru_cache(maxsize=1)
def _paid_ask_re() -> re.Pattern:
    # money_stage → lexicon → done_step → here: imported late to keep that chain free of a cycle
    from .money_stage import PAYOUT_VERBS

    verb = "|".join(PAYOUT_VERBS + ("发", "拨"))
    # 兑现了多少 / 发了多少 (the aspect), 累计兑现多少 / 一共发放多少 (a running total of payments)
    return re.compile(rf"(?:(?:{verb})了|(?:{_SUM_WORDS})(?:{'|'.join(PAYOUT_VERBS)}))[^，,。？?]{{0,8}}?(?:多少|几)")


def asks_paid_out(question: str) -> bool:
    """Whether ``question`` asks a sum already paid out by its payment verb (累计兑现多少, 发了多少) and no plan."""
    return _paid_ask_re().search(question) is not None and not _PLAN_WORDS.search(question)
