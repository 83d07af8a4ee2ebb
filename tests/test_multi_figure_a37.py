"""Multi-figure questions of the extra issues whose later part leaves its thing unsaid (round 37, a37).

2025年第9期 徐州: 现有非煤矿山58座，其中露天矿山49座、地下矿山9座，另有尾矿库12座, and a table of 类别 / 数量 / 已建成系统
with the rows 露天矿山 49座 边坡在线监测45座 and 尾矿库 12座 在线监测系统12座."""

from __future__ import annotations

import pytest

from rag_assistant.answer.elided import headless_relative


def test_a_clause_ending_in_de_before_the_classifier_is_a_headless_relative():
    assert headless_relative("装在线监测的几座")
    assert headless_relative("其中建了在线监测系统的几座")
    assert headless_relative("换了安全冷媒的有几家")
    assert not headless_relative("几座水库")  # twin: the classifier's own noun follows
    assert not headless_relative("大型的几座")  # twin: a kind, no verb
    assert not headless_relative("整改了多少处")  # twin: a step, no 的-clause


@pytest.mark.parametrize("question, figures, absent", [
    ("徐州尾矿库有几座，装在线监测的几座？", ["尾矿库12座", "在线监测系统12座"], "45座"),
    ("徐州尾矿库多少座，其中建了在线监测系统的几座？", ["尾矿库12座", "在线监测系统12座"], "45座"),
    ("徐州露天矿山几座，装了边坡监测的几座？", ["49座", "边坡在线监测45座"], "在线监测系统12座"),  # twin: its own row
])
def test_a_later_part_takes_its_thing_from_the_part_before(extra_assistant, question, figures, absent):
    answer = extra_assistant.ask(question)
    assert not answer.refused, answer.answer
    text = answer.answer.replace(" ", "")
    for figure in figures:
        assert figure in text, answer.answer
    assert absent not in text, answer.answer

