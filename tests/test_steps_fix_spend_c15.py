"""Two more steps of what a figure's clause must say (steps.py): a fix asked with its completion (改完了多少,
改好了几处) is the 已整改 figure, not the 排查 one; and money paid out (花了多少钱, 投了多少) is never a fine taken in
(罚款), nor reward money when the question asks what an inspection cost. Real extra briefings, real index."""

from __future__ import annotations

import pytest

from rag_assistant.answer.steps import asked_steps_of, other_step, spent_on
from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure


def test_a_fix_with_its_completion_is_the_fix_step():
    assert asked_steps_of("兴化烘干企业的隐患改好了多少处") == {"fix"}
    assert asked_steps_of("常熟电气隐患改完了多少") == {"fix"}
    assert other_step("常熟电气隐患改完了多少", "发现电气隐患8940处")
    assert not other_step("常熟电气隐患改完了多少", "已整改8712处")


def test_money_paid_out_is_not_a_fine_nor_another_purpose():
    assert asked_steps_of("常熟电气体检花了多少钱") == {"spend"}
    assert other_step("常熟电气体检花了多少钱", "罚款共计63.5万元")
    assert other_step("常州百日攻坚执法行动一共投了多少钱", "罚款 436.5 万元")
    assert not other_step("淮安燃气管网更新一季度花了多少钱", "完成投资1.12亿元")
    assert spent_on("启东实验室检查花了多少钱") == {"find"} and spent_on("如皋氨制冷改造花了多少钱") == frozenset()
    assert other_step("启东实验室检查花了多少钱", "已发放奖励资金86万元")
    assert not other_step("启东实验室奖励花了多少钱", "已发放奖励资金86万元")


@pytest.mark.parametrize("history, question, figure", [
    ([], "兴化烘干企业的隐患改好了多少处？", "2480处"),  # not 排查 2630处
    ([], "常熟电气隐患改完了多少？", "8712处"),  # not 发现 8940处
    (["启东实验室查出多少隐患？"], "改好了多少？", "1872处"),  # was refused: 改好 unknown
    ([], "启东实验室奖励花了多少钱？", "86万元"),
    ([], "江阴智慧监测花了多少钱？", "2860万元"),
])
def test_answered(extra_assistant, history, question, figure):
    a = extra_assistant.ask(question, history=history)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


@pytest.mark.parametrize("question", [
    "如皋氨制冷改造花了多少钱？",  # 罚款合计96.5万元 is a fine
    "常熟电气体检花了多少钱？",  # 罚款共计63.5万元
    "常州百日攻坚执法行动一共投了多少钱？",  # 罚款 436.5 万元
    "启东实验室检查花了多少钱？",  # 奖励资金86万元 was not spent on the 检查
])
def test_declined(extra_assistant, question):
    a = extra_assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer


@pytest.mark.parametrize("history, question, figure", [
    (["淮安老旧燃气管网一季度改了多少公里？"], "花了多少钱？", "1.12亿元"),  # 完成投资: 花 was an unknown word
    (["江阴在码头和罐区新增了多少个探测点位？"], "花了多少钱？", "2860万元"),  # 投入资金
    (["江阴港口智慧监测新增了多少个点位？"], "一共花费了多少钱？", "2860万元"),
])
def test_money_spent_is_what_the_briefings_call_invested(extra_assistant, history, question, figure):
    a = extra_assistant.ask(question, history=history)
    assert not a.refused and contains_figure(a.answer, figure), a.answer
