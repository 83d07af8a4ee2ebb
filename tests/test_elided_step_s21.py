"""A later ask that says only a step and no classifier (上报了多少处隐患？处置了多少？) counts the things the part
before counts, in its classifier (rag_assistant/answer/elided.py, elided_asks). Steps that act on those things
(发现 → 整改 → 处置 → 销号, 排查 → 关停) carry the noun and the classifier; money, fines and persons (投入, 罚, 抓)
are measures of their own and carry nothing. On the real extra briefings (2025年第30期 沛县, 2026年第3期 泰州,
2025年第4期 江阴)."""

from __future__ import annotations

import pytest
from support import squash

from rag_assistant.answer.understand import read_parts


@pytest.mark.parametrize("question,step", [
    ("网格员上报了多少处隐患？处置了多少？", "处置了多少"),
    ("发现了多少条隐患？整改了多少？", "整改了多少"),
    ("排查了多少家企业？关停了多少？", "关停了多少"),
])
def test_a_step_only_ask_counts_the_things_counted_before(question, step):
    first, second = read_parts(question, "figure", ())
    assert second.text == step
    assert (second.measure, second.unit, second.unit_class) == (first.measure, first.unit, "count")


@pytest.mark.parametrize("question", [
    "排查了多少家企业？投入了多少？",  # money spent: its own measure
    "查处了多少家企业？罚了多少？",  # a fine
    "发现了多少条隐患？巡查了多少次？",  # its own classifier
    "南通发现了多少条隐患？盐城整改了多少？",  # its own place
])
def test_other_measures_carry_nothing(question):
    first, second = read_parts(question, "figure", ("南通", "盐城"))
    assert not (second.measure == first.measure and second.unit == first.unit and second.unit_class == "count")


@pytest.mark.parametrize("question,figures,not_this", [
    ("沛县农村自建房“巡查码”，网格员上报了多少处隐患？处置了多少？", ("两千一百余处", "一千九百余处"), ""),
    ("泰州建筑施工专项检查发现了多少条隐患？整改了多少？", ("9650条", "9482条"), "26家"),
    ("江阴危险货物码头排查问题隐患多少处？整改了多少？", ("1284处", "1239处"), ""),
    # twins: a later ask with its own measure keeps it
    ("泰州建筑施工专项检查发现了多少条隐患？暂扣了几家企业的许可证？", ("9650条", "26家"), ""),
    ("沛县网格员上报了多少处隐患？扫码巡查了多少次？", ("两千一百余处", "九万余次"), ""),
])
def test_both_asks_are_answered_from_their_own_clauses(extra_assistant, question, figures, not_this):
    a = extra_assistant.ask(question)
    text = squash(a.answer)
    assert not a.refused and a.citations, a.answer
    assert all(f in text for f in figures), a.answer
    assert not not_this or not_this not in text, a.answer
