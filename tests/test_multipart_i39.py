"""A later part that asks in words of its own and ends with 呢 (round 39, helper i39).

extra_2025_30.pdf (丹阳): 排查发现隐患八千六百余处，目前已整改百分之九十以上. In 丹阳排查出多少处隐患？现在整改了多少呢？
the second part says its own verb and 多少: its 呢 only softens the ask, so it is no elliptic ``X呢`` and borrows no
unit (处) from the first part (predicate.borrows_unit); borrowing 处 missed the printed percentage."""

from __future__ import annotations

import pytest

from rag_assistant.answer.predicate import borrows_unit


def test_a_part_with_its_own_ask_and_a_particle_borrows_no_unit():
    assert not borrows_unit("figure", "现在整改了多少呢", [True])
    assert not borrows_unit("figure", "现在整改了多少", [True])  # twin: the same without 呢


def test_a_bare_elliptic_part_still_borrows():
    assert borrows_unit("figure", "巡查单元呢", [True])  # twin: X呢 asks the first part's quantity
    assert borrows_unit("figure", "已整改呢", [True])


@pytest.mark.parametrize("question, figures", [
    ("丹阳排查出多少处隐患？现在整改了多少呢？", ("八千六百余处", "百分之九十以上")),
    ("丹阳组建了多少个检查小组？排查发现隐患多少呢？", ("四十六个", "八千六百余处")),
    ("海门帮助企业排查隐患多少条？整改率是多少呢？", ("2.3万条", "96.4%")),
    ("常熟发现电气隐患多少处？已经整改了多少呢？", ("8940处", "8712处")),
])
def test_both_parts_answered(extra_assistant, question, figures):
    answer = extra_assistant.ask(question)
    assert not answer.refused
    body = answer.answer.replace(" ", "")
    for figure in figures:
        assert figure in body, (figure, answer.answer)


def test_an_elided_part_before_the_full_ask_is_split_after_it():
    from rag_assistant.answer.segments import segments
    assert segments("危化的呢，苏州生产企业有多少家？") == ["苏州生产企业有多少家", "危化的呢"]
    assert segments("苏州生产企业有多少家，危化的呢？") == ["苏州生产企业有多少家", "危化的呢"]  # twin: said after


@pytest.mark.parametrize("question, figures", [
    ("其中重大事故隐患呢，南通危化企业查改隐患累计多少条？", ("36975条", "115条")),
    ("危化的呢，苏州生产企业有多少家？", ("80902家", "548家")),
])
def test_an_elided_part_said_first_is_answered_too(assistant, question, figures):
    answer = assistant.ask(question)
    assert not answer.refused
    body = answer.answer.replace(" ", "")
    for figure in figures:
        assert figure in body, (figure, answer.answer)
