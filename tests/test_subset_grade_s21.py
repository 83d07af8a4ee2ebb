"""A grade, severity or kind of a counted thing that the question names and the text does or does not give
separately (round 21). Asked and not given: the partial answer (简报未给出…；关于…，简报提到：…), never the whole or
another grade presented as the asked one. Given: the subset's figure over the whole; twins asking the whole keep it.

Causes covered, each with its twin:
- a classification by 等级 (划分为红、橙、黄、蓝四个等级): 橙色 is not the 1.86万幢 of all high-rises (classified.py);
- a severity asked (一般风险点, 一般隐患) that the text gives only for other severities (较大以上, 重大) (grades.py);
- a grade asked (一级重大危险源) of a thing the text counts with no grade at all (grades.py);
- a kind asked (民办养老机构) by a word the sentence never says, of a whole it breaks down by 其中, or by a word its
  article never says when the article breaks wholes down (whole_part.py).
Left: 红色等级高层建筑 (对286幢红色等级建筑) still gets the partial answer, quoting the 286 sentence.
"""

from __future__ import annotations

import re

import pytest


def _bare(text: str) -> str:
    return re.sub(r"^（检索范围：[^）]*）", "", text)


def _asked_part(text: str) -> str:
    return _bare(text).split("简报提到")[0]


@pytest.mark.parametrize("question, whole", [
    ("苏州橙色等级的高层建筑有几幢？", "1.86"),
    ("无锡工贸企业辨识出的一般风险点有多少个？", "1.42"),
    ("连云港石化基地一级重大危险源有几处？", "124"),
    ("大丰区民办养老机构有多少家？", "47"),
    ("镇江危化品企业一季度查出的一般隐患多少条？", "5821"),
])
def test_an_ungiven_grade_or_kind_gets_a_partial_answer(extra_assistant, question, whole):
    a = extra_assistant.ask(question)
    assert _bare(a.answer).startswith("简报未给出") and a.citations, a.answer
    assert whole not in _asked_part(a.answer)


@pytest.mark.parametrize("question, figure", [
    ("苏州高层建筑总共多少幢？", "1.86"),
    ("无锡工贸企业辨识出的重大风险点多少个？", "216"),
    ("无锡工贸企业辨识了多少个较大以上风险点？", "1.42"),
    ("连云港石化基地涉及多少处重大危险源？", "124"),
    ("大丰区农村敬老院有几家？", "19"),
    ("大丰区养老机构一共多少家？", "47"),
    ("镇江24年一季度危化品企业查出的重大事故隐患有几条？", "9 条"),
    ("镇江24年一季度危化品企业一共排查隐患多少条？", "5821"),
    ("徐州地下矿山几座？", "9"),
    ("如皋涉氨制冷企业换成安全冷媒的有几家？", "11"),  # a verb (换成 for 改用) unsaid is no kind of the thing
])
def test_a_given_grade_or_whole_keeps_its_figure(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert not _bare(a.answer).startswith("简报未给出") and figure in a.answer, a.answer
