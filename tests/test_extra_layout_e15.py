"""Figure questions over the extra issues' own layouts and wordings (helper e15): a text table whose cells are apart
by runs of spaces, a later part naming another row than the first, a 其中 kind named by a verbal noun, a follow-up
naming a new place and sector after a money question, and a count of editions (46 期) asked as 几回."""

from __future__ import annotations

from rag_assistant.answer.condense import _predicate
from rag_assistant.answer.support import asked_steps
from rag_assistant.answer.tables import column_header, is_row, table_context
from rag_assistant.answer.understand import _unreplaced


def test_a_row_typed_with_wide_gaps_is_a_table_row_under_its_header():
    said = ["全市非煤矿山监测监控建设情况（截至3月底）", "类别\u3000\u3000\u3000\u3000数量\u3000\u3000\u3000\u3000已建成系统"]
    row = "露天矿山\u3000\u300049座\u3000\u3000\u3000\u3000边坡在线监测45座"
    assert is_row(row) and not is_row("今年以来，全市  共排查隐患 5821 条，同比增长 17.4%。")
    context = table_context(row, said)
    assert "已建成系统" in context
    assert column_header(row, context, row.index("45")) == "已建成系统"
    assert column_header(row, context, row.index("49")) == "数量"


def test_a_later_part_naming_another_row_does_not_borrow_the_first_rows_name():
    assert _unreplaced(("新河", "新河镇", "整改"), "庙头镇排查了多少处") == ("整改",)
    assert _unreplaced(("春节", "假期"), "查了多少家次企业") == ("春节", "假期")


def test_a_verbal_noun_before_de_names_a_kind_not_an_earlier_step():
    assert asked_steps("江都九小场所里违规用大功率电器的隐患查出来多少处")[1] == ()
    assert asked_steps("生成的异常预警信息核查属实了多少条") == ("属实", ("生成",))


def test_the_predicate_of_a_figure_question_carries_to_a_new_place_and_sector():
    assert _predicate("常州工贸执法一共罚了多少钱？") == "罚了多少钱"
    assert _predicate("多少钱？") == ""


def test_extra_issue_figures_end_to_end(extra_assistant):
    cases = (
        ("徐州露天矿山建成边坡在线监测的有几座？", (), "45座"),
        ("新河镇已整改多少处？庙头镇排查了多少处？", (), "760"),
        ("江都九小场所里违规用大功率电器的隐患查出来多少处啊？", (), "2140"),
        ("那镇江危化领域呢？", ("常州工贸执法一共罚了多少钱？",), "213.8"),
        ("盐城那个渔船动态监控平台今年发了几回大风预警？", (), "46"),
    )
    for question, history, figure in cases:
        a = extra_assistant.ask(question, list(history))
        assert not a.refused and figure in a.answer.replace(" ", ""), (question, a.answer)


def test_a_verb_with_its_own_object_fronts_no_counted_noun():
    from rag_assistant.answer.support import patient_noun
    assert patient_noun("连云港平台推送预警多少条") == ""
    assert patient_noun("重大隐患整改了多少项") == "重大隐患"
    assert patient_noun("生成的异常预警信息核查属实了多少条") == "异常预警信息"


def test_a_vague_change_is_asked_as_a_change_figure_and_events_are_a_count_kind():
    from rag_assistant.text import normalize_question
    from rag_assistant.units import same_count_kind, unit_class
    assert normalize_question("25年罚没款多少亿，同比咋样？").endswith("同比变化多少？")
    assert not same_count_kind("辆", "起") and same_count_kind("件", "起")
    from rag_assistant.answer.measure import asked_class
    assert asked_class("南京要投资多少亿改造管网")[1] == "money" and unit_class("亿元") == "money"


def test_extra_issue_wordings_end_to_end(extra_assistant):
    cases = (
        ("连云港平台推送预警多少条？", "3467条"),
        ("25年移送司法机关多少起，同比咋样？", "15.6%"),
        ("南京危化品运输车多少辆？", "5230辆"),
        ("南京要投资多少亿改造管网？", "5.8亿元"),
    )
    for question, figure in cases:
        a = extra_assistant.ask(question)
        assert not a.refused and "未给出" not in a.answer and figure in a.answer.replace(" ", ""), (question, a.answer)


def test_what_a_search_found_reads_as_the_search():
    from rag_assistant.answer.match import resultative
    # the search verb alone says half of 查出; 发现 says its result too (发现并整改隐患3.8万余处)
    assert resultative("查出", "共排查隐患5270处") == 0.5 and resultative("查出", "共排查发现隐患5270处") == 1.0
    assert resultative("达到", "整改率达92.6%") == 0.0 and resultative("支出", "组建救援分队 7 支") == 0.0


def test_a_colloquial_found_is_not_refused_end_to_end(extra_assistant):
    for question, figure in (("沭阳查出多少处隐患？", "5270处"), ("泰州查出多少条隐患？", "9650条"),
                             ("镇江查出来多少项问题？", "312项")):
        a = extra_assistant.ask(question)
        assert not a.refused and "未给出" not in a.answer and figure in a.answer.replace(" ", ""), (question, a.answer)


def test_ship_visits_are_a_times_unit():
    from rag_assistant.numbers import extract_figures
    assert [f.unit for f in extract_figures("检查 1890 艘次，提醒 1.3 万艘次，共5艘")] == ["艘次", "艘次", "艘"]


def test_an_approximation_between_noun_and_figure_keeps_the_noun(extra_assistant):
    from rag_assistant.nouns import counted_noun
    s = "其中运行超过20年的老旧管网约3100公里。"
    assert counted_noun(s, s.index("3100"), s.index("3100") + 6) == "管网"
    a = extra_assistant.ask("南京老旧管网多少公里？")
    assert "3100公里" in a.answer and "1200公里" not in a.answer, a.answer
