"""A change part of a several-part question (比上年多多少, 同比降了多少) asks in the class of the part before it, whose
change it is, not in the unit another part states (change_unit.py).

Sentences of the extra issues (eval/extra_briefings/): 2026年第10期 会议明确，省财政今年安排森林防灭火专项资金4800万元，
比上年增加600万元…; 二是强化巡护值守，全省组织护林员、网格员等巡护力量5.6万人…; 今年1至2月，全省共发生生产安全
事故96起、死亡83人，同比分别下降12.7％和9.8％；…过火面积26.4公顷…; 2025年第4期 春节假期…全省共发生生产安全事故37起、
死亡29人，同比分别下降15.9%和12.1%."""

from __future__ import annotations

from rag_assistant.answer.change_each import split_each_change
from rag_assistant.answer.change_unit import change_class
from rag_assistant.answer.understand import read_parts

_MONEY_BEFORE = [("专项资金多少", "", "money", (), [], [], None)]


def test_a_change_takes_the_class_of_the_part_before():
    assert change_class("比上年多多少", _MONEY_BEFORE, "人", "people") == ("", "money")
    # twins: a change of several parts keeps the question's class; a first part with no class lends none
    assert change_class("同比分别降了多少", _MONEY_BEFORE, "人", "people") == ("人", "people")
    assert change_class("比上年多多少", [("情况咋样", "", "", (), [], [], None)], "人", "people") == ("人", "people")


def test_a_change_of_every_part_before_is_asked_once_for_each():
    assert split_each_change(["春节假期事故多少起", "死亡多少人", "同比分别降了多少"]) == [
        "春节假期事故多少起", "春节假期事故同比降了多少", "死亡多少人", "死亡同比降了多少"]
    # twins: a single change after one part, and a change with its own noun, stay one part
    assert split_each_change(["死亡多少人", "同比降了多少"]) == ["死亡多少人", "同比降了多少"]
    assert split_each_change(["事故多少起", "死亡多少人", "火情同比降了多少"])[-1] == "火情同比降了多少"


def test_parts_of_a_three_part_question():
    parts = read_parts("森林防灭火专项资金多少，比上年多多少，巡护力量多少人", "figure", ())
    assert [p.unit_class for p in parts] == ["money", "money", "people"]
    parts = read_parts("1至2月全省死亡多少人，同比下降多少，森林火情几起", "figure", ())
    assert parts[1].unit_class == "people" and parts[2].unit_class != "people"


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (
            ("森林防灭火专项资金多少，比上年多多少，巡护力量多少人", ("4800万元", "600万元", "5.6万人")),
            ("森林防灭火专项资金多少，比上年多多少", ("4800万元", "600万元")),
            ("森林防灭火专项资金比上年多多少、巡护力量多少人", ("600万元", "5.6万人")),
            ("清明期间全省巡护力量多少人，前置扑火队伍几支", ("5.6万人", "126支")),
            ("1至2月全省死亡多少人，同比下降多少，森林火情几起", ("83人", "9.8%", "7起")),
            ("今年1至2月全省事故多少起 死了多少人", ("96起", "83人")),
            ("春节假期事故多少起、死亡多少人，同比分别降了多少", ("37起", "15.9%", "29人", "12.1%")),
            ("今年1至2月事故几起，死了多少人，同比分别下降多少", ("96起", "12.7%", "83人", "9.8%"))):
        a = extra_assistant.ask(question).answer
        assert all(h in a for h in has) and "未给出" not in a, (question, a)
    # a part the text does not give is still said missing beside the given one
    a = extra_assistant.ask("句容排查整改隐患多少处，罚款多少").answer
    assert "318处" in a and "未给出" in a.split("318处")[1], a
