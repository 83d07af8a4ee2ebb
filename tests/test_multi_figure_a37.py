"""Multi-figure questions of the extra issues whose later part leaves its thing unsaid or shortens it (round 37, a37).

2025年第9期 徐州: 现有非煤矿山58座，其中露天矿山49座、地下矿山9座，另有尾矿库12座, and a table of 类别 / 数量 / 已建成系统
with the rows 露天矿山 49座 边坡在线监测45座 and 尾矿库 12座 在线监测系统12座. 2025年第4期 江阴: 现有危险货物港口作业
码头26个、储罐412座. 2026年第10期 金坛: 其中规模以上企业64家."""

from __future__ import annotations

import pytest

from rag_assistant.answer.domain import spelled_pair
from rag_assistant.answer.elided import headless_relative

_CORPUS = "江阴市沿江现有危险货物港口作业码头26个。危险货物吞吐量。其中规模以上企业64家。危化企业"


def test_a_clause_ending_in_de_before_the_classifier_is_a_headless_relative():
    assert headless_relative("装在线监测的几座")
    assert headless_relative("其中建了在线监测系统的几座")
    assert headless_relative("换了安全冷媒的有几家")
    assert not headless_relative("几座水库")  # twin: the classifier's own noun follows
    assert not headless_relative("大型的几座")  # twin: a kind, no verb
    assert not headless_relative("整改了多少处")  # twin: a step, no 的-clause


def test_a_two_character_short_form_is_written_out_as_the_corpus_word():
    assert spelled_pair("江阴危货码头和储罐各有多少？", _CORPUS) == "江阴危险货物码头和储罐各有多少？"
    assert spelled_pair("泰州危企多少家", _CORPUS) == "泰州危化企业多少家"
    assert spelled_pair("江阴码头有几个", _CORPUS) == "江阴码头有几个"  # twin: a word the corpus says
    assert spelled_pair("南通咋搞的", _CORPUS) == "南通咋搞的"  # twin: no noun to spell out


@pytest.mark.parametrize("question, figures, absent", [
    ("徐州尾矿库有几座，装在线监测的几座？", ["尾矿库12座", "在线监测系统12座"], "45座"),
    ("徐州尾矿库多少座，其中建了在线监测系统的几座？", ["尾矿库12座", "在线监测系统12座"], "45座"),
    ("徐州露天矿山几座，装了边坡监测的几座？", ["49座", "边坡在线监测45座"], "在线监测系统12座"),  # twin: its own row
    ("江阴危货码头和储罐各有多少？", ["26个", "412座"], "简报未给出"),
])
def test_a_later_part_takes_its_thing_from_the_part_before(extra_assistant, question, figures, absent):
    answer = extra_assistant.ask(question)
    assert not answer.refused, answer.answer
    text = answer.answer.replace(" ", "")
    for figure in figures:
        assert figure in text, answer.answer
    assert absent not in text, answer.answer


def test_a_word_the_dictionary_knows_is_no_short_form():
    corpus = "从业人员约21万人，工作人员。一是共性问题。计划到了"
    assert spelled_pair("常熟纺织企业多少家，工人多少？", corpus) == "常熟纺织企业多少家，工人多少？"
    assert spelled_pair("新沂零售网点一共多少个", corpus) == "新沂零售网点一共多少个"
    assert spelled_pair("张家港储罐区划了多少处重大风险区域", corpus) == "张家港储罐区划了多少处重大风险区域"
