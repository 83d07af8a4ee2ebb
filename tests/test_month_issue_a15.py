"""An issue named by the month it came out (5月底那期, 6月底那期, 8月那期): the scope is the briefings dated in that
month, so the question is answered from them, and a month with no issue is refused instead of answered from
another issue. The month is a scope word, never a term (底) nor a period the figure must be dated by."""

from __future__ import annotations

import pytest

from rag_assistant.answer import lexicon as lx
from rag_assistant.numbers import contains_figure


@pytest.mark.parametrize("text, month", [("5月底那期南通", "5"), ("6月份出的那期", "6"), ("2025年6月那期", "6"),
                                         ("十二月初那一期", "十二")])
def test_a_month_issue_is_a_scope_not_a_period(text, month):
    assert lx.MONTH_ISSUE_RE.search(text).group(1) == month
    assert not lx.PERIOD_ASKED_RE.search(text)


def test_a_month_of_data_is_still_a_period():
    assert not lx.MONTH_ISSUE_RE.search("今年3月份全省死亡多少人")
    assert lx.PERIOD_ASKED_RE.search("今年3月份全省死亡多少人")


_ASKED = {"5月底那期南通打非治违，立案查处的违法违规是几家次？": "9家次",
          "6月底那期宿迁已发放奖励金额是多少？": "23.47万元",
          "5月底那期淮安的工作指引提了几条措施？": "10条"}


def test_a_month_issue_question_is_answered_from_that_issue(assistant):
    for question, figure in _ASKED.items():
        answer = assistant.ask(question)
        assert not answer.refused and contains_figure(answer.answer, figure), (question, answer.answer)


def test_a_month_without_an_issue_is_refused(assistant):
    answer = assistant.ask("8月那期南通打非治违立案查处了几家次？")
    assert answer.refused and not contains_figure(answer.answer, "9家次"), answer.answer
