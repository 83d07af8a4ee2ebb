"""A figure answers only what its words state: the administrative level asked (省级, 镇级), the asked noun
itself rather than a noun sharing one character of it, and one listed kind rather than the sum of a list.
Each probe declines (a refusal or a partial answer that gives no figure as the answer) while its answerable
twin, asked in the text's own terms, is still answered. Real briefings, real index."""

from __future__ import annotations

import pytest

from rag_assistant.answer.lexicon import asked_qualifiers
from rag_assistant.answer.scope import province_said
from rag_assistant.answer.joint import joint_count
from rag_assistant.evaluation.claims import declines
from rag_assistant.nouns import loose_chars
from rag_assistant.numbers import contains_figure


def test_an_asked_level_must_be_stated_by_the_figure_sentence():
    norm = "按照“市、县两级每月抽取不少于5家单位实施‘三位一体’执法检查"
    assert not province_said("省级每月抽取多少家单位", norm)
    assert not province_said("镇级方案出了几个", "制定市级实施方案 1 个，配套出台区县方案 10 个")
    assert province_said("县级每月抽取多少家单位", norm)
    assert province_said("每月抽取多少家单位", norm)


def test_every_month_is_a_frequency_not_an_average():
    assert "平均" not in asked_qualifiers("扬州市县两级每个月最少抽取多少家单位")
    assert "平均" in asked_qualifiers("每个单位平均检查几天")


def test_a_shared_character_of_another_dictionary_word_is_no_match():
    assert "隐" not in loose_chars("隐蔽场所")  # 隐蔽 is its own word: nothing of 隐患
    assert "烟" in loose_chars("智能感烟探测器和喷淋装置")  # 感烟 is no dictionary word: 烟感 may be it
    assert "院" in loose_chars("废弃院落")  # the head word itself


def test_a_sum_of_listed_kinds_does_not_answer_a_later_kind_alone():
    assert joint_count("苏州的专业网格有多少个", "依托全市现有1万余个综合网格和专业网格", "1万余个")
    assert not joint_count("苏州综合网格和专业网格共有多少个", "依托全市现有1万余个综合网格和专业网格", "1万余个")
    assert joint_count("连云港一共发放了多少份告知书", "累计发放各类宣传手册、告知书27万份", "27万份")
    assert not joint_count("连云港发了多少份宣传手册", "累计发放各类宣传手册、告知书27万份", "27万份")
    # a bare modifier names one kind of the shared head: 燃气 is not 燃气、消防安全培训
    training = "分层级开展燃气、消防安全培训覆盖 10.5 万人次"
    assert joint_count("南通燃气安全培训覆盖了多少人次", training, "10.5 万人次")
    assert not joint_count("南通燃气消防培训覆盖了多少万人次", training, "10.5 万人次")
    # a per-person amount for either qualification, and a set of two devices, are no sums
    assert not joint_count("海安考中级注安师补多少钱", "如海安市对考取中级注安师和一级消防工程师人员一次性补助4000元", "4000元")
    assert not joint_count("南通装了多少套感烟探测器", "为弱势群体家庭安装智能感烟探测器和喷淋装置 8731 套", "8731 套", "套")


@pytest.mark.parametrize("question", [
    "三位一体执法检查省级每个月要抽多少家单位？",  # 市、县两级每月不少于5家
    "南通无人机巡航发现了多少处隐患？",  # 126 处 are 隐蔽场所 patrolled
    "苏州的专业网格有多少个？",  # 1万余个 are 综合网格和专业网格
    "连云港一共发放了多少份告知书？",  # 27万份 are 宣传手册、告知书
    "南通的燃气安全培训一共覆盖多少人次？",  # 10.5 万人次 are 燃气、消防安全培训
])
def test_a_figure_of_another_level_thing_or_sum_is_not_the_answer(assistant, question):
    a = assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer


@pytest.mark.parametrize("question,figure", [
    ("扬州市县两级每个月最少抽取多少家单位？", "5家"),  # 每个月 is a frequency, no average
    ("南通无人机巡航排查了多少处隐蔽场所？", "126处"),
    ("苏州综合网格和专业网格共有多少个？", "1万余个"),
    ("连云港发了多少份宣传手册？", "27万份"),
    ("南通给弱势群体家庭装了多少套烟感和喷淋？", "8731套"),
    ("南通燃气和消防安全培训覆盖了多少人次？", "10.5万人次"),
])
def test_the_twin_in_the_text_terms_is_answered(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer
