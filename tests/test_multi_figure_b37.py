"""Wrong or missing parts of figure questions on the extra issues (round 37, helper b37).

Sentences of the extra issues (eval/extra_briefings/): 2025年第33期 东海 四是推行帮扶清单，县财政安排补助资金320万元，
为小作坊免费配发灭火器1.5万具; 2025年第26期 江阴市财政为活动安排专项经费680万元 and 全省…完成化工装置自动化改造
1470套 (an article of 危险化学品), beside 2024年第8期 镇江 完成自动化、信息化改造 74 套; 2025年第24期 六合
排查整治管道隐患193处，已整改186处，其余7处纳入挂牌督办."""

from __future__ import annotations

import pytest

from rag_assistant.answer.act_verb import other_act
from rag_assistant.answer.match import money_paid
from rag_assistant.answer.word_said import other_kind_said

_DONGHAI = "县财政安排补助资金320万元"


def test_a_spending_verb_is_matched_by_money_a_budget_paid_out():
    assert money_paid("花", "四是推行帮扶清单，县财政安排补助资金320万元") == 0.7
    assert money_paid("花", "为小作坊免费配发灭火器1.5万具") == 0.0  # twin: no money named
    assert money_paid("检查", "县财政安排补助资金320万元") == 0.0  # twin: no spending verb asked


def test_a_funding_verb_is_a_form_of_the_asked_spending():
    assert not other_act("东海县里花了多少钱", _DONGHAI)
    # the funding reading is the spending question's only: another act still differs from a count's verb
    assert other_act("清退了多少家", "为21家养老机构加装自动喷水灭火系统")


def test_a_short_form_modifier_said_in_full_is_no_other_kind():
    article = "全省累计排查危险化学品企业6320家，完成化工装置自动化改造1470套"
    assert other_kind_said("危化品自动化", "完成化工装置自动化改造1470套", article) == ""
    other = "全省累计排查工贸企业6320家，完成化工装置自动化改造1470套"  # twin: the article never says it
    assert other_kind_said("危化品自动化", "完成化工装置自动化改造1470套", other) == "装置"


@pytest.mark.parametrize("question, figures", [
    ("东海发了多少灭火器，县里花了多少钱？", ("1.5万具", "320万元")),
    ("东海花了多少钱？", ("320万元",)),
    ("江阴财政花了多少钱？", ("680万元",)),
    ("赣榆区花了多少钱？", ("1.36亿元",)),
    ("宜兴窑炉企业装了多少报警装置，花了多少钱", ("2150套", "3650万元")),  # 市镇两级财政和企业共同出资
    ("清江浦区财政花了多少钱", ("860万元",)),
    ("六合排查管道隐患多少处，还有几处没整改？", ("193处", "7处")),
    ("危化品自动化改造了多少套？", ("1470套",)),
    ("全省危化品自动化改造了多少套？", ("1470套",)),
])
def test_the_extra_issues_answer_every_part(extra_assistant, question, figures):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    said = answer.answer.split("[1]")[0] if len(figures) == 1 else answer.answer
    for figure in figures:
        assert figure in said, answer.answer
    assert "2860万元" not in answer.answer and "74 套" not in answer.answer, answer.answer  # the other 江阴 / 镇江 article
