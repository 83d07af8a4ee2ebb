"""A count asked by 数量 / 个数 before the question word (round 39, helper k39).

查出的问题数量是多少 asks the count of 问题, as 查出的问题有多少 does: 数量 names the count class and the counted thing is
the noun before it. measure_of read the noun run 问题数量 whose head is the class word, found no measure, and the
figure picking fell to the sentence's first figure (组织 46 名省市专家 for 查找问题 312 项, extra_2024_08.txt)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.measure import measure_of


@pytest.mark.parametrize("question, measure", [
    ("镇江化工园区体检式评估查出的问题数量是多少", "问题"),
    ("镇江化工园区体检式评估查出的问题数量多少", "问题"),
    ("常州目前建成基层综合应急救援队伍的数量是多少", "基层综合应急救援队伍"),
    ("南通检查企业的数量为多少", "检查企业"),
    ("南通检查企业数量有多少", "检查企业"),
])
def test_the_noun_before_a_count_word_is_the_measure(question, measure):
    assert measure_of(question) == measure


def test_a_question_word_measure_is_unchanged():  # twin: no 数量 before the question word
    assert measure_of("镇江化工园区体检式评估查出的问题有多少") == "问题"
    assert measure_of("南通检查企业总数是多少") == "检查企业"


@pytest.mark.parametrize("question", [
    "镇江化工园区体检式评估查出的问题数量是多少？",
    "镇江化工园区体检式评估发现的问题的数量为多少？",
])
def test_a_count_word_question_gets_the_counted_figure(extra_assistant, question):
    body = extra_assistant.ask(question).answer.split("[1]")[0].replace(" ", "")
    assert "312项" in body
    assert "46名" not in body
