"""A later part asked as a bare 占多少 (省级占多少, 重大事故隐患占多少) after a part asking an amount names no whole:
it asks the part of that amount, which the text gives as a subset (其中重大事故隐患115条) or as a share; a ratio
asked by its noun (整改率多少) or of a named whole (占全省的多少) stays a ratio. A thing restricted by a modifier
before its noun (用作经营的农村自建房) is answered by the subset the sentence says with that restriction
(其中用作经营的自建房四千三百余户), not by the whole."""

from __future__ import annotations

import pytest

from rag_assistant.answer.measure import asked_class, subset_class
from rag_assistant.answer.window import figures_of
from rag_assistant.numbers import contains_figure


def test_a_bare_share_after_an_amount_asks_the_amount_or_a_share():
    assert subset_class("露天矿山占多少", "ratio", "count") == "count|ratio"
    assert subset_class("省级占多少", "ratio", "") == ""  # the first part names no class: any figure
    assert subset_class("整改率多少", "ratio", "count") == "ratio"  # the ratio noun says it
    assert subset_class("省级占全省的多少", "ratio", "money") == "ratio"  # a whole is named: a share of it
    assert subset_class("同比降了多少", "", "count") == ""
    assert asked_class("省级占多少") == ("%", "ratio")  # alone, with no part before it, a share


def test_the_subset_of_the_first_parts_figure_is_answered(assistant):
    a = assistant.ask("南通推动企业查改隐患多少条？重大事故隐患占多少")
    assert not a.refused and contains_figure(a.answer, "36975条") and contains_figure(a.answer, "115条"), a.answer


def test_a_ratio_asked_by_its_noun_keeps_the_percentage(extra_assistant):
    a = extra_assistant.ask("常熟纺织企业发现电气隐患多少处？整改率多少")
    assert contains_figure(a.answer, "8940处") and contains_figure(a.answer, "97.4%"), a.answer
    a = extra_assistant.ask("大丰区养老机构有多少家？农村敬老院占多少")
    assert contains_figure(a.answer, "47家") and contains_figure(a.answer, "19家"), a.answer


# ---------------------------------------------------------------- a restriction said before the asked noun

def test_the_restriction_before_the_asked_noun_is_read():
    from rag_assistant.answer.subset import restricted_elsewhere, restriction_words
    assert restriction_words("沛县用作经营的农村自建房有多少户", "农村自建房") == ("用作", "经营")
    assert restriction_words("如皋改用安全冷媒的涉氨制冷企业有几家", "企业") == ("改用", "安全", "冷媒")
    assert restriction_words("徐州那个县做巡查码的，经营用的农村自建房几户", "农村自建房") == ("经营",)
    assert restriction_words("沛县农村自建房共有多少户", "农村自建房") == ()
    sentence = "沛县共有农村自建房二十一万余户，其中用作经营的自建房四千三百余户。"
    whole, subset = figures_of(sentence)
    restricted = "沛县用作经营的农村自建房有多少户"
    assert restricted_elsewhere(restricted, "农村自建房", "沛县共有农村自建房二十一万余户", sentence, whole, [whole, subset])
    assert not restricted_elsewhere(restricted, "农村自建房", "其中用作经营的自建房四千三百余户", sentence, subset, [whole, subset])
    assert not restricted_elsewhere("沛县农村自建房共有多少户", "农村自建房", "沛县共有农村自建房二十一万余户", sentence, whole,
                                    [whole, subset])
    # a figure in another unit counts another thing: 小场所 10.47万余家 is no subset of the 问题隐患 in 条
    sentence = "全市已摸排起底社会面小场所 10.47 万余家，累计整改各类问题隐患 41024 条，源头治理能力有效增强。"
    places, hazards = figures_of(sentence)
    assert not restricted_elsewhere("南通小场所的问题隐患累计整改了多少条", "问题隐患", "累计整改各类问题隐患 41024 条",
                                    sentence, hazards, [places, hazards])
    # a 其中 part shares its whole's words: 累计辨识…1.42万个，其中重大风险点216个 was 辨识 too
    sentence = "累计辨识较大以上风险点1.42万个，其中重大风险点216个。"
    total, major = figures_of(sentence)
    assert not restricted_elsewhere("无锡辨识出的重大风险点有几个", "重大风险点", "其中重大风险点216个累计辨识较大以上风险点1.42万个",
                                    sentence, major, [total, major])


@pytest.mark.parametrize("question, figure, whole", [
    ("沛县用作经营的农村自建房有多少户？", "四千三百余户", "二十一万余户"),  # 其中用作经营的自建房四千三百余户
    ("如皋改用安全冷媒的涉氨制冷企业有几家？", "11家", "43家"),  # 推动43家企业…，其中11家改用…安全冷媒
    ("启东设有研发实验室的生物医药企业有几家？", "98家", "152家"),  # 现有…152家，其中设有研发实验室的98家
])
def test_a_restricted_thing_is_answered_by_the_subset_not_the_whole(extra_assistant, question, figure, whole):
    a = extra_assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure) and not contains_figure(a.answer, whole), a.answer


@pytest.mark.parametrize("question, figure", [
    ("沛县农村自建房共有多少户？", "二十一万余户"),  # no restriction asked: the whole
    ("启东生物医药企业有几家？", "152家"),
    ("启东储存使用危险化学品的实验室有多少间？", "412间"),  # the restriction is the figure's own words
])
def test_an_unrestricted_or_own_restriction_keeps_its_figure(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer
