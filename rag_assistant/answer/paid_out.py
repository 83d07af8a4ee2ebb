"""The stage a money question asks by its verb alone, rather than by 已 or 拟: the sum paid out, or what is still to come.

Staff ask the paid stage of a fund as 累计兑现多少, 一共发了多少, 下达了多少: a stage verb of payment
(money_stage.PAYOUT_VERBS but the generic 发放) in the perfective, or any payment verb after 累计/一共, says money that
has moved, which the briefings write with 已
(已发放奖励金额23.47万元) next to the planned sum (拟发放奖励金额175.1万元). Such a question asks what is done (the 已
qualifier), so the plan figure is not its answer. A plan word in the question (拟, 计划, 打算) asks the plan instead.
A question of what is still to come (还要发多少, 再拨多少, 还得投多少) asks the plan stage (拟于年底前再发放54万元), not
the part already done (已发放奖励资金86万元) that the same sentence gives first.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PLAN_WORDS = re.compile(r"计划|打算|预计|拟|准备|目标|将要|还要|再")
_SUM_WORDS = "累计|一共|总共|共计|合计"
_GENERIC_GIVING = ("发放", "发", "拨")
# 还要发多少, 还要再拨多少, 再发多少: a verb of giving or spending after 还要/还得/再 before the question word.
# 还要再改多少公里, 还得再建几个: 还要/还得/还需 followed by 再 asks what is still to come whatever the verb; so does
# 还要 with any verb (燃气管道25年还要改多少: 2025年拟再改造老旧管道2800公里), the intent of what is to be done.
_FURTHER_RE = re.compile(r"(?:还要|还得|还需|再)[^，,。？?]{0,4}?(?:发|拨|兑现|下达|投|补|奖|支付|安排)[^，,。？?]{0,4}?(?:多少|几)"
                         r"|(?:还要|还得|还需)再[^，,。？?]{0,4}?(?:多少|几)|还要[^，,。？?\d]{1,4}?(?:多少|几)")


@lru_cache(maxsize=1)
def _paid_ask_re() -> re.Pattern:
    # money_stage → lexicon → done_step → here: imported late to keep that chain free of a cycle
    from .money_stage import PAYOUT_VERBS

    # 兑现了多少 / 下达了多少 (a stage verb in the perfective), 累计兑现多少 / 一共发了多少 (a running total of payments).
    # The generic giving verbs (发, 拨, 发放) in the perfective alone do not say the stage: 宿迁发了多少奖金 is asked of
    # a sum the text gives as planned and as paid (拟发放175.1万元，已发放23.47万元), and both answer it.
    stage = "|".join(v for v in PAYOUT_VERBS if v not in _GENERIC_GIVING)
    total = "|".join(PAYOUT_VERBS + _GENERIC_GIVING)
    return re.compile(rf"(?:(?:{stage})了|(?:{_SUM_WORDS})(?:{total}))[^，,。？?]{{0,8}}?(?:多少|几)")


def asks_paid_out(question: str) -> bool:
    """Whether ``question`` asks a sum already paid out by its payment verb (累计兑现多少, 一共发了多少) and no plan."""
    return _paid_ask_re().search(question) is not None and not _PLAN_WORDS.search(question)


def asks_further(question: str) -> bool:
    """Whether ``question`` asks what is still to be paid or given (还要发多少): the plan stage, not the done part."""
    return _FURTHER_RE.search(question) is not None
