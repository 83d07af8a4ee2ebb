"""Years and periods across turns and issues. 去年同期呢 after a question about 26年1至2月 asks 2025年1至2月 (not
"2025年2026年呢"); a turn naming only a year or an issue (2025年是多少, 第16期有多少) is that scope's 那Y呢; 1至2月 is one
period, not its last month; and a year's figure is not taken from a later issue whose paragraph dates it by that
issue's own time (截至3月15日 in 2026年第10期). Real sentences: 2026年第10期 (1至2月 96起, 句容 19家), 2025年第4期
(春节假期 37起), 2026年第3期 (2025年 1036起), 2025年第14期 南通."""

from __future__ import annotations

import pytest

from rag_assistant.answer.scope import asked_periods, period_said

ACCIDENTS_2026 = "26年1至2月全省发生多少起生产安全事故？"


@pytest.mark.parametrize("turn", ["去年同期呢？", "那去年同期呢", "上年同期呢？", "上一年同期是多少？", "去年是多少？"])
def test_the_same_period_of_the_year_before_keeps_the_period(extra_assistant, turn):
    a = extra_assistant.ask(turn, history=[ACCIDENTS_2026])
    assert "2025年" in a.standalone_question and "1至2月" in a.standalone_question, a.standalone_question
    assert "2026年" not in a.standalone_question, a.standalone_question
    # 2025年第4期's 37起 is of 春节假期, 2026年第10期's 96起 of 2026: neither answers 2025年1至2月; the partial answer
    # may quote the 2026 sentence (with its 同比) after saying what the briefings do not give
    assert "简报未给出2025年1至2月" in a.answer, a.answer
    assert "37起" not in a.answer.split("关于")[0] and "96起" not in a.answer.split("关于")[0], a.answer


def test_a_turn_naming_only_a_scope_carries_the_question(assistant):
    a = assistant.ask("第16期有多少？", history=["第14期南通排查了多少家企业？"])
    assert "第16期" in a.standalone_question and "南通" in a.standalone_question, a.standalone_question
    # the same words without a history stay a question of their own
    b = assistant.ask("2025年是多少？")
    assert b.standalone_question in ("2025年是多少？", "2025年是多少")


def test_a_month_range_is_one_period():
    assert asked_periods("2025年1至2月全省发生多少起生产安全事故？") == ("1至2月",)
    assert asked_periods("今年1—2月全省死了多少人？") == ("1至2月",)
    assert asked_periods("一至三月份呢") == ("1至3月",)
    assert asked_periods("3月份查了多少家") == ("3月",)
    said = "会议通报，春节假期（1月28日至2月4日），全省共发生生产安全事故37起"
    assert not period_said("1至2月", 2025, said)
    assert period_said("1至2月", 2026, "1至2月，全省共发生生产安全事故96起")
    # 2月份 alone is not answered by a figure of January and February together
    assert not period_said("2月", 2026, "1至2月，全省共发生生产安全事故96起")


def test_the_right_period_and_year_is_still_answered(extra_assistant):
    a = extra_assistant.ask(ACCIDENTS_2026)
    assert "96起" in a.answer and "2026年第10期" in a.answer, a.answer
    b = extra_assistant.ask("2025年全省发生多少起生产安全事故？")
    assert "1036起" in b.answer, b.answer  # a January issue's figure that names 2025年


def test_a_later_issue_figure_dated_by_its_own_time_does_not_answer_an_earlier_year(extra_assistant):
    a = extra_assistant.ask("2025年句容市完成了多少家A级景区安全复查？")
    assert "19家" not in a.answer.split("关于")[0] and a.answer.startswith("（检索范围：2025年）简报未给出"), a.answer
    b = extra_assistant.ask("26年句容市完成了多少家A级景区安全复查？")
    assert "19家" in b.answer, b.answer
