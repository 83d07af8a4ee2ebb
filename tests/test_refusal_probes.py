"""Figure questions the briefings answer only in part: another period, a plan asked as done, a ranking the
text does not give. Each declines (a partial answer that gives no figure as the answer), while its
answerable twin is still answered. Real briefings, real index."""

from __future__ import annotations

import pytest

from support import BUNDLED
from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure


@pytest.mark.parametrize("question", [
    "扬州今年5月份查处了多少件案子？",  # 截至目前 703件: a cumulative, not May's
    "无锡下半年巡察交办了多少个立行立改事项？",  # the article is the 上半年 巡察
    "南通打非治违去年排查了多少家企业？",  # 截至当前 31933家
])
def test_a_figure_of_another_period_is_not_given_as_the_asked_one(assistant, question):
    a = assistant.ask(question)
    assert declines(a.answer), a.answer


@pytest.mark.parametrize("question,figure", [
    ("无锡上半年巡察交办了多少个立行立改事项？", "2178个"),  # 今年上半年 in the article's lead dates it
    ("25年6月那期里宿迁已经发放的隐患奖励是多少？", "23.47万元"),  # 6月那期 names the issue, not a period
])
def test_a_period_the_article_states_is_answered(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


def test_a_plan_is_not_given_as_what_was_actually_done(assistant):
    a = assistant.ask("滨海县实际组织了多少次业务培训班？")
    assert declines(a.answer), a.answer
    b = assistant.ask("滨海县计划组织多少次业务培训班？")
    assert not b.refused and contains_figure(b.answer, "50余次"), b.answer


@pytest.mark.parametrize("question", [
    "靖江哪个乡镇划分的巡查单元最多？",  # the text lists unit types, not towns
    "南通打非治违整治的违规行为里最多的是哪一类？",  # 12 类违规行为, no ranking
])
def test_a_ranking_the_text_does_not_give_is_declined(assistant, question):
    a = assistant.ask(question)
    assert declines(a.answer) and "最多。" not in a.answer, a.answer


def test_a_ranking_of_the_listed_kinds_is_answered(assistant):
    a = assistant.ask("靖江划分的巡查单元里哪一类最少？")
    assert not a.refused and a.answer.startswith("行业巡查单元 136 个，最少"), a.answer


def test_a_colloquial_verb_complement_does_not_hide_the_figure(assistant):
    a = assistant.ask("无锡上半年专项巡察查出来多少个问题？")
    assert not a.refused and contains_figure(a.answer, "84个"), a.answer


def test_pay_is_money_and_a_head_count_does_not_answer_it(assistant):
    a = assistant.ask("南通安全巡查员的工资是多少？")
    assert declines(a.answer) and not contains_figure(a.answer.split("；")[0], "6758人"), a.answer


def test_a_ranking_of_single_cases_the_text_does_not_give_is_declined(assistant):
    a = assistant.ask("扬州立案查处的案件里罚款最多的是哪一起？")  # only a total 282.87万元
    assert declines(a.answer), a.answer


@pytest.mark.parametrize("question,figure", [
    ("南通安全巡查员有多少名？", None),  # 有 before the question word is not glued to the noun (员有)
    ("靖江巡查员有几个人？", "declines"),  # the asked noun stands before 几个人; 1名分管负责人 is another thing
])
def test_the_noun_before_have_and_the_question_word_is_the_measure(assistant, question, figure):
    a = assistant.ask(question)
    if figure == "declines":
        assert declines(a.answer), a.answer
    else:
        assert not a.refused and (contains_figure(a.answer, "7500余名") or contains_figure(a.answer, "6758人")), a.answer


def test_a_plan_is_only_answered_by_a_planned_figure(assistant):
    a = assistant.ask("苏州计划建多少家企业体验馆？")  # 建成…105家企业体验馆 is done, not planned
    assert declines(a.answer), a.answer
    b = assistant.ask("滨海县今年计划要培训多少人次？")  # 全年计划组织…50 余次、人员 3000 余人次
    assert not b.refused and contains_figure(b.answer, "3000余人次"), b.answer


def test_two_kinds_of_person_sharing_only_a_suffix_are_not_one_measure(assistant):
    a = assistant.ask("南通打非治违的联合检查组有多少名成员？")  # 8 部门组成; 1.2 万名基层网格员 are not its members
    assert declines(a.answer) and not contains_figure(a.answer.split("；")[0], "1.2万名"), a.answer


@pytest.mark.parametrize("question,said", [
    ("连云港安全协管员的平均年龄是多少？", "连云港安全协管员的平均年龄；"),  # not 平均年龄的人数
    ("靖江的工作专班是几月份成立的？", "靖江的工作专班成立的时间；"),  # not 专班是份成立的的时间
])
def test_a_partial_answer_names_the_asked_measure_in_the_question_s_words(assistant, question, said):
    a = assistant.ask(question)
    assert declines(a.answer) and a.answer.startswith(f"简报未给出{said}"), a.answer


def test_a_figure_the_question_states_is_not_the_answer_to_it(assistant):
    text = "".join((BUNDLED / "002_ca7909b6935f5c44.txt").read_text(encoding="utf-8").split())
    assert "“四化”实施意见的78项重点任务清单" in text and "1929个村居（社区）的突发事件现场处置方案已经全部完成" in text
    a = assistant.ask("南通四化实施的78项重点任务已经完成了多少项？")  # the text gives the plan's size only
    assert a.refused and a.answer.startswith("简报未给出") and "1929" not in a.answer, a.answer


@pytest.mark.parametrize("question,figure", [
    ("全市103个镇街中有多少个明确了副书记（主任）主管安全？", "103个"),  # 103个镇街全部明确: all of them
    ("南通打非治违一共排查了多少家企业？", "31933家"),  # no figure stated: unchanged
])
def test_a_stated_figure_the_text_says_all_of_is_still_the_answer(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer
