"""A figure question in colloquial words is answered when the briefing gives the figure, and refused when it gives
only a look-alike. Four properties of the question's wording, each with a twin asking a measure the article does not give:

- deictic times and step order (那年, 那阵子, …后) point at a time or step already named: no words to look for;
- a localizer or level verb glued to a word (村里, 企业里; 整改率到多少 cut 率到) is read as the word it ends;
- the words naming a special issue (先锋行特刊 for 《应急先锋行 建功新时代》) are scope, not topic;
- classifiers of equipment and goods (灭火器1.5万具, 烟花爆竹1.36万箱) are counts, which 多少个 asks;
- a named rate (复查率, 草地覆盖率) is not answered by another rate of the article (整改率, 森林覆盖率).

Real sentences: 2021年第10期 苏州 组织11.3万余人次进村入企; the special issue's 南通 全市网上巡查7.5万余次，发现各类问题3814条，
督促企业整改率达98.2%; extra issues 2025年第33期 东海 为小作坊免费配发灭火器1.5万具; 2025年第20期 清江浦区 更换老化消防器材
3.4万具; 2024年第27期 新沂 查扣非法烟花爆竹1.36万箱; 2024年第15期 兴化 持证上岗率达96%; 2025年第12期 东台 森林覆盖率达86.5%."""

from __future__ import annotations

import pytest

from rag_assistant.answer.match import glued_function
from rag_assistant.answer.rates import asked_rate, other_named_rate
from rag_assistant.numbers import extract_figures


def test_glued_function_characters():
    assert glued_function("村里") == "村" and glued_function("率到") == "率"
    assert glued_function("查到") == ""  # a search's result, not a level reached
    assert glued_function("整改") == ""


def test_named_rates():
    assert asked_rate("企业的整改完成率是多少") == "整改完成"
    assert other_named_rate("企业复查率到多少", "督促企业整改率达", "督促企业整改率达")
    assert other_named_rate("草地覆盖率到多少", "森林覆盖率达", "林地面积约6.8万亩，森林覆盖率达")
    assert not other_named_rate("森林覆盖率到多少", "森林覆盖率达", "森林覆盖率达")
    assert not other_named_rate("隐患整改率是多少", "全市整改率达", "排查隐患100处，全市整改率达")  # the modifier said earlier
    assert not other_named_rate("整改完成率是多少", "整改率达", "整改率达")
    # no modifier is a run across words (问题后整改率 → 题后) or a place's tail (连云港处置率 → 云港)
    assert not other_named_rate("南通网上巡查发现问题后整改率咋样？", "督促企业整改率达", "发现各类问题3814条，督促企业整改率达")
    assert not other_named_rate("连云港处置率？", "处置率", "今年以来平台累计推送预警信息3467条，处置率")


def test_equipment_classifiers_are_counts():
    units = {f.unit for f in extract_figures("为小作坊免费配发灭火器1.5万具、查扣非法烟花爆竹1.36万箱")}
    assert {"具", "箱"} <= units
    assert not any(f.unit == "具" for f in extract_figures("形成3具体措施"))


@pytest.mark.parametrize("question, figure", [
    ("苏州小化工整治那年，到村里企业里去了多少人次", "11.3"),
    ("苏州那年小化工专项整治，下到村里企业里的一共多少人次", "11.3"),
    ("先锋行特刊里南通线上巡查发现问题后，企业整改率到多少了", "98.2%"),
    ("南通那阵子网上巡查发现了多少条问题", "3814"),
    ("苏州小化工整治那年，到村里企业里罚了多少钱", None),
    ("南通网上巡查发现问题后，企业复查率到多少", None),
    ("先锋行特刊里南通网上巡查出动了多少人", None),
    ("南通那阵子网上巡查约谈了多少家企业", None),
])
def test_bundled_paraphrases(assistant, question, figure):
    a = assistant.ask(question)
    if figure is None:
        assert a.refused, a.answer
    else:
        assert not a.refused and figure in a.answer.replace(" ", "") and a.citations, a.answer


@pytest.mark.parametrize("history, question, figure", [
    ((), "东海县水晶小作坊整治，免费发了多少个灭火器？", "1.5万具"),
    ((), "清江浦区老旧小区里换了多少个老化消防器材", "3.4万具"),
    ((), "兴化烘干机操作人员持证上岗率到多少了", "96%"),
    (("清江浦区楼道长制度选聘了多少楼道长",), "那个区里老旧小区装了多少充电桩呢", "6200"),
    (("新沂烟花爆竹整治取缔了多少无证网点",), "其中查扣的非法烟花爆竹有多少箱", "1.36万箱"),
    (("连云港石化基地的预警平台今年推送了多少条预警？",), "处置率呢？", "99.6%"),
    (("兴化粮食烘干企业安全整治培训了多少人次",), "那烘干机操作人员持证上岗率到多少了呢", "96%"),
    (("兴化粮食烘干企业安全整治培训了多少人次",), "那烘干机操作人员的体检率到多少了呢", None),
    ((), "东海县水晶小作坊整治，免费发了多少个防毒面具", None),
    ((), "清江浦区老旧小区里换了多少个烟感报警器", None),
    ((), "东台黄海森林公园那块，草地覆盖率到多少", None),
    (("清江浦区楼道长制度选聘了多少楼道长",), "那个区里老旧小区装了多少监控摄像头呢", None),
    (("新沂烟花爆竹整治取缔了多少无证网点",), "其中查扣的运输车辆有多少辆", None),
])
def test_extra_paraphrases(extra_assistant, history, question, figure):
    a = extra_assistant.ask(question, history=list(history))
    if figure is None:
        assert a.refused, a.answer
    else:
        assert not a.refused and figure in a.answer.replace(" ", "") and a.citations, a.answer
