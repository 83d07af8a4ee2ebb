"""A guessed figure asked back (苏州生产企业有近10万家吧？具体多少家？): the guess and its hedge are the asker's words, so
the question is read as the plain figure question (苏州生产企业有多少家？) instead of searching for 有近 or 六千多; a stated
threshold alone (是不是超过100家) is still a yes/no question. Pure function directly; the answers on the real index."""

from __future__ import annotations

import pytest

from rag_assistant.numbers import contains_figure
from rag_assistant.wording import drop_guess


@pytest.mark.parametrize("question, plain", [
    ("苏州有近10万家生产企业吗，具体多少？", "苏州有多少家生产企业？"),
    ("南通网格员是不是有一万多名？具体多少？", "南通网格员有多少名？"),
    ("2021年第10期扬州查了900多家吧，具体多少？", "2021年第10期扬州查了多少家？"),  # 2021年 is no guess
    ("扬州三位一体罚了差不多300万吧，具体多少？", "扬州三位一体罚了多少？"),
])
def test_a_guess_gives_way_to_the_exact_ask(question, plain):
    assert drop_guess(question) == plain


@pytest.mark.parametrize("question", [
    "苏州的基层安全学校是不是超过100家？",  # a threshold to confirm, no exact ask
    "南通巡查员有7500多名，对吧？",
    "南通2026年配了多少巡查员？",
])
def test_without_an_exact_ask_nothing_is_a_guess(question):
    assert drop_guess(question) == question


# Guesses right or wrong: 超过8万 and 六千多 hold (80902, 6758), 近10万 does not; the text's figure answers either way.
_ASKED_BACK = {"苏州生产企业超过8万家了吧，到底多少家？": "80902家", "南通26年的巡查员大概六千多人吧？到底多少人？": "6758人",
               "苏州有近10万家生产企业吗，具体多少？": "80902家"}


def test_a_guessed_figure_question_is_answered(assistant):
    for question, figure in _ASKED_BACK.items():
        answer = assistant.ask(question)
        assert not answer.refused and contains_figure(answer.answer, figure), (question, answer.answer)
