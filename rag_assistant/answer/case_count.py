"""A question asking cases (多少起) of an action on a thing counts the cases, not the thing the action is on.

起/宗/例 count events: accidents, fires, cases, violations (事故37起, 立案查处86起, 违法行为2347起). A question
that fronts the thing an action is on and asks 多少起 (燃气整治查处了多少起, 厂中厂处罚了多少起, 危化品运输车处罚
了多少起) counts the action's cases; 燃气, 厂中厂, 运输车 are no events and no 起 counts them, so they are not the
counted thing (support.patient_noun must not make them the measure, or the text's 立案查处86起 is refused for not
naming 燃气). An event noun fronted (火灾事故发生了多少起, 违法行为查处了几起) is the counted thing and stays.
"""

from __future__ import annotations

from ..units import COUNT_KINDS

# The heads of nouns a 起/宗/例 counts (a general lexical class: events, not things): 事故, 火灾, 案件, 违法行为…
EVENT_HEADS = ("事故", "事件", "火灾", "火情", "火警", "险情", "警情", "灾害", "灾情", "案件", "案例", "立案", "行为",
               "违法", "违章", "违规", "纠纷", "投诉", "举报", "病例", "伤亡", "中毒", "爆炸", "泄漏", "坍塌")


def thing_for_cases(unit: str, noun: str) -> bool:
    """Whether ``noun`` is a thing (no event) fronted before an action asked in an event classifier (起, 宗, 例):
    the figure asked counts the action's cases, so ``noun`` is not the counted thing."""
    return COUNT_KINDS.get(unit) == "event" and bool(noun) and not noun.endswith(EVENT_HEADS)
