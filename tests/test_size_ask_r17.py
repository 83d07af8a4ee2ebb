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
