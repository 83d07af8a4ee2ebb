"""Single-figure questions answered with the figure of the asked thing and year (round 30, helper f).

Sentences of the synthetic extra issues (eval/extra_briefings/): 2026年第10期 句容市地处宁镇山脉，有Ａ级旅游景区23家、
乡村旅游点186个 … 截至3月15日，句容市已完成19家Ａ级景区安全复查 (a stock said by a clause opening with a bare 有, and
an acting subset); 2026年第3期 2025年全省共发生生产安全事故1036起…全年完成重大事故隐患整改4270项，省级安排安全生产
专项资金18.6亿元 (the year before, reviewed in a 2026 issue); 2026年第7期 省级今年将安排安全生产专项资金2.4亿元."""

from __future__ import annotations

from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.other_year import other_year_figure
from rag_assistant.answer.place_edge import without_place_edge
from rag_assistant.answer.stock import asks_stock, stock_fit


def test_a_place_at_either_edge_of_the_noun_is_no_part_of_it():
    assert measure_of("句容A级景区多少家") == "A级景区"
    assert measure_of("A级景区句容一共有多少") == "A级景区"
    assert measure_of("金坛锂电企业多少家") == "锂电企业"
    assert without_place_edge("句容") == "句容"  # the place alone stays
    assert without_place_edge("化工企业") == "化工企业"  # twin: no place, nothing cut


def test_a_bare_noun_question_and_a_bare_have_clause_read_the_stock():
    assert asks_stock("句容A级景区多少家")
    assert not asks_stock("句容完成了几家A级景区复查")  # twin: an act asked
    assert not asks_stock("化工企业检查多少家")  # twin: a verbal noun right before the question word is the act
    assert stock_fit("句容A级景区多少家", "有A级旅游景区") > 1.0
    assert stock_fit("句容A级景区多少家", "有效处置") == 1.0  # 有效 is no 有


def test_a_figure_of_another_stated_year_is_not_of_the_asked_year():
    said = "会议指出，2025年全省共发生生产安全事故1036起"
    assert other_year_figure("2026年全省发生了多少起生产安全事故", "", said)
    assert not other_year_figure("2025年全省生产安全事故多少起", "", said)  # twin: the stated year asked
    assert not other_year_figure("全省发生了多少起生产安全事故", "", said)  # no year asked
    assert not other_year_figure("2026年无锡约谈了几家", "", "2025年以来，无锡市…约谈47家")  # a span into the year
    whole = "全年完成重大事故隐患整改4270项，省级安排安全生产专项资金18.6亿元"
    assert other_year_figure("2026年省里安全生产专项资金安排多少", "会议指出，2025年全省共发生生产安全事故1036起。", whole)
    assert not other_year_figure("2025年省级安排了多少安全生产专项资金", "会议指出，2025年全省共发生…。", whole)


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("句容A级景区多少家", "23家", "19家"),
                                 ("A级景区句容一共有多少", "23家", "19家"),
                                 ("句容有几个A级旅游景区？", "23家", "19家"),
                                 ("句容完成了几家A级景区复查", "19家", "23家"),
                                 ("截至3月15号句容复查完了多少家A级景区", "19家", "23家"),
                                 ("句容乡村旅游点有多少个", "186个", ""),
                                 ("2026年省里安全生产专项资金安排多少", "2.4亿元", "18.6亿元"),
                                 ("2025年省级安排了多少安全生产专项资金", "18.6亿元", ""),
                                 ("2025年全省生产安全事故多少起", "1036起", ""),
                                 ("2026年全省发生了多少起生产安全事故", "", "1036起")):
        a = extra_assistant.ask(question).answer
        assert (not has or has in a) and (not lacks or lacks not in a.split("简报提到")[0]), (question, a)
