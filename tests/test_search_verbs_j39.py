"""Find verbs said another way (round 39, helper j39): the search is one act whatever verb says it.

A question's 查出 is the text's 发现 (昆山 排查出租厂房3142幢，发现隐患2.47万处: 排查出租 holds 查出 by accident and
made the asked act look said elsewhere, steps.action_elsewhere), a question's 排查 the text's 检查 (南通 聘请省级专家
175 人次开展深度检查, the ``action`` check), and 查处 of violations reports what a search found (盐城 查处…违法行为
64 起 for 发现了多少起违法行为, steps.other_step). steps.search_form_said reads these; a fix or late step is still
another act (查处 of violations is no 整改, 发现 is no 立案)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.steps import action_elsewhere, other_step, search_form_said


def test_a_search_verb_is_said_by_another_search_verb():
    assert search_form_said("查出", "发现隐患2.47万处")
    assert search_form_said("排查", "聘请省级专家 175 人次开展深度检查")
    assert search_form_said("发现", "查处违规出海、超员载客等违法行为 64 起")


def test_other_acts_are_no_search():
    assert not search_form_said("整改", "发现隐患2.47万处")  # a fix verb is not a search verb
    assert not search_form_said("发现", "查处涉案人员12人")  # 查处 of persons reports no found violation
    assert not search_form_said("排查", "整改隐患186处")
    assert not search_form_said("检查", "发现隐患2415处")  # the search is no find: it counts its own figure


def test_steps_keep_their_order():
    sentence = "排查出租厂房3142幢，发现隐患2.47万处，已整改2.31万处"
    start = sentence.index("发现")
    assert not action_elsewhere("查出", sentence, start, sentence.index("，", start))
    assert not other_step("盐城双随机检查发现了多少起违法行为？", "查处违规出海、超员载客等违法行为 64 起")
    assert other_step("盐城双随机整改了多少起违法行为？", "查处违规出海、超员载客等违法行为 64 起")
    assert other_step("盐城双随机立案了多少起？", "发现并督促整改隐患 2734 条")


@pytest.mark.parametrize("question", [
    "南通化工医药打非治违那次，请省级专家排查了多少人次",
    "南通打非治违请省级专家摸排了多少人次？",
])
def test_a_search_verb_for_the_texts_check(assistant, question):
    answer = assistant.ask(question)
    assert not answer.refused
    assert "175" in answer.answer.split("[1]")[0]


@pytest.mark.parametrize("question, figure", [
    ("昆山出租厂房整治一共查出多少隐患？", "2.47万处"),
    ("昆山厂中厂整治排查出多少处隐患？", "2.47万处"),
    ("盐城双随机检查发现了多少起违法行为？", "64"),
    ("盐城渔船双随机检查查出多少起违法行为？", "64"),
])
def test_find_verbs_on_the_extra_issues(extra_assistant, question, figure):
    answer = extra_assistant.ask(question)
    assert not answer.refused
    assert figure in answer.answer.split("[1]")[0]
