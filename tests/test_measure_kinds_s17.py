"""What a figure question counts: a bare 多少块 is money only when money is said or nothing is counted
(警示标识设了多少块 counts 块, 罚了几万块 is money); a figure in 类/种 counts kinds, never the things of one kind
(海门C类企业有多少家 is not 分为A、B、C三类); a count of people answers a casualty question only when its clause says
the casualty (死了几个人 is not 参与人员1.1万人次). Probes written from the extra briefings, none an eval item."""

from __future__ import annotations

from rag_assistant.answer.measure import asked_class
from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure


def test_a_bare_kuai_is_money_only_when_money_is_said():
    assert asked_class("扬州警示标识设了多少块") == ("块", "count")
    assert asked_class("扬州有限空间警示标识多少块") == ("块", "count")
    assert asked_class("海门托管补助每家多少块") == ("元", "money")
    assert asked_class("罚了几万块") == ("元", "money")
    assert asked_class("一共多少块") == ("元", "money")


def test_a_count_of_kinds_does_not_count_the_things(extra_assistant):
    a = extra_assistant.ask("海门C类企业有多少家？")
    assert "三类" not in a.answer.split("简报提到")[0], a.answer


def test_a_casualty_count_must_be_said_by_its_clause(extra_assistant):
    a = extra_assistant.ask("扬州有限空间作业事故25年死了几个人？")
    assert not contains_figure(a.answer, "1.1万人次") and declines(a.answer), a.answer
    a = extra_assistant.ask("26年1月全省事故死了多少人？")  # its twin: 死亡68人 says the deaths
    assert contains_figure(a.answer, "68人") and not declines(a.answer), a.answer


def test_a_counted_kuai_finds_its_figure(extra_assistant):
    a = extra_assistant.ask("扬州警示标识设了多少块？")
    assert contains_figure(a.answer, "1.38万块") and not declines(a.answer), a.answer
