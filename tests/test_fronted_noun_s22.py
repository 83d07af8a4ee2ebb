"""The thing a count question asks about when the question fronts it before its verb (小散矿山全年计划关几座): the
adverbials between noun and verb (计划, 全年, 已经) are no thing; an activity said as one noun before the verb
(执法检查处罚了几起) is when the act happened, no thing acted on; a bare 多少 after a stated whole (124处重大危险源
整改了多少) asks about the whole's thing. The figure's own noun runs over an attribute inside it (124处重大危险源,
286幢红色等级建筑). Real sentences: 2025年第9期 (徐州 非煤矿山), 2024年第8期 (镇江 化工园区), 2024年第21期 (连云港)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.given import with_stated_measure
from rag_assistant.answer.support import patient_noun
from rag_assistant.nouns import counted_noun
from rag_assistant.types import Part


@pytest.mark.parametrize("question, noun", [
    ("小散矿山全年计划关几座", "矿山"),
    ("小散矿山已经关了几座", "矿山"),
    ("重大隐患今年计划整改多少项", "重大隐患"),
    ("问题隐患目前已整改多少条", "问题隐患"),
    ("危化品领域执法检查处罚了几起", ""),
    ("镇江危化品执法检查立案处罚多少起", ""),
])
def test_the_fronted_noun_skips_adverbials_and_activities(question, noun):
    assert patient_noun(question) == noun


@pytest.mark.parametrize("sentence, figure, noun", [
    ("连云港124处重大危险源整改了多少", "124处", "重大危险源"),
    ("对286幢红色等级建筑实行挂图作战", "286幢", "红色等级建筑"),
    ("排查出3起较大事故", "3起", "较大事故"),
    ("10.47万家小场所", "10.47万家", "小场所"),
])
def test_a_figures_noun_runs_over_its_attributes(sentence, figure, noun):
    at = sentence.index(figure)
    assert counted_noun(sentence, at, at + len(figure)) == noun


def test_a_bare_ask_after_a_stated_whole_asks_about_the_wholes_thing():
    part = Part(text="连云港124处重大危险源整改了多少", terms=())
    assert with_stated_measure(part).measure == "重大危险源"
    assert with_stated_measure(Part(text="连云港有多少", terms=())).measure == ""


def test_plan_and_done_figures_of_a_fronted_noun(extra_assistant):
    plan = extra_assistant.ask("小散矿山全年计划关几座")
    assert "6座" in plan.answer and "[1]" in plan.answer and not plan.answer.startswith("简报未给出"), plan.answer
    done = extra_assistant.ask("小散矿山已经关了几座")
    assert "4座" in done.answer and "6座" not in done.answer.split("[1]")[0], done.answer


def test_a_count_of_cases_in_an_activity(extra_assistant):
    a = extra_assistant.ask("危化品领域执法检查处罚了几起")
    assert "52" in a.answer and not a.answer.startswith("简报未给出"), a.answer


def test_a_stated_whole_is_not_answered_by_another_thing(extra_assistant):
    a = extra_assistant.ask("连云港124处重大危险源整改了多少")
    assert a.answer.startswith("简报未给出"), a.answer
    twin = extra_assistant.ask("连云港石化基地有多少处重大危险源")
    assert "124处" in twin.answer and not twin.answer.startswith("简报未给出"), twin.answer
