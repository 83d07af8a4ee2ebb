"""A follow-up's issue: 同一期 names the issue the last turn named (同一期南通… after 无锡25年16期…), and a 那期
that a new year points at is that year's issue, not the last turn's (26年那期… after 南通25年16期…). Real
briefings, real index; probes written from the texts, none of them an eval item."""

from __future__ import annotations

from rag_assistant.numbers import contains_figure


def test_tong_yi_qi_carries_the_last_turns_issue(assistant):
    a = assistant.ask("同一期南通配了多少名安全巡查员？", history=["无锡25年16期巡察抽调了多少人？"])
    assert "2025年第16期" in a.answer and contains_figure(a.answer, "7500余名"), a.answer  # not 6758人 of 2026
    assert not contains_figure(a.answer, "6758人"), a.answer


def test_a_new_year_pointing_at_na_qi_in_a_full_question_is_that_years_issue(assistant):
    a = assistant.ask("26年那期安全员配了多少？", history=["南通25年16期危化企业查改了多少条隐患？"])
    assert contains_figure(a.answer, "9.2万名"), a.answer  # 2026年第13期, not 7500余名 of 第16期
    assert "2026年2025年" not in a.standalone_question, a.standalone_question
