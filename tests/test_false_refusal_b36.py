"""False refusals and outranked figures of the extra issues asked in the reader's words (round 36, helper b36).

Sentences of the extra issues (eval/extra_briefings/): 2026年第7期 扬州 设置安全警示标识1.38万块 and 春节假期…检查企业和场所
3.2万家次; 2025年第26期 江阴 出具“一企一单”诊断报告，指出问题隐患8760条 and 泰州 现有船舶修造企业182家; 2025年第20期
清江浦 累计清理楼道堆物1.9万处; 2024年第15期 如皋 涉氨制冷企业…已整改1087处; 2025年第30期 宜兴 安装燃气泄漏报警和自动切断装置2150套."""

from __future__ import annotations

import pytest

from rag_assistant.answer.conjoined_noun import conjoined_clause
from rag_assistant.answer.counted import classifier_names_it
from rag_assistant.answer.domain import variants
from rag_assistant.answer.match import Weights, resultative

_YIXING = "为燃气窑炉企业安装燃气泄漏报警和自动切断装置2150套"
_SPRING = "检查企业和场所3.2万家次"


def test_a_finding_pointed_out_is_a_search_result():
    assert resultative("查出", "出具“一企一单”诊断报告，指出问题隐患8760条") == 1.0
    assert resultative("查出", "会议指出，今年以来全省安全生产形势总体平稳") == 0.0  # a speaker's 指出 finds nothing


def test_a_compound_said_with_another_head_counts_half():
    w = Weights({"警示": 10, "警示牌": 1, "设": 100}, 1000, "")
    terms = ("警示", "警示牌", "设")
    with_head = w.coverage(terms, "设置安全警示标识1.38万块")
    assert with_head >= 0.5
    assert with_head < w.coverage(terms, "设置安全警示牌1.38万块")  # the asked compound itself still ranks first
    assert w.coverage(terms, "设置安全标识1.38万块") < 0.5  # twin: the word that tells it apart is unsaid


def test_a_shared_head_of_a_coordination_names_each_conjunct():
    assert classifier_names_it("报警器", "套", "套", _YIXING, "装置")
    assert not classifier_names_it("报警器", "套", "套", "安装自动切断装置2150套，报警平台1个", "装置")  # 报警 not before 装置


def test_a_figure_after_a_coordination_counts_every_conjunct():
    assert conjoined_clause(_SPRING, 0, _SPRING.index("3.2"), "场所") == "检查企业和场所"
    assert conjoined_clause("检查场所3.2万家次", 0, 4, "场所") == ""  # twin: no coordination


def test_one_thing_said_in_two_words():
    assert "杂物" in variants("堆物")
    assert "船舶修造企业" in variants("船厂")
    assert "涉氨制冷企业" in variants("冷库")
    assert "杂物" not in variants("船厂")  # twin: groups stay apart


@pytest.mark.parametrize("question, figure", [
    ("扬州警示牌设了多少块？", "1.38万块"),
    ("江阴专家有几名，查出问题多少条？", "8760条"),
    ("清江浦清理楼道杂物多少处？", "1.9万处"),
    ("泰州有多少家船厂？", "182家"),
    ("春节检查企业多少家次？", "3.2万家次"),
    ("宜兴装了多少套报警器？", "2150套"),
    ("如皋冷库整改了多少处？", "1087处"),
])
def test_the_extra_issues_answer_the_figure(extra_assistant, question, figure):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    assert figure in answer.answer, answer.answer
