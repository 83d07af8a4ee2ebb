"""A guess recalled before the exact ask (我记得南通好像有七千多个安全巡查员，25年16期里具体写的是多少来着？): 我记得 frames
the question, 好像 hedges the guess, and the ask may name where to look (16期里, 简报上) and what the text says (写的是):
the question is read as the plain figure question of that scope, not searched for 记得/好像/七千多个. Pure function
directly; the answers on the real index."""

from __future__ import annotations

import pytest

from rag_assistant.numbers import contains_figure
from rag_assistant.text import normalize_question
from rag_assistant.wording import drop_guess


@pytest.mark.parametrize("question, plain", [
    ("我记得南通好像有七千多个安全巡查员，25年16期里具体写的是多少来着？", "2025年第16期南通有多少个安全巡查员？"),
    ("我记得无锡巡察好像走访了1600多处，简报里到底是多少来着？", "简报无锡巡察走访了多少处？"),
    ("印象中宿迁好像有三百多家企业落实了奖励机制，具体是多少？", "宿迁有多少家企业落实了奖励机制？"),
])
def test_a_recalled_guess_gives_way_to_the_exact_ask(question, plain):
    assert normalize_question(question) == plain


def test_a_hedge_without_an_exact_ask_is_no_guess():
    assert drop_guess("南通巡查员好像有7500多名，对吧？") == "南通巡查员好像有7500多名，对吧？"


_RECALLED = {"我记得南通好像有七千多个安全巡查员，25年16期里具体写的是多少来着？": "7500余名",
             "我印象中无锡巡察好像抽了三十来个业务骨干，简报上具体写的是多少？": "30名",
             "记得南通小场所好像整改了四万多条隐患，那期里到底写的是多少来着？": "41024条",
             "我记得淮安那个指引好像提了十来条措施，14期里具体写的是几条？": "10条"}


def test_a_recalled_guess_question_is_answered(assistant):
    for question, figure in _RECALLED.items():
        answer = assistant.ask(question)
        assert not answer.refused and contains_figure(answer.answer, figure), (question, answer.answer)
