"""Follow-ups said another way (round 39, helper d39: mechanical variants of the dev follow-up items).

Two wordings broke several different items. (1) 那X有多少 / X的情况呢 (instead of 那X呢) after a figure question was
read as a count of X, so 那夜查有多少 after 南通…开展了多少次跨部门联合检查 refused beside 组织夜查、“四不两直”检查 28 次
(2025年第14期), and 那镇江危化领域有多少 after 常州工贸执法罚了多少钱 refused beside 镇江 罚款 213.8 万元 (2024年第8期).
(2) A turn asking only about the last figure's date (这是截至什么时候的数) between a figure question and 那靖江呢 /
那常州呢 / 去年呢 replaced the conversation's subject, so the follow-up asked 靖江是截至什么时候的数."""

from __future__ import annotations

import pytest

from rag_assistant.answer.condense import condense


@pytest.mark.parametrize("turn, history, expected", [
    ("那夜查有多少？", ["南通打非治违开展了多少次跨部门联合检查？"], "夜查"),
    ("靖江的工业单元的情况呢？", ["26年南通划了多少个巡查单元？", "配了多少巡查员？"], "工业单元"),
])
def test_a_bare_thing_asked_how_many_reads_as_that_things_figure(assistant, turn, history, expected):
    library = assistant._state.library
    text = condense(turn, history, library).text
    assert expected in text and "情况" not in text, text


def test_a_count_with_its_own_unit_or_verb_is_kept(assistant):
    library = assistant._state.library
    text = condense("那一共有多少？", ["靖江划分了多少个工业巡查单元？"], library).text
    assert "一共" in text, text  # twin: 一共 is no thing
    text = condense("那他们摸排了多少家？", ["南通小场所安全是怎么抓的？"], library).text
    assert "摸排" in text, text  # twin: a verb of its own


def test_nightly_checks_asked_how_many_take_their_figure(assistant):
    answer = assistant.ask("那夜查有多少？", history=["南通打非治违开展了多少次跨部门联合检查？"])
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    assert "28" in answer.answer.split("[1]")[0] and "37" not in answer.answer.split("[1]")[0], answer.answer


def test_another_place_asked_how_many_takes_the_last_measure(extra_assistant):
    answer = extra_assistant.ask("那镇江危化领域有多少？", history=["常州工贸执法一共罚了多少钱？"])
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    assert "213.8" in answer.answer, answer.answer


@pytest.mark.parametrize("question, history, figure", [
    ("那靖江呢？", ["南通26年划分了多少个巡查单元？", "这是截至什么时候的数？"], "268"),
    ("那常州呢？", ["南通26年那期全市一共多少个镇街？", "这是截至什么时候的数？"], "66"),
    ("去年呢？", ["26年南通一共配了多少名巡查员？", "这是截至什么时候的数？"], "7500"),
])
def test_a_date_turn_between_keeps_the_figure_question(assistant, question, history, figure):
    answer = assistant.ask(question, history=history)
    assert not answer.refused and "截至的时间" not in answer.answer, answer.answer
    assert figure in answer.answer, answer.answer


def test_the_date_turn_itself_is_still_answered_as_asked(assistant):
    library = assistant._state.library
    standalone = condense("这是截至什么时候的数？", ["南通26年划分了多少个巡查单元？"], library)
    assert "什么时候" in standalone.text, standalone.text  # twin: only a turn asked between is passed over
