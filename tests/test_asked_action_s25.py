"""The asked action against the text's action, and the action's object against the counted thing (round 25).

A question asking cases (多少起) of an action on a thing (淮安燃气整治查处了多少起, 江阴港口危险货物联合执法处罚了多少起)
counts the action's cases: the fronted thing (燃气, 货物) is no event a 起 counts, so it is not the measure
(case_count.thing_for_cases), and the text's 立案查处86起 answers. 查处 asked is said 立案处罚 or 立案查处 in the text
(domain.FORMS: one act's forms). A stock (江都区共有…“九小场所”超过1.2万家, 淮安市现有城镇燃气经营企业43家) does not
answer what an action did to the things (巡查了多少家, 整改了几家: stock.stock_for_action). Each probe has a twin that
keeps its answer. Real sentences of the extra issues (eval/extra_briefings/). Probes 11 of 12 right after (6 before),
twins 12 of 12 before and after."""

from __future__ import annotations

import pytest

from rag_assistant.answer.case_count import thing_for_cases
from rag_assistant.answer.domain import said
from rag_assistant.answer.stock import stock_for_action


def test_a_thing_is_no_measure_of_cases_but_an_event_is():
    assert thing_for_cases("起", "燃气") and thing_for_cases("起", "厂中厂") and thing_for_cases("宗", "运输车")
    assert not thing_for_cases("起", "火灾事故") and not thing_for_cases("起", "违法行为")
    assert not thing_for_cases("家", "燃气经营企业") and not thing_for_cases("起", "")


def test_the_enforcement_case_verbs_are_one_acts_forms():
    assert said("查处", "前三季度共开展执法检查3920家次，立案处罚286起") and said("立案处罚", "立案查处86起")


def test_a_stock_does_not_answer_an_action_asked():
    lead = "江都区共有小商店、小餐饮、小旅馆等“九小场所”超过"
    assert stock_for_action("江都九小场所巡查了多少家", lead, lead)
    assert not stock_for_action("江都九小场所有多少家", lead, lead)  # the stock asked
    assert not stock_for_action("盐城登记了多少艘渔船", "全市现有登记渔船 2968 艘", "全市现有登记渔船 ")  # the verb said
    assert not stock_for_action("江都九小场所赋码了多少家", "目前已赋码1.16万家", "目前已赋码")  # no stock
    lead = "连云港石化产业基地现有入驻企业"  # 进驻 said as 入驻: the stock asked in a near verb
    assert not stock_for_action("连云港石化基地进驻了多少家企业", lead, lead)


def _head(answer: str) -> str:
    return answer.split("关于")[0]


@pytest.mark.parametrize("question, has", [
    ("江阴港口危险货物联合执法处罚了多少起", "31起"),          # 立案查处违法行为31起 (2025年第4期)
    ("淮安燃气整治查处了多少起", "86起"),                    # 立案查处86起 (2025年第9期)
    ("25年第26期常州企业安全码那篇，前三季度查处了多少起", "286起"),  # 立案处罚286起
    ("盐城渔船检查查处了多少起", "64"),                      # 查处…违法行为 64 起 (2024年第8期)
    ("昆山厂中厂整治处罚了多少起", "412起"),                  # 立案查处412起 (2025年第33期)
    # twins: the text's own verb, or another action's figure of the same article
    ("江阴港口联合执法立案查处了多少起", "31起"),
    ("淮安燃气执法立案查处了多少起", "86起"),
    ("25年第26期常州前三季度立案处罚了多少起", "286起"),
    ("南京危化品运输车处罚了多少起", "2347起"),
    ("昆山关停取缔了多少家厂中厂", "63家"),
    ("江都九小场所赋码了多少家", "1.16万家"),
    ("淮安现在有几家燃气经营企业", "43家"),
    ("江都九小场所有多少家", "1.2万家"),
])
def test_cases_of_an_action_are_answered(extra_assistant, question, has):
    a = extra_assistant.ask(question)
    assert has in a.answer and not a.refused, a.answer


@pytest.mark.parametrize("question, lacks", [
    ("江都九小场所巡查了多少家", ("1.2万家",)),                 # a stock, no 巡查
    ("邳州板材加工整治处罚了多少起", ("156", "31起")),          # the article counts no cases
    ("宿迁电动车整治查处了多少家销售门店", ("1136",)),           # 检查销售门店1136家: checked, not 查处
])
def test_a_figure_of_no_asked_action_does_not_answer(extra_assistant, question, lacks):
    a = extra_assistant.ask(question)
    assert "未给出" in a.answer and not any(x in _head(a.answer) for x in lacks), a.answer
