"""Paraphrases of answered extra-issue figure questions that were refused (round 38, helper p38).

Sentences of the extra issues (eval/extra_briefings/): 2025年第24期 吴江 对私拉乱接的，限期3日内整改到位;
2024年第27期 盱眙 对龙虾节开幕式、万人龙虾宴等17项大型活动
逐项制定安全工作方案，…对2项方案提出修改意见后方才批准."""

from __future__ import annotations

import pytest

from rag_assistant.answer.measure import asked_class, headless_subject


def test_days_after_a_time_limit_word_ask_a_span_not_a_day_of_the_month():
    assert asked_class("吴江私拉乱接限期几日整改") == ("天", "duration")
    assert asked_class("限期多少日整改") == ("天", "duration")
    assert asked_class("几日内整改") == ("天", "duration")
    assert asked_class("几日召开的") == ("日", "date")  # twin: no time-limit word, a day of the month


def test_a_headless_clause_counts_its_subject_whatever_jieba_tags_its_head():
    assert headless_subject("大丰养老院装自动喷淋的") == "养老院"  # 养老院 is tagged nr
    assert headless_subject("化工企业建立报告制度的") == "化工企业"
    assert headless_subject("建立报告制度的") == ""  # twin: no subject before the verb


@pytest.mark.parametrize("question, figure", [
    ("吴江私拉乱接限期几日整改", "3日"),
    ("龙虾节大型活动制定安全方案的有几项", "17项"),
])
def test_paraphrased_figure_questions_are_answered(extra_assistant, question, figure):
    answer = extra_assistant.ask(question)
    assert not answer.refused
    assert figure in answer.answer


def test_a_verb_before_the_counted_noun_is_no_kind_the_part_clause_splits_off():
    from rag_assistant.answer.understand import read_parts
    from rag_assistant.answer.whole_part import subset_unnamed
    from rag_assistant.numbers import extract_figures

    sentence = "今年一季度，全市危化品企业累计排查隐患 5821 条，同比增长 17.4%，其中重大事故隐患 9 条，已全部挂牌督办。"
    figures = extract_figures(sentence)
    f = next(g for g in figures if g.surface.startswith("5821"))
    end = sentence.index("，", f.end)
    part = read_parts("镇江危化企业一季度查出隐患几条", "figure", ["镇江"])[0]
    assert not subset_unnamed(part.text, part.terms, part.measure, sentence, f, figures, end)
    # twin: a noun before the counted noun names a kind the sentence never says
    assert subset_unnamed("镇江企业一季度消防隐患几条", ("企业", "消防", "隐患"), "隐患", sentence, f, figures, end)
