"""A size asked after its noun (护林员队伍多大) next to another figure asked (旅游船一共几艘) is a part of its own:
it is answered from the sentence that gives it, or said to be missing, never dropped. Alone it is still
answered by the sentence that says it, and 规模多大 keeps its measure word. Real briefings, real index."""

from __future__ import annotations

import pytest

from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.segments import asking_segments
from rag_assistant.numbers import contains_figure


def test_a_size_clause_is_asked_when_another_figure_is():
    assert asking_segments("东台黄海森林公园护林员队伍多大？高邮湖旅游船一共几艘") == \
        ["东台黄海森林公园护林员队伍多大", "高邮湖旅游船一共几艘"]
    assert asking_segments("东台护林员年龄多大？巡护网格划了几个？") == ["东台护林员年龄多大", "巡护网格划了几个"]
    assert measure_of("东台黄海森林公园护林员队伍多大").endswith("队伍")
    assert measure_of("护林员队伍规模多大") == measure_of("护林员队伍规模")  # 规模 names the measure, as before


@pytest.mark.parametrize("question, figures", [
    ("东台黄海森林公园护林员队伍多大？高邮湖旅游船一共几艘", ["238人", "96艘"]),
    ("巡护网格划了几个？东台护林员队伍多大？", ["52个", "238人"]),
    ("黄海森林公园年接待游客量多大？林地面积多少亩？", ["180万人次", "6.8万亩"]),
])
def test_both_figures_are_answered(extra_assistant, question, figures):
    a = extra_assistant.ask(question)
    assert not a.refused and all(contains_figure(a.answer, f) for f in figures), a.answer


@pytest.mark.parametrize("question", [
    "东台护林员年龄多大？巡护网格划了几个？",
    "盐城海上风电场平均水深多大？现有海上风电场几个？",
])
def test_an_unsaid_size_is_said_to_be_missing(extra_assistant, question):
    a = extra_assistant.ask(question)
    assert "未给出" in a.answer, a.answer


def test_a_verb_with_its_directional_complement_ends_the_measure():
    from rag_assistant.nouns import noun_run
    # jieba tags 摸出来 an idiom (l); the complement 出来 says it is the verb after the counted noun
    assert "摸出来" not in measure_of("南通全市社会面小场所底数摸出来一共多少家")
    assert noun_run("昆山的承租企业摸出来", from_end=True) == ""
    assert noun_run("南通全市社会面小场所", from_end=True).endswith("场所")


@pytest.mark.parametrize("question, figure", [
    ("南通社会面小场所摸出来一共多少家？", "10.47万余家"),
    ("昆山出租厂房摸出来一共多少幢？", "3142幢"),
])
def test_a_colloquial_found_count_is_answered(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


@pytest.mark.parametrize("question", ["南通社会面小场所摸出来关停了多少家？", "昆山的承租企业摸出来取缔了多少家？"])
def test_a_later_step_after_the_found_things_is_still_declined(extra_assistant, question):
    a = extra_assistant.ask(question)
    assert a.refused or "未给出" in a.answer, a.answer
