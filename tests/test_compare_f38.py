"""Comparisons whose side names only a time, or shares a subject past a qualifier (round 38, helper f38).

Sentences of the extra issues (eval/extra_briefings/): 2025年第9期 一季度全省共发生生产安全事故268起、死亡231人;
2025年第4期 春节假期（1月28日至2月4日），全省共发生生产安全事故37起、死亡29人; 2026年第7期 1月份全省共发生生产
安全事故79起; 2026年第10期 今年1至2月，全省共发生生产安全事故96起.

A side that says only a holiday (…和春节假期比) kept its own words (春节, 假期), so it was not read as a side told
apart by its time alone and took no measure from the other side: its figure was refused. And the words a bare side
borrows were read from the whole question, the comparison's own 比 and 差多少 among them (比差), which no sentence says.
"""

from __future__ import annotations

import pytest

from rag_assistant.answer.measure import time_only
from rag_assistant.answer.understand import read_parts


def test_a_side_naming_only_a_holiday_or_a_span_is_a_time():
    assert time_only("春节假期")
    assert time_only("“五一”期间")
    assert time_only("今年以来至4月27日")
    assert time_only("截至3月底")
    assert not time_only("春节假期事故")  # twin: the holiday dates a noun of its own
    assert not time_only("全年计划改造的")  # twin: a time before an act
    assert not time_only("")


def test_a_bare_side_borrows_no_comparison_word():
    parts = read_parts("1月份全省事故起数和1至2月比差多少？", "compare", ())
    assert [p.text for p in parts] == ["1月份全省事故起数", "1至2月"]
    assert "事故" in parts[1].terms
    assert not any("比" in t or "差" in t for t in parts[1].terms), parts[1].terms


def test_a_holiday_side_takes_the_other_sides_measure():
    first, second = read_parts("一季度事故死亡人数和春节假期哪个多？", "compare", ())
    assert second.text == "春节假期"
    assert {"事故", "死亡"} <= set(second.terms), second.terms
    assert second.unit_class == first.unit_class == "people"


@pytest.mark.parametrize("question, figures", [
    ("一季度全省事故起数和春节假期比哪个多？", ("268起", "37起")),
    ("一季度事故死亡人数和春节假期哪个多？", ("231人", "29人")),
    ("1月份全省事故起数和1至2月比差多少？", ("79起", "96起", "17起")),
    ("今年以来至4月27日和一季度全省死亡人数差多少？", ("301人", "231人", "70人")),
    ("徐州小散矿山计划关闭的和已关闭的差几座？", ("6座", "4座", "2座")),
    ("启东实验室隐患发现的比整改的多多少？", ("1946处", "1872处", "74处")),
])
def test_a_time_only_side_is_answered_with_both_figures(extra_assistant, question, figures):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer and "无法比较" not in answer.answer, answer.answer
    body = answer.answer.split("\n[")[0]
    for figure in figures:
        assert figure in body, answer.answer


def test_a_qualifier_before_the_first_sides_verb_is_not_the_shared_subject():
    from rag_assistant.answer.sides import compare_sides
    assert compare_sides("徐州小散矿山计划关闭的和已关闭的差几座？") == ["徐州小散矿山计划关闭的", "徐州小散矿山已关闭的"]
    assert compare_sides("常熟电气隐患发现的和整改的哪个多？") == ["常熟电气隐患发现的", "常熟电气隐患整改的"]


def test_a_headless_relative_side_counts_the_head_of_its_subject():
    from rag_assistant.answer.sides import relative_head
    assert relative_head("启东实验室隐患发现的") == "隐患"  # not 实验室 (红色实验室37间)
    assert relative_head("徐州地下矿山查出的隐患") == ""  # twin: the side names its head after 的


def test_a_holiday_opening_a_side_is_no_part_of_its_measure():
    first, _ = read_parts("春节假期事故起数和死亡人数哪个多？", "compare", ())
    assert first.measure == "事故", first.measure


def test_a_side_with_its_own_noun_keeps_its_words(extra_assistant):
    # twin: both sides name their own thing; the holiday side reading must not blur them
    answer = extra_assistant.ask("徐州露天矿山和地下矿山哪个多？")
    assert "49座" in answer.answer and "9座" in answer.answer, answer.answer
