"""A figure asked with a hedge (网格员大概有多少万) or with a directional complement on its verb (发下去的奖金): the
hedge is the asker's uncertainty and the complement spoken colour, neither a word of the measure, so the question is
read without them and answered instead of refused for a measure (大概, 发下去) no briefing has. Pure function
directly; the answers on the real index, and unreported twins of the same shape stay refused."""

from __future__ import annotations

import pytest

from rag_assistant.numbers import contains_figure
from rag_assistant.text import normalize_question
from rag_assistant.wording import plain_ask


@pytest.mark.parametrize("question, plain", [
    ("南通网格员大概有多少万？", "南通网格员有多少万？"),
    ("南通大约排查了几家企业？", "南通排查了几家企业？"),
    ("宿迁已经发下去的奖金有多少万？", "宿迁已经发的奖金有多少万？"),
    ("扬州查出来多少条隐患？", "扬州查多少条隐患？"),
    ("徐州报上来了几条风险？", "徐州报了几条风险？"),
])
def test_hedge_and_verb_tail_are_not_the_question(question, plain):
    assert plain_ask(question) == plain


@pytest.mark.parametrize("question", [
    "南通大概10万家吧，具体多少？",      # a guess: drop_guess reads it
    "接下来的重点工作有哪些？",          # 接下来 is not a complement
    "加起来一共多少家？",                # 起来 sums, it is kept
    "南通网格员有多少万？",
])
def test_other_wording_stays(question):
    assert plain_ask(question) == question


def test_guess_still_read_as_guess():
    assert normalize_question("南通大概10万家吧，具体多少？") == "南通多少家？"


_ANSWERED = {"南通网格员大概有多少万？": "1.2 万名",
             "宿迁已经发下去的奖金有多少万？": "23.47 万元"}


def test_hedged_and_tailed_asks_are_answered(assistant):
    for question, figure in _ANSWERED.items():
        answer = assistant.ask(question)
        assert not answer.refused and contains_figure(answer.answer, figure), (question, answer.answer)


@pytest.mark.parametrize("question", ["南通大概有多少万名志愿者？", "宿迁发下去多少慰问金？"])
def test_unreported_twins_stay_refused(assistant, question):
    assert assistant.ask(question).refused


@pytest.mark.parametrize("question, plain", [
    ("江阴那个整改率是多少", "江阴整改率是多少"),
    ("常熟这个罚款多少", "常熟罚款多少"),
    ("无锡那个专项巡察走访了多少处", "无锡专项巡察走访了多少处"),
    # a pronoun of a place, a period, the last figure or the ask itself is kept (round 16, h-b16)
    ("那这个市有多少", "那这个市有多少"),
    ("这个月死了多少人", "这个月死了多少人"),
    ("南通这个数是哪一期的", "南通这个数是哪一期的"),
    ("江阴那个是多少", "江阴那个是多少"),
])
def test_a_spoken_demonstrative_before_the_noun_is_not_the_question(question, plain):
    assert plain_ask(question) == plain


@pytest.mark.parametrize("question, figure", [
    ("我想问一下江阴那个整改率是多少啊", "96.5%"),  # 2025年第4期: …已整改1239处，整改率96.5%
    ("我想问一下常熟那个整改率是多少啊", "97.4%"),  # 2025年第12期: …已整改8712处，整改率97.4%
])
def test_a_rate_asked_with_a_demonstrative_is_answered(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert figure in a.answer and not a.refused and "未给出" not in a.answer, a.answer
