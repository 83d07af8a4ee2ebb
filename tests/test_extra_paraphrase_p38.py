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
