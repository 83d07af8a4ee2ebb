"""A change against the period before asked in the words of a comparison (比去年多了多少, 跟去年比少了多少, 和去年相比降了
多少, 较上年减少了多少) asks the change the briefings print (同比增长18.3%, 比上年增加600万元): it is a figure question
with the 同比 qualifier, not a comparison with a side 去年 (which ended in 简报未给出去年的金额。无法比较), and 去年 is the
base of the change, not the period the figure must be of (which ended in 简报未给出…比去年降的数字 before the very
figure). Twins: a level asked is not answered by the change, a change the text does not give keeps its note, a real
comparison (A和B哪个多) stays one, and 去年同期呢 still asks the figure of the year before.

Real sentences of the extra issues (eval/extra_briefings/): 2026年第10期 省财政今年安排森林防灭火专项资金4800万元，比上年
增加600万元; 句容 共接待游客112.6万人次，同比增长18.3％; 森林火情7起，过火面积26.4公顷，同比下降41.6％; 2025年第9期
一季度…生产安全事故268起、死亡231人，同比分别下降12.4%和9.8%; 2025年第26期 完成化工装置自动化改造1470套，同比增长
18.6%; 2025年第9期 淮安 城镇燃气经营企业43家 (no change); 2025年第4期 大丰区 养老机构47家…农村敬老院19家."""

from __future__ import annotations

import pytest

from rag_assistant.answer.lexicon import asked_qualifiers
from rag_assistant.answer.prior_change import asks_prior_change
from rag_assistant.answer.scope import asked_periods


@pytest.mark.parametrize("question", ["省财政今年森林防灭火专项资金比去年多了多少？", "跟去年比少了多少", "和上年相比降了多少个百分点",
                                      "较去年同期增长了几成", "比上一年又增加了多少家"])
def test_a_change_against_the_year_before_is_read_as_the_change(question):
    assert asks_prior_change(question)
    assert "同比" in asked_qualifiers(question)
    assert "去年" not in asked_periods(question)


@pytest.mark.parametrize("question", ["2025年比2024年多了多少起？", "大丰区养老机构和农村敬老院哪个多？", "南京去年处置了多少起管网险情？",
                                      "去年同期呢？"])
def test_no_change_is_read_where_none_is_asked_against_the_year_before(question):
    assert not asks_prior_change(question)
    assert "同比" not in asked_qualifiers(question)


def test_the_year_before_asked_as_a_period_stays_the_period():
    assert asked_periods("南京去年处置了多少起管网险情？") == ("去年",)


