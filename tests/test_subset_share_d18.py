"""A later part asked as a bare 占多少 (省级占多少, 重大事故隐患占多少) after a part asking an amount names no whole:
it asks the part of that amount, which the text gives as a subset (其中重大事故隐患115条) or as a share; a ratio
asked by its noun (整改率多少) or of a named whole (占全省的多少) stays a ratio."""

from __future__ import annotations

from rag_assistant.answer.measure import asked_class, subset_class
from rag_assistant.numbers import contains_figure


def test_a_bare_share_after_an_amount_asks_the_amount_or_a_share():
    assert subset_class("露天矿山占多少", "ratio", "count") == "count|ratio"
    assert subset_class("省级占多少", "ratio", "") == ""  # the first part names no class: any figure
    assert subset_class("整改率多少", "ratio", "count") == "ratio"  # the ratio noun says it
    assert subset_class("省级占全省的多少", "ratio", "money") == "ratio"  # a whole is named: a share of it
    assert subset_class("同比降了多少", "", "count") == ""
    assert asked_class("省级占多少") == ("%", "ratio")  # alone, with no part before it, a share


def test_the_subset_of_the_first_parts_figure_is_answered(assistant):
    a = assistant.ask("南通推动企业查改隐患多少条？重大事故隐患占多少")
    assert not a.refused and contains_figure(a.answer, "36975条") and contains_figure(a.answer, "115条"), a.answer


def test_a_ratio_asked_by_its_noun_keeps_the_percentage(extra_assistant):
    a = extra_assistant.ask("常熟纺织企业发现电气隐患多少处？整改率多少")
    assert contains_figure(a.answer, "8940处") and contains_figure(a.answer, "97.4%"), a.answer
    a = extra_assistant.ask("大丰区养老机构有多少家？农村敬老院占多少")
    assert contains_figure(a.answer, "47家") and contains_figure(a.answer, "19家"), a.answer
