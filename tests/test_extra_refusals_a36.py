"""False refusals of answerable figures on the extra issues, asked in a reader's words (round 36, helper a36).

2024年第8期 盐城 联合海事、海警等部门开展渔船安全“双随机”检查 1890 艘次 (asked 查了多少条渔船: 条 is any thing's
classifier, 艘次 the visits of boats); 2024年第21期 宿迁 开展电动自行车及电池产品质量专项抽检，检查销售门店1136家
(asked 抽检了多少家门店: the figure-free clause before names the action the figure's 检查 carries out); 2025年第12期
高邮 淘汰老旧船舶7艘 (asked 几条老旧船) and 常熟 从业人员约21万人 (asked 工人多少); 2024年第27期 盱眙 对43家未安装燃气
泄漏报警装置的餐饮户责令停业整改 (asked 多少家餐饮户没装报警器: the negated verb ends the counted noun)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.counted import counts_measure
from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.understand import content_terms
from rag_assistant.answer.steps import action_elsewhere, occurrences_for_things, umbrella_action
from rag_assistant.units import class_fit, general_visits

_SUQIAN = "开展电动自行车及电池产品质量专项抽检，检查销售门店1136家，查处非法改装、销售不合格产品等违法行为427起"


def test_visits_of_entities_answer_a_general_classifier():
    assert general_visits("条", "艘次") and general_visits("个", "家次")
    assert not general_visits("条", "场次")  # twin: events are no visits of things
    assert not general_visits("处", "家次")  # a kind classifier keeps its kind
    assert not occurrences_for_things("条", "艘次", "渔船")
    assert occurrences_for_things("条", "场次", "渔船")
    assert class_fit("count", "艘次", "条") == 1.0


def test_a_figure_free_clause_before_names_the_action_carried_out():
    clause_start = _SUQIAN.index("检查销售门店")
    clause_end = _SUQIAN.index("，查处")
    assert umbrella_action("抽检", _SUQIAN[:clause_start], _SUQIAN[clause_start:clause_end])
    assert not action_elsewhere("抽检", _SUQIAN, clause_start, clause_end)
    start = _SUQIAN.index("查处")  # twin: the next clause is another step, the umbrella not just before it
    assert not umbrella_action("抽检", _SUQIAN[:start], _SUQIAN[start:])
    assert not umbrella_action("抽检", "整合抽检系统58个，", "拓展智慧监管场景12个")  # a clause counting its own


def test_a_negated_verb_ends_the_counted_noun():
    assert measure_of("盱眙多少家餐饮户没装报警器被责令停业") == "餐饮户"
    assert measure_of("多少个电动车充电端口") == "电动车充电端口"  # twin: a verb inside a compound stays


def test_a_total_word_is_no_part_of_the_verb_after_it():
    assert content_terms("一共建了多少") == ("建",)  # not 共建, the segmenter's glue of 一|共建|了
    assert "共建" in content_terms("共建了多少个站点")  # twin: a verb of its own keeps its 共


def test_a_readers_word_for_employees_is_counted_as_practitioners():
    assert counts_measure("纺织企业工人", "从业人员")
    assert not counts_measure("纺织企业工人", "护林员")  # twin: other people are not the workers


@pytest.mark.parametrize("question, figure", [
    ("盐城双随机查了多少条渔船？", "1890"),
    ("宿迁抽检了多少家门店？", "1136"),
    ("高邮淘汰了几条老旧船？", "7"),
    ("盱眙多少家餐饮户没装报警器被责令停业？", "43"),
    ("常熟纺织企业工人多少？", "21万"),
])
def test_the_extra_issues_answer_the_figure(extra_assistant, question, figure):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    assert figure in answer.answer.split("[")[0], answer.answer


@pytest.mark.parametrize("question, figures", [
    ("宿迁抽检了多少家门店，查处多少起？", ("1136", "427")),
    ("宿迁今年新建多少充电口，一共建了多少？", ("3.8万", "12.6万")),
    ("常熟纺织企业多少家，工人多少？", ("4860", "21万")),
])
def test_both_parts_are_answered(extra_assistant, question, figures):
    answer = extra_assistant.ask(question)
    assert "简报未给出" not in answer.answer, answer.answer
    assert all(f in answer.answer for f in figures), answer.answer
