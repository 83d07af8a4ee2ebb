"""Refusals that hold under other wording (helper pc18): the money class read from a colloquial unit (几万块) or
from a verb whose object is money (罚了多少), a bare proper name the question opens with (盛虹 without 集团), and
a look-alike the corpus never says (电动汽车) kept apart from the thing the text counts (电动自行车)."""

from __future__ import annotations

from rag_assistant.answer.measure import asked_class
from rag_assistant.answer.absence import other_names


def test_money_is_read_from_a_colloquial_unit_and_from_a_money_verb():
    assert asked_class("罚了几万块")[1] == "money"
    assert asked_class("一共罚了多少")[1] == "money"
    assert asked_class("赔了几万？")[1] == "money"
    assert asked_class("多少块钱")[1] == "money"
    # 块 that counts a thing stays a count; 罚 with a counted unit stays that unit
    assert asked_class("有多少块屏幕")[1] == "count"
    assert asked_class("罚了多少家")[1] == "count"


def test_a_bare_proper_name_opening_the_question_is_a_name():
    assert "盛虹" in other_names("盛虹发了多少隐患报告奖金", [])
    assert other_names("南通配了多少巡查员", ["南通"]) == ()


def test_a_money_question_is_not_answered_by_a_count(assistant):
    a = assistant.ask("无锡专项巡察一共罚了几万块？")
    assert a.refused and "5 起" not in a.answer.split("简报提到")[0], a.answer
    a = assistant.ask("连云港电动车违法查处罚了多少？")
    assert a.refused, a.answer
    a = assistant.ask("扬州三位一体罚了多少？")  # the money is there: answered
    assert not a.refused and "282.87" in a.answer, a.answer


def test_an_absent_bare_name_is_refused_and_said_absent(assistant):
    a = assistant.ask("盛虹一共发放隐患报告奖金多少万元？")
    assert a.refused and "盛虹" in a.answer, a.answer


def test_a_look_alike_is_not_counted_for_the_asked_thing_in_any_word_order(assistant):
    a = assistant.ask("南通电动汽车充电示范点一共有多少个？")
    assert a.refused, a.answer
    a = assistant.ask("南通电动车充电示范点打造了几处？")
    assert not a.refused and "22" in a.answer, a.answer


def test_one_of_a_classifier_before_a_giving_verb_asks_a_per_unit_amount(extra_assistant):
    from rag_assistant.answer.lexicon import asked_qualifiers
    assert "平均" in asked_qualifiers("以旧换新一辆补贴多少")
    assert "平均" not in asked_qualifiers("一家企业发了多少") and "平均" not in asked_qualifiers("第一家补了多少")
    a = extra_assistant.ask("宿迁电动自行车以旧换新，一辆补贴多少钱？")
    assert a.refused, a.answer  # only the totals (2.15万辆, 983万元) are given


def test_a_day_of_the_month_is_not_answered_by_a_weekday_of_a_schedule(assistant):
    from rag_assistant.answer.times import answer_times
    schedule = "建立“周二现场督导、周三视频调度”的“2+3 工作制”"
    assert answer_times(schedule, "警示教育会是几月几号开的") == []
    assert "周三" in [f.surface for f in answer_times(schedule, "视频调度是周几")]  # a weekday still answers 周几
    a = assistant.ask("南通打非治违那个警示教育会几月几号召开的？")
    assert a.refused and "周三" not in a.answer, a.answer
