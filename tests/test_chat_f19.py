"""Figure questions typed in a chat: the word a classifier counts read whatever its tag (多少条异常: jieba tags 异常 d),
and a new year pointed at with 那期 in a follow-up (26年那期呢 after …16期…: that year's issue, not the last turn's
第16期). Pure functions directly; the answers on the real index (probes written from the texts, none of them an eval item)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.measure import measure_of
from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure


def test_the_word_a_classifier_counts_is_its_thing_whatever_its_tag():
    assert measure_of("打非治违那个大数据模型报出来多少条异常") == "异常"
    assert measure_of("南通查出几处隐蔽的") == "隐蔽"
    assert measure_of("南通16期查改的隐患里有多少条重大") == "重大"
    # nothing counted after the classifier, or a particle / pronoun / time: no thing
    assert measure_of("一共多少个") == ""
    assert measure_of("有几个呢") == ""
    assert measure_of("多少条是") == ""
    assert measure_of("培训了多少人次呢") == ""  # not a thing classifier


@pytest.mark.parametrize("question, figure", [
    ("南通16期危化查改的隐患里有多少条重大？", "115条"),  # 其中重大事故隐患 115 条, not 36975 条
])
def test_chat_figures(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


@pytest.mark.parametrize("question", [
    "南通打非治违排查的企业里有多少家非法的？",  # not 排查企业 31933 家: the text counts no 非法 subset
    "南通16期摸排的小场所里有多少家高危的？",  # not 10.47 万余家
])
def test_an_uncounted_subset_named_by_an_adjective_is_not_the_whole(assistant, question):
    a = assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer


@pytest.mark.parametrize("history, question, figure", [
    (["25年16期南通巡查员多少名？"], "26年那期呢？", "6758人"),  # not 7500余名 of 第16期
    (["26年13期南通镇街有几个？"], "2022年那期的呢？", "121个"),  # the 2022 special feature
    (["宿迁有多少家化工企业建了隐患报告制度？", "那南通16期呢，多少家单位建了奖励机制？"], "26年那期呢？", "3.42万家"),
])
def test_a_new_year_pointed_at_with_na_qi(assistant, history, question, figure):
    a = assistant.ask(question, history=history)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


def test_a_year_with_de_still_reads_as_before(assistant):
    a = assistant.ask("2026年的呢？", history=["南通16期有多少家单位建了隐患报告奖励机制？"])
    assert contains_figure(a.answer, "3.42万家"), a.answer
