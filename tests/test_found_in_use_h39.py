"""Wordings found in use (round 39, helper h39) whose reading broke several different items.

A filler 有 between a finished verb and the ask (常熟…一共检测了有多少家纺织企业, 常州…同比降了有多少): 2025年第12期
常熟市 共检测企业3215家 beside 全市现有纺织、服装加工企业4860余家; 2025年第26期 常州市 前三季度全市工贸行业事故起数同比
下降21.4%. The spoken 一把手 for the briefings' 第一责任人 (苏州 专刊: 企业第一责任人也要开展“一季一课”)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.understand import content_terms
from rag_assistant.wording import plain_ask


@pytest.mark.parametrize("text, plain", [
    ("常熟电气体检一共检测了有多少家纺织企业？", "常熟电气体检一共检测了多少家纺织企业？"),
    ("常州前三季度工贸事故起数同比降了有多少？", "常州前三季度工贸事故起数同比降了多少？"),
    ("大丰整改了有几处火灾隐患", "大丰整改了几处火灾隐患"),
])
def test_a_filler_have_after_a_finished_verb_is_dropped(text, plain):
    assert plain_ask(text) == plain


@pytest.mark.parametrize("text", ["南通还有多少处没整改", "邳州现有多少家板材企业", "全省共有多少家", "除了有多少"])
def test_have_of_a_stock_or_remainder_is_kept(text):
    assert plain_ask(text) == text  # twin: 有 after a word that is no finished verb


@pytest.mark.parametrize("question, figure, wrong", [
    ("常熟电气体检一共检测了有多少家纺织企业？", "3215家", "4860"),
    ("25年10月那期简报说常州前三季度工贸事故起数同比降了有多少？", "21.4%", None),
])
def test_the_verbs_figure_answers_with_a_filler_have(extra_assistant, question, figure, wrong):
    answer = extra_assistant.ask(question)
    body = answer.answer.split("[1]")[0]
    assert not answer.refused and "简报未给出" not in body and figure in body, answer.answer
    assert wrong is None or wrong not in body, answer.answer


def test_the_fragments_of_a_spoken_word_with_a_synonym_are_no_terms():
    terms = content_terms("苏州企业一把手多长时间给员工上一次安全课", ("苏州",))
    assert "一把手" in terms and "把手" not in terms and "一把" not in terms


def test_yibashou_is_read_as_the_first_responsible_person(assistant):
    answer = assistant.ask("苏州企业一把手多长时间给员工上一次安全课？")
    assert "一季一课" in answer.answer and "简报未给出" not in answer.answer, answer.answer
    assert "手把手" not in answer.answer, answer.answer
