"""Multi-figure questions on the extra issues (round 34, helper m34).

A change asked of every part before it (同比各降多少) after a part asked with no unit word of its own (死亡多少) is the
change of that part: it borrows no unit from another part (起), or it looked for a count-class change of the deaths
and was refused (change_unit.py). 2025年第9期: 一季度全省共发生生产安全事故268起、死亡231人，同比分别下降12.4%和9.8%;
2025年第4期: 全省共发生生产安全事故37起、死亡29人，同比分别下降15.9%和12.1%."""

from __future__ import annotations

from rag_assistant.answer.change_unit import change_class
from rag_assistant.answer.understand import read_parts


def test_a_change_after_a_bare_asked_part_takes_no_other_unit():
    assert change_class("死亡同比降多少", [("死亡多少", "", "", (), [], [], None)], "起", "count") == ("", "")
    # twins: a part before with a class lends it; a part before asking no figure lends nothing
    assert change_class("死亡同比降多少", [("死亡多少人", "人", "people", (), [], [], None)], "起", "count") == ("人", "people")
    assert change_class("比上年多多少", [("情况咋样", "", "", (), [], [], None)], "人", "people") == ("人", "people")


def test_parts_of_a_change_asked_of_each():
    parts = read_parts("一季度全省事故多少起，死亡多少，同比各降多少", "figure", ())
    assert len(parts) == 4 and parts[3].unit_class != "count", [(p.text, p.unit_class) for p in parts]


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (
            ("一季度全省事故多少起，死亡多少，同比各降多少？", ("268起", "12.4%", "231人", "9.8%")),
            ("一季度全省事故多少起，死亡多少，同比分别降了多少", ("268起", "12.4%", "231人", "9.8%")),
            ("春节假期事故多少起、死亡多少，同比各下降多少", ("37起", "15.9%", "29人", "12.1%")),
            ("一季度全省事故多少起，死亡多少人，同比各降多少？", ("268起", "12.4%", "231人", "9.8%")),
            ("全省燃气排查企业多少家，发现隐患多少、整改了多少？", ("486家", "12.4万处", "11.9万处")),
            ("海虞镇检测了多少家企业，发现电气隐患多少个，整改了多少？", ("1120", "3046", "2978")),
            ("徐州露天矿山多少座，装边坡监测的多少座？", ("49座", "45座")),
            ("兴化排查隐患多少，整改了多少，培训了多少人？", ("2630处", "2480处", "1.2万人次"))):
        a = extra_assistant.ask(question).answer
        assert all(h in a for h in has) and "未给出" not in a, (question, a)