@pytest.mark.parametrize("question, figure", [
    ("省财政今年森林防灭火专项资金比去年多了多少？", "600万元"),
    ("句容今年春节接待游客比去年多了多少？", "18.3%"),
    ("25年一季度全省生产安全事故比去年少了多少？", "12.4%"),
    ("今年1至2月全省森林火情过火面积比去年降了多少？", "41.6%"),
    ("常州工贸行业前三季度事故起数和去年相比降了多少？", "21.4%"),
])
def test_the_printed_change_answers_without_a_note(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert a.understood is not None and a.understood.kind == "figure", a.understood
    assert figure in a.answer, a.answer
    assert "简报未给出" not in a.answer and "无法比较" not in a.answer and "不能直接比较" not in a.answer, a.answer


@pytest.mark.parametrize("question, level, change", [
    ("省财政今年安排了多少森林防灭火资金？比去年多了多少？", "4800万元", "600万元"),
    ("全省化工装置自动化改造完成了多少套？比去年多了多少？", "1470套", "18.6%"),
])
def test_a_level_then_its_change_gives_both(extra_assistant, question, level, change):
    a = extra_assistant.ask(question)
    assert level in a.answer and change in a.answer, a.answer
    assert "无法比较" not in a.answer and "简报未给出" not in a.answer, a.answer


def test_a_change_after_a_turn_asks_that_turns_change(extra_assistant):
    a = extra_assistant.ask("比去年多了多少？", history=["句容今年春节接待了多少游客？"])
    assert "18.3%" in a.answer and "无法比较" not in a.answer and "简报未给出" not in a.answer, a.answer


def test_twins_keep_their_answers(extra_assistant):
    level = extra_assistant.ask("省财政今年安排森林防灭火专项资金多少？")
    assert "4800万元" in level.answer and "600万元" not in level.answer, level.answer  # a level is not the change
    visitors = extra_assistant.ask("句容今年春节接待了多少游客？")
    assert "112.6万人次" in visitors.answer, visitors.answer
    unsaid = extra_assistant.ask("淮安城镇燃气经营企业比去年多了几家？")
    assert unsaid.answer.startswith("简报未给出"), unsaid.answer  # no change printed: the note stays
    compared = extra_assistant.ask("大丰区养老机构和农村敬老院哪个多？")
    assert compared.understood.kind == "compare" and "多于" in compared.answer, compared.answer


def test_a_change_clause_shares_the_predicate_of_the_clause_before(extra_assistant):
    # 2026年第3期 南京: 全年查处危化品运输车辆违法行为2347起，同比下降18.3% — 查处 is said of the change too
    a = extra_assistant.ask("南京危化品运输违法行为查处数较上年减少了多少？")
    assert "18.3%" in a.answer and "简报未给出" not in a.answer, a.answer


@pytest.mark.parametrize("question, figure", [("赣榆区专家诊断团队有多少人？", "42名"),
                                              ("常熟纺织服装企业有多少名从业人员？", "21万人")])
def test_one_person_counted_as_名_or_人_answers_without_a_note(extra_assistant, question, figure):
    # 2025年第20期 赣榆: 组建由42名行业专家组成的诊断团队; 2025年第12期 常熟: 从业人员约21万人
    a = extra_assistant.ask(question)
    assert figure in a.answer and "简报未给出" not in a.answer, a.answer


def test_people_of_an_unsaid_kind_keep_the_note(extra_assistant):
    a = extra_assistant.ask("赣榆区诊断团队里有多少名高级工程师？")
    assert a.answer.startswith("简报未给出"), a.answer


@pytest.mark.parametrize("question, asked", [("过火面积降了多少", True), ("游客涨了几成", True), ("降了几个百分点", True),
                                             ("事故减少了多少？", True), ("减少了多少起事故", False), ("下降了多少家", False),
                                             ("增加了多少个监测点", False)])
def test_a_bare_verb_of_rise_or_fall_asks_the_change(question, asked):
    from rag_assistant.answer.prior_change import asks_change
    assert asks_change(question) is asked
    assert ("同比" in asked_qualifiers(question)) is asked


def test_a_bare_fall_is_answered_by_the_change_not_the_level(extra_assistant):
    # 2026年第10期: 过火面积26.4公顷，同比下降41.6％ — 降了多少 asks 41.6%, not the 26.4公顷 level
    a = extra_assistant.ask("今年1至2月全省森林火情过火面积降了多少？")
    assert "41.6%" in a.answer and "简报未给出" not in a.answer, a.answer
    level = extra_assistant.ask("今年1至2月全省森林火情过火面积是多少？")
    assert "26.4公顷" in level.answer, level.answer


@pytest.mark.parametrize("question, changes", [
    ("今年1到2月全省事故起数和死亡人数同比分别降了多少？", ("12.7%", "9.8%")),
    ("25年一季度全省事故起数和死亡人数分别降了多少？", ("12.4%", "9.8%")),
])
def test_a_first_change_part_keeps_its_own_class(extra_assistant, question, changes):
    # a change keeps the class of the part before it; the first part has none (事故起数 asks no 人 of 死亡人数)
    a = extra_assistant.ask(question)
    assert all(c in a.answer for c in changes) and "简报未给出" not in a.answer, a.answer
