"""A question that narrows its counted thing to a part the briefing does not break down gets the partial answer
(简报未给出…；关于…，简报提到：…) or a refusal, never the neighbouring figure: one class of a classification the
article gives (分为A、B、C三类, 红、橙、黄、蓝四色, …等4个主题), a kind the article never names (剧毒品运输车辆 beside
危险货物运输车辆), a town the briefings never name (周市镇), an average no sentence states per unit (平均每座罐容). The twin whose class, kind or whole IS given keeps its figure.
Real articles: 2025年第16期 南通, 2025年第26期 常州, 2026年第7期 海门区, 2024年第27期 启东, 2026年第3期 南京,
2025年第33期 昆山, 2025年第4期 江阴, 2025年第14期 南通."""

from __future__ import annotations

import pytest

from rag_assistant.answer.classified import asked_class, classifications
from rag_assistant.answer.localities import towns
from rag_assistant.answer.unnamed_kind import asked_modifier

_NOT_GIVEN = ("简报未给出", "简报中未找到")


def _declines(text: str, figure: str) -> None:
    assert text.startswith(_NOT_GIVEN) and figure not in text.split("简报提到")[0], text


def test_a_classification_is_a_list_closed_by_its_own_count():
    text = "聚焦环保设施、火灾防范、违章作业、打非治违等 4 个主题深入开展排查治理。按风险分为A、B、C三类。市、县两级联动。"
    assert classifications(text) == (("环保设施", "火灾防范", "违章作业", "打非治违"), ("A", "B", "C"))
    assert classifications("联合海事、海警等部门开展检查") == ()  # no count of its own: no classification
    assert asked_class("C类企业有多少家", "分为A、B、C三类") == ("C", ("A", "B"))
    assert asked_class("企业有多少家", "分为A、B、C三类") == ("", ())


def test_the_asked_modifier_is_the_noun_phrase_before_the_counted_noun():
    assert asked_modifier("南京87家危化品道路运输企业里，剧毒品运输车辆有多少辆？", "运输车辆") == "剧毒品"
    assert asked_modifier("南京危险货物运输车辆有多少辆", "运输车辆") == "危险货物"
    assert asked_modifier("第二篇说靖江一共有多少个镇街（园区）？", "镇街") == ""  # a measure word ends it


def test_a_town_name_may_hold_an_administrative_character():
    assert towns("昆山出租厂房整治里，周市镇排查了多少幢出租厂房？") == ("周市镇",)
    assert towns("苏州市区街道有几个") == () and towns("全市镇街") == ()


@pytest.mark.parametrize("question, whole", [
    ("南通危化两月一主题，火灾防范那个主题查出多少条隐患", "36975"),
    ("常州企业安全码里蓝码企业有几家？", "196"),
    ("常州“企业安全码”黄码企业有多少家？", "196"),
    ("海门区小微企业托管，C类企业有多少家？", "1870"),
    ("启东生物医药实验室三色分级，绿色实验室有多少间？", "412"),
    ("南京87家危化品道路运输企业里，剧毒品运输车辆有多少辆？", "5230"),
    ("江阴危险货物港口储罐平均每座罐容多大？", "412"),  # an average is said per unit, or not given
])
def test_a_class_or_kind_not_broken_down_gets_no_figure(extra_assistant, question, whole):
    _declines(extra_assistant.ask(question).answer, whole)


def test_a_town_no_briefing_names_is_refused(extra_assistant):
    a = extra_assistant.ask("昆山出租厂房整治里，周市镇排查了多少幢出租厂房？")
    assert "3142" not in a.answer.split("最接近的资料")[0] and "周市镇" in a.answer, a.answer


@pytest.mark.parametrize("question, figure", [
    ("南通危化两月一主题查出多少条隐患", "36975"),
    ("南通打非治违精准识别了多少家化工生产企业？", "248"),
    ("江阴危险货物港口年吞吐量多大？", "3100"),
    ("常州企业安全码里红码企业有几家？", "47"),
    ("常州“企业安全码”橙码企业有多少家？", "312"),
    ("海门区小微企业托管，C类企业每家每年补助多少钱？", "3000"),
    ("启东生物医药实验室三色分级，红色实验室有多少间？", "37"),
    ("南京地下管网三色预警，红色预警推送了多少条？", "86"),
    ("南京危险货物运输车辆有多少辆？", "5230"),
    ("南京危化品运输车辆有多少辆？", "5230"),
    ("常州规上工贸企业有多少家？", "5860"),
    ("昆山出租厂房整治里，排查了多少幢出租厂房？", "3142"),
])
def test_the_twin_whose_class_is_given_keeps_its_figure(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert not a.answer.startswith(_NOT_GIVEN) and figure in a.answer and a.citations, a.answer
