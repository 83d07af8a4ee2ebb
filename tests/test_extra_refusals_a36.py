"""False refusals of answerable figures on the extra issues, asked in a reader's words (round 36, helper a36).

2024年第8期 盐城 联合海事、海警等部门开展渔船安全“双随机”检查 1890 艘次 (asked 查了多少条渔船: 条 is any thing's
classifier, 艘次 the visits of boats); 2024年第21期 宿迁 开展电动自行车及电池产品质量专项抽检，检查销售门店1136家
(asked 抽检了多少家门店: the figure-free clause before names the action the figure's 检查 carries out)."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("question, figure", [
    ("盐城双随机查了多少条渔船？", "1890"),
    ("宿迁抽检了多少家门店？", "1136"),
])
def test_the_extra_issues_answer_the_figure(extra_assistant, question, figure):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    assert figure in answer.answer.split("[")[0], answer.answer


def test_both_parts_are_answered(extra_assistant):
    answer = extra_assistant.ask("宿迁抽检了多少家门店，查处多少起？")
    assert "简报未给出" not in answer.answer, answer.answer
    assert "1136" in answer.answer and "427" in answer.answer, answer.answer
