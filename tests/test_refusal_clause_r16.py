"""A figure answers only what its own clause says: the asked action (a verb the sentence gives another clause:
整合…58个信息系统，拓展智慧监管场景12个), one kind of a list closed by 等 (仓库窝点、制售假证窝点、农村黑气点等71个
is their sum), the asked degree of the thing (39777条较大以上风险 is not 重大风险) and the thing itself (21021家
生产经营单位 is no count of 条 of risk). Each probe declines while its answerable twin is still answered. Real
briefings, real index."""

from __future__ import annotations

import pytest

from rag_assistant.answer.counted import names_other
from rag_assistant.answer.joint import joint_count
from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.steps import action_elsewhere
from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure

_SENTENCE = "加速整合15个部门58个信息系统，拓展智慧监管场景12个，新增物联感知设备 2030 套。"


def test_an_action_said_by_another_clause_of_the_sentence():
    at = _SENTENCE.find("拓展")
    assert action_elsewhere("整合", _SENTENCE, at, _SENTENCE.find("，", at))  # 12个 scenes were 拓展
    assert not action_elsewhere("整合", _SENTENCE, 0, _SENTENCE.find("，"))  # 58个 systems were 整合
    assert not action_elsewhere("", _SENTENCE, at, _SENTENCE.find("，", at))  # no verb asked
    text = "推动企业查改隐患 36975 条，其中重大事故隐患 115 条，排查整改的精准性不断提升"
    at = text.find("其中")
    assert not action_elsewhere("查改", text, at, text.find("，", at))  # 其中 shares the clause before


def test_a_list_closed_by_deng_is_counted_as_a_sum():
    window = "捣毁非法存储仓库窝点、制售假证窝点、农村黑气点等71个"
    assert joint_count("连云港严格执法捣毁了多少个制售假证窝点？", window, "71个", "个")
    assert not joint_count("连云港捣毁的仓库窝点、假证窝点和黑气点一共多少个？", window, "71个", "个")
    assert not joint_count("连云港捣毁了多少个窝点？", window, "71个", "个")


def test_a_noun_opening_with_a_word_jieba_tags_as_a_name_and_a_degree_before_the_head():
    assert measure_of("26年南通数字化建设整合了多少个智慧监管场景") == "智慧监管场景"  # 智慧 is tagged nr
    assert names_other("重大风险", "", "生产经营单位报告的39777条较大以上风险")
    assert not names_other("较大以上风险", "", "生产经营单位报告的39777条较大以上风险")


@pytest.mark.parametrize("question", [
    "常州腾退了多少家危污乱散低企业？",  # 整治提升…企业5140余家，整治提升腾退空间5770余亩
    "26年南通数字化建设整合了多少个智慧监管场景？",  # 整合…58个信息系统，拓展智慧监管场景12个
    "连云港严格执法捣毁了多少个制售假证窝点？",  # …仓库窝点、制售假证窝点、农村黑气点等71个
    "徐州生产经营单位报上来的重大风险有多少条？",  # 39777条较大以上风险; 21021家 counts 单位
])
def test_a_figure_of_another_action_kind_or_degree_is_not_the_answer(assistant, question):
    a = assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer


@pytest.mark.parametrize("question, figure", [
    ("常州整治提升了多少家危污乱散低企业？", "5140余家"),
    ("26年南通数字化建设整合了多少个信息系统？", "58个"),
    ("连云港捣毁的仓库窝点、假证窝点和黑气点一共多少个？", "71个"),
    ("南通危化行业查出的重大事故隐患有几条？", "115条"),
])
def test_the_twins_in_the_texts_terms_are_answered(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


def test_one_of_two_coordinated_agents_is_not_answered_by_their_joint_figure(assistant):
    from rag_assistant.answer.joint import joint_agent
    before = "组建市委巡察组与市（县）区联动巡察组直插基层一线，实地走访重点企业、重点场所"
    assert joint_agent("无锡市委巡察组自己走访了多少处重点企业和场所？", before)
    assert not joint_agent("无锡巡察实地走访了多少处重点企业？", before)  # no agent named
    a = assistant.ask("无锡市委巡察组自己走访了多少处重点企业和场所？")
    assert a.refused or declines(a.answer), a.answer
    twin = assistant.ask("无锡专项巡察一共实地走访了多少处重点企业和重点场所？")
    assert not twin.refused and contains_figure(twin.answer, "1600余处"), twin.answer
