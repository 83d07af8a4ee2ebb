"""The stage a money question asks when the text does not give that stage (round 26b).

Sentences of the extra issues (eval/extra_briefings/): 2025年第26期 江阴 江阴市财政为活动安排专项经费680万元 (an
allotment only, no 下达 figure); 2024年第27期 启东 已发放奖励资金86万元，拟于年底前再发放54万元; 2026年第3期 无锡
市级安排安全生产奖补资金1650万元，已兑现1280万元，其余拟于2026年一季度前兑现 (the remainder has no figure)."""

from __future__ import annotations

from rag_assistant.answer.lexicon import asked_qualifiers
from rag_assistant.answer.paid_out import asks_further
from rag_assistant.answer.stage_ask import allotted_for_paid


def test_a_payment_question_is_not_answered_by_an_allotment():
    allot = "江阴市财政为活动安排专项经费680万元"
    assert allotted_for_paid("江阴专项经费已经下达多少", allot)
    assert allotted_for_paid("江阴专项经费到位了多少", allot)
    assert not allotted_for_paid("江阴专项经费安排了多少", allot)  # twin: the allotment asked
    assert not allotted_for_paid("江阴专项经费已经下达多少", "目前已下达首批资金320万元")  # twin: the paid figure


def test_a_question_of_what_is_still_to_come_asks_the_plan():
    assert asks_further("启东实验室降级奖励还要发多少")
    assert "拟" in asked_qualifiers("启东实验室降级奖励还要再发多少")
    assert not asks_further("启东实验室降级奖励已经发了多少")  # twin: the done part
    assert "拟" not in asked_qualifiers("启东实验室降级奖励已经发了多少")


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("江阴专项经费安排了多少", "680万元", "未给出"),
                                 ("启东实验室降级奖励还要发多少", "54万元", "86万元"),
                                 ("启东实验室降级奖励已经发了多少", "86万元", "54万元"),
                                 ("泰州智慧工地补助资金已经下达多少", "320万元", "未给出"),
                                 ("无锡安全生产奖补资金兑现了多少", "1280万元", "未给出")):
        a = extra_assistant.ask(question).answer
        assert has in a and lacks not in a.split("简报提到")[0], (question, a)
    # no 下达 / 到位 figure is given: the answer says so and names the given allotment after
    for question in ("江阴专项经费已经下达多少", "江阴专项经费到位了多少"):
        a = extra_assistant.ask(question).answer
        assert "未给出" in a, (question, a)
    # 还有多少没兑现 is stated nowhere, but both its parts are (安排…1650万元，已兑现1280万元): the rest is computed and
    # said to be computed, never given as a stated figure (computed_rest.py)
    a = extra_assistant.ask("无锡奖补资金还有多少没兑现").answer
    assert "简报未直接给出" in a and "370万元" in a and "1650万元" in a and "1280万元" in a, a
