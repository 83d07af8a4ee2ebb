"""Follow-ups that change only the measure to money (round 38, helper d38).

2025年第16期 南通: 全市 12 个重点行业领域已有 2.5 万家生产经营单位建立该机制，累计实施奖励金额约 3000 万元. Staff ask the
money of a reward scheme with a verb of spending (花了多少钱); a reward paid out is money spent, while money spent on
another step (检查花了多少钱) is still not answered by a reward."""

from __future__ import annotations

from rag_assistant.answer.match import money_paid
from rag_assistant.answer.steps import other_step

_NANTONG = "目前，全市 12 个重点行业领域已有 2.5 万家生产经营单位建立该机制，累计实施奖励金额约 3000 万元，"


def test_a_reward_amount_is_money_paid_out():
    assert money_paid("花", _NANTONG) == 0.7
    assert money_paid("花", "累计整改各类问题隐患 41024 条") == 0.0  # twin: no money
    assert not other_step("南通花了多少钱", "累计实施奖励金额约 3000 万元")
    assert other_step("南通检查花了多少钱", "累计实施奖励金额约 3000 万元")  # money for another step


def test_money_asked_after_a_count_of_a_reward_scheme(assistant):
    answer = assistant.ask("花了多少钱", history=["南通多少家单位建立了隐患内部报告奖励机制"])
    assert not answer.refused
    assert "3000" in answer.answer


def test_money_of_a_reward_scheme_asked_in_full(assistant):
    answer = assistant.ask("南通隐患内部报告奖励机制花了多少钱？")
    assert not answer.refused
    assert "3000" in answer.answer
