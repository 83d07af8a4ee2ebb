"""A step asked in the colloquial perfective (改完了多少, 改了多少处, 关了几座) asks what is done, which the
briefings write with 已 (已整改186处, 目前已关闭4座) after the figure of the whole found (排查整治管道隐患193处) or
of the plan (全年计划关闭小散矿山6座); the twin asking the other step of the same sentence keeps its own figure.
A noun a later figure shares with its sibling (排查问题隐患1284处，已整改1239处) carries the sibling's step verb,
which names no other kind of the thing. Real sentences: extra 2025年第9期 (徐州, 燃气), 第24期 (六合管道),
第4期 (江阴码头), 2026年第3期 (泰州建筑施工), bundled 2025年第16期 (无锡巡察)."""

from __future__ import annotations

import pytest

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.steps import asked_steps_of


@pytest.mark.parametrize("question, figure, other", [
    ("管道隐患改完了多少处？", "186", "193"),
    ("码头储罐的问题隐患改了多少处？", "1239", "1284"),
    ("小散矿山今年关了几座？", "4座", "6座"),
    ("地下矿山查出的隐患改完了多少项？", "251", "274"),
    ("建筑施工安全专项检查的隐患改好了多少条？", "9482", "9650"),
])
def test_the_done_step_answers_with_its_own_figure(extra_assistant, question, figure, other):
    a = extra_assistant.ask(question)
    assert figure in a.answer and other not in a.answer.split("[1]")[0], a.answer
    assert not a.answer.startswith("简报未给出"), a.answer


@pytest.mark.parametrize("question, figure", [
    ("管道隐患排查整治了多少处？", "193"),
    ("码头储罐排查了多少处问题隐患？", "1284"),
    ("9座地下矿山查出多少项问题隐患？", "274"),
    ("建筑施工安全专项检查发现了多少条隐患？", "9650"),
    ("燃气双随机执法检查罚了多少钱？", "152.6万"),
    ("燃气双随机执法检查立案查处了多少起？", "86"),
])
def test_the_twin_keeps_its_step(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert figure in a.answer.split("[1]")[0], a.answer


def test_a_change_the_text_does_not_give_is_said_missing(extra_assistant):
    a = extra_assistant.ask("码头储罐隐患整改率比去年提高了多少？")
    assert a.answer.startswith("简报未给出"), a.answer


def test_the_colloquial_perfective_asks_what_is_done():
    for q in ("管道隐患改完了多少处？", "小散矿山今年关了几座？", "隐患改了多少处？", "罚了多少钱？"):
        assert "已" in lx.asked_qualifiers(q), q
    for q in ("小散矿山全年计划关几座？", "花了多少钱？", "改造了多少公里？"):
        assert "已" not in lx.asked_qualifiers(q), q


def test_a_step_verb_the_question_does_not_say_is_not_nearest():
    assert asked_steps_of("罚了多少钱") == frozenset({"punish"})
    assert asked_steps_of("关了几家") == frozenset({"shut"})
    assert "fix" in asked_steps_of("隐患改了多少处？")
