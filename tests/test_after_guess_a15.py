"""A guess added after the ask (宿迁消除了多少条隐患，我印象中有一千多条): said with a hedge (记得, 印象中, 好像,
应该) or a closing 吧, it restates the asker's memory, so the ask before it is the question and the guess is not
searched for (印象, 一千多). A number after the ask without a hedge (…多少处？1600处吗) is a check and stays. Pure
function directly; the answers on the real index."""

from __future__ import annotations

import pytest

from rag_assistant.numbers import contains_figure
from rag_assistant.wording import drop_guess


@pytest.mark.parametrize("question, plain", [
    ("宿迁消除了多少条隐患，我印象中有一千多条", "宿迁消除了多少条隐患"),
    ("南通巡查员有多少名？应该是7000多名吧", "南通巡查员有多少名？"),
    ("南通小场所摸排了多少万家？大概10万家左右吧", "南通小场所摸排了多少万家？"),
])
def test_a_guess_after_the_ask_is_dropped(question, plain):
    assert drop_guess(question) == plain


@pytest.mark.parametrize("question", ["无锡巡察走访了多少处？1600处吗", "南通巡查员有7500多名，对吧？",
                                      "苏州的基层安全学校是不是超过100家？"])
def test_a_number_without_a_hedge_stays(question):
    assert drop_guess(question) == question


_AFTER = {"宿迁消除了多少条隐患，我印象中有一千多条": "1620条", "宿迁拟发放奖励多少万元，我印象中一百多万": "175.1万元",
          "无锡立行立改事项交办了多少个，我记得两千多个": "2178个", "南通小场所整改了多少条隐患，印象中有四万多条吧": "41024条"}


def test_a_question_with_a_guess_after_it_is_answered(assistant):
    for question, figure in _AFTER.items():
        answer = assistant.ask(question)
        assert not answer.refused and contains_figure(answer.answer, figure), (question, answer.answer)
