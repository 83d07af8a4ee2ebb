"""A list closed by 等 right before a figure whose noun is the asked kind gives examples of that kind: the figure
counts the kind whole and answers a question that names an item only as its scene (龙虾节开幕式、万人龙虾宴等17项
大型活动 for 龙虾节有多少项大型活动), while an item's words modifying the asked noun still ask that item's share
(中石化的管道企业, 电力大数据子系统). A question's verb and object are said by their one-character compound (建了
档案 as 建档, 挂了牌子 as 挂牌). Each probe declines while its answerable twin is answered. Real briefings."""

from __future__ import annotations

import pytest

from rag_assistant.answer.joint import joint_count
from rag_assistant.answer.own_noun import object_unsaid
from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure

_WUXI = "完善安全生产监管平台、行政执法、危化品监测预警、电力大数据等6个子系统"
_LIUHE = "与中石化、国家管网等8家管道企业签订联防协议"
_CHANGSHU = "对全市4860余家企业逐一建档，明确配电箱、电气线路、用电设备等12类体检项目，聘请第三方电气检测机构9家参与检测。"


def test_items_before_the_asked_kind_are_its_examples():
    assert not joint_count("无锡指挥系统里行政执法这些一共完善了几个子系统？", _WUXI, "6个", "个", "子系统")
    assert joint_count("无锡的电力大数据子系统有几个？", _WUXI, "6个", "个", "子系统")
    assert not joint_count("常熟电气体检明确了配电箱、电气线路这些体检项目一共几类？",
                           "明确配电箱、电气线路、用电设备等12类体检项目", "12类", "类", "项目")
    assert joint_count("常熟电气体检的配电箱体检项目有几类？", "明确配电箱、电气线路、用电设备等12类体检项目", "12类", "类", "体检项目")


def test_a_list_closed_by_deng_with_no_noun_after_is_still_a_sum():
    window = "捣毁非法存储仓库窝点、制售假证窝点、农村黑气点等71个"
    assert joint_count("连云港严格执法捣毁了多少个制售假证窝点？", window, "71个", "个", "制售假证窝点")


def test_a_verb_object_compound_says_the_asked_deed():
    clause = _CHANGSHU[2:]
    assert not object_unsaid("常熟电气体检给多少家企业建立了档案", "企业", clause, _CHANGSHU)
    assert object_unsaid("常熟电气体检给多少家企业建立了电子档案", "企业", clause, _CHANGSHU)  # 电子 said nowhere
    assert object_unsaid("常熟电气体检给多少家企业建了隐患台账", "企业", clause, _CHANGSHU)  # 建台 said nowhere


@pytest.mark.parametrize("question, figure", [
    ("常熟电气体检明确了配电箱、电气线路这些体检项目一共几类？", "12类"),
    ("无锡指挥系统里行政执法这些一共完善了几个子系统？", "6个"),
    ("龙虾节有多少项大型活动做了安全方案？", "17项"),
    ("常熟电气体检给多少家企业建立了档案？", "4860余家"),
    ("苏州给多少家基层安全学校挂了牌子？", "98家"),
])
def test_examples_and_compounds_are_answered(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


@pytest.mark.parametrize("question", [
    "常熟电气体检的配电箱体检项目有几类？",
    "无锡的电力大数据子系统有几个？",
    "东海县私拉乱接电线的禁止行为有几类？",
    "常熟电气体检给多少家企业建立了电子档案？",
    "张家港给多少座储罐建了应急预案？",
])
def test_one_item_or_an_unsaid_object_is_not_answered(extra_assistant, question):
    a = extra_assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer
