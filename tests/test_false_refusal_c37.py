"""False refusals of single figures whose sentence is the rank-1 chunk (round 37, helper c37).

Sentences of the extra issues (eval/extra_briefings/): 2025年第26期 江阴 出具“一企一单”诊断报告，指出问题隐患8760条 (a
review's findings said as the problems it pointed out) and 泰州 现有船舶修造企业182家; 2025年第20期 清江浦
累计清理楼道堆物1.9万处; 2025年第30期 宜兴 安装燃气泄漏报警和自动切断装置2150套."""

from __future__ import annotations

import pytest

from rag_assistant.answer.counted import classifier_names_it
from rag_assistant.answer.domain import variants
from rag_assistant.answer.match import resultative
from rag_assistant.answer.steps import steps_said

_JIANGYIN = "出具“一企一单”诊断报告，指出问题隐患8760条"
_YIXING = "为燃气窑炉企业安装燃气泄漏报警和自动切断装置2150套"


def test_problems_pointed_out_are_a_search_result():
    assert "find" in steps_said("指出问题隐患8760条。")
    assert "find" not in steps_said("会议指出，今年以来全省安全生产形势总体平稳")  # a speaker's 指出 finds nothing
    assert resultative("查出", _JIANGYIN) == 1.0
    assert resultative("发现", _JIANGYIN) == 1.0
    assert resultative("发现", "会议指出，要加强隐患排查") == 0.0  # twin


def test_a_shared_head_of_a_coordination_names_each_conjunct():
    assert classifier_names_it("报警器", "套", "套", _YIXING, "装置")
    assert not classifier_names_it("报警器", "套", "套", "安装自动切断装置2150套，报警平台1个", "装置")


def test_one_thing_said_in_two_words():
    assert "杂物" in variants("堆物")
    assert "船舶修造企业" in variants("船厂")
    assert "杂物" not in variants("船厂")  # twin: groups stay apart


@pytest.mark.parametrize("question, figure", [
    ("江阴诊断发现问题隐患多少条？", "8760条"),
    ("江阴专家查出多少条问题？", "8760条"),
    ("清江浦清理楼道杂物多少处？", "1.9万处"),
    ("泰州有多少家船厂？", "182家"),
])
def test_the_extra_issues_answer_the_figure(extra_assistant, question, figure):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    assert figure in answer.answer, answer.answer


def test_a_fix_asked_is_not_answered_by_the_problems_pointed_out(extra_assistant):
    answer = extra_assistant.ask("江阴整改了多少条问题？")  # 目前已整改8315条, not the 8760条 pointed out
    assert "8760条" not in answer.answer.split("简报提到")[0], answer.answer


def test_a_device_said_under_a_generic_head_counts_half():
    from rag_assistant.answer.match import generic_head
    assert generic_head("报警器", _YIXING) == 0.5
    assert generic_head("警示牌", "设置安全警示标识1.38万块") == 0.5
    assert generic_head("消防站", "完成1260幢老旧高层住宅消防设施改造") == 0.0  # a station is no device
    assert generic_head("报警器", "安装自动切断装置2150套") == 0.0  # twin: the word is unsaid


@pytest.mark.parametrize("question, figure", [
    ("扬州警示牌设了多少块？", "1.38万块"),
    ("宜兴装了多少套报警器？", "2150套"),
])
def test_a_device_by_its_own_head_is_answered(extra_assistant, question, figure):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    assert figure in answer.answer, answer.answer


def test_a_device_asked_by_the_category_is_counted_by_its_generic_head():
    from rag_assistant.answer.counted import counts_measure
    assert counts_measure("智能监测设备", "智能监测终端")
    assert counts_measure("切断设备", "自动切断装置")
    assert not counts_measure("智能监测终端", "智能监测设备")  # twin: the category does not count one kind


def test_the_category_of_a_device_is_answered(extra_assistant):
    answer = extra_assistant.ask("南京地下管网装了多少个智能监测设备？")
    assert not answer.refused and "4.3万个" in answer.answer, answer.answer
