"""A town below the gazetteer's counties (盛泽镇, 新桥镇) named by a question: a 其中 clause that names only the town
counts the thing said before it (全区…纺织企业1.26万家，其中盛泽镇8700余家: 8700 are 纺织企业), and the district's
whole does not answer the town's count when the sentence gives the town's own figure."""

from __future__ import annotations

from rag_assistant.answer.counted import elided_antecedent
from rag_assistant.numbers import contains_figure, extract_figures


def test_a_town_clause_counts_the_thing_said_before_it():
    sentence = "全市共有化工企业500家，其中新桥镇40家。"
    f = next(g for g in extract_figures(sentence) if g.value == 40)
    assert elided_antecedent(sentence, sentence.find("其中"), f, "") == "全市共有化工企业500家，"
    # a clause naming its own thing keeps it: 其中重大隐患12处 counts 隐患
    sentence = "排查隐患300处，其中重大隐患12处。"
    f = next(g for g in extract_figures(sentence) if g.value == 12)
    assert elided_antecedent(sentence, sentence.find("其中"), f, "隐患") == ""


def test_the_towns_share_not_the_districts_whole(extra_assistant):
    a = extra_assistant.ask("盛泽镇那边纺织企业多少家？")
    assert contains_figure(a.answer, "8700余家") and not contains_figure(a.answer, "1.26万家"), a.answer
    a = extra_assistant.ask("吴江全区纺织企业多少家？")  # its twin: the district asks the whole
    assert contains_figure(a.answer, "1.26万家"), a.answer
