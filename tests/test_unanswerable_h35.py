"""Questions the five bundled briefings cannot answer, and their answerable twins (round 35, helper h35).

无锡's 2025年第16期 article reports the 专项巡察 done, with no plan sentence; 徐州's 专刊 article closes with
下一步，徐州市应急管理系统将纵深开展“四个回头看”. 南通's 2025年第14期 sentence lists 全市累计排查企业 31933 家，精准识别
化工生产企业 248 家、医药生产企业 121 家 (kinds of 企业, no 县); 靖江 lists 工业巡查单元 268 个…住宅巡查单元 942 个
for the whole city (kinds of 巡查单元, no 镇街)."""

from __future__ import annotations

from rag_assistant.answer.extreme import which_noun
from rag_assistant.answer.plan_year import asked_offset


def test_a_level_word_after_which_is_the_ranked_noun():
    assert which_noun("南通哪个县排查企业最多") == "县"
    assert which_noun("靖江哪个镇街巡查单元最多") == "镇街"
    assert which_noun("哪个部门问题最多") == "部门"
    assert which_noun("哪类巡查单元最多") == "巡查单元"  # twin: a kind, no level
    assert which_noun("哪个市场主体最多") == "市场主体"  # twin: 市 of 市场 is no word of its own
    assert which_noun("哪个镇街最多") == "镇街"


def test_a_later_year_is_asked_only_by_its_word():
    assert asked_offset("无锡明年巡察有啥计划") == 1
    assert asked_offset("无锡下一步有啥打算") is None  # twin: 下一步 names no year; its answer keeps the points


def test_a_later_year_without_a_stated_plan_is_refused(assistant):
    for question in ("无锡明年巡察有啥计划", "宿迁明年有啥打算"):
        a = assistant.ask(question)
        assert a.refused, question
        assert "明年的计划或打算" in a.answer
    twin = assistant.ask("徐州明年有啥打算")  # the article states its 下一步
    assert not twin.refused
    assert "四个回头看" in twin.answer


def test_a_next_step_question_still_gets_the_points(assistant):
    a = assistant.ask("无锡下一步有啥打算")
    assert not a.refused
    assert "1600余处" in a.answer.replace(" ", "")


def test_a_superlative_over_an_unlisted_level_is_not_answered(assistant):
    for question, level in (("南通哪个县排查企业最多", "县"), ("靖江哪个镇街巡查单元最多", "镇街")):
        a = assistant.ask(question)
        assert a.refused, question
        assert f"按{level}分列" in a.answer
        assert "最多。" not in a.answer.split("；")[0]
    twin = assistant.ask("靖江哪类巡查单元最多")  # the kinds the sentence lists
    assert not twin.refused
    assert "942" in twin.answer and "住宅巡查单元" in twin.answer


def test_a_worth_the_article_does_not_judge_is_not_given():
    from rag_assistant.answer.judged_worth import unjudged_worth

    suqian = "宿迁市聚焦化工和危化品领域，构建事故隐患内部报告奖励机制，通过责任传导、激励引导与数字赋能"
    assert unjudged_worth("宿迁奖励机制值不值得推广", suqian) == "推广"
    assert unjudged_worth("无锡专项巡察值得学习吗", suqian) == "学习"
    assert unjudged_worth("靖江的做法值不值得推广", "为安全生产“网格化”建设积累了可复制推广的实践经验") == ""  # twin
    assert unjudged_worth("宿迁有没有建立奖励机制", suqian) == ""  # twin: no worth asked
    assert unjudged_worth("宿迁奖励机制值得推广吗", "打造22处电动自行车充电示范点") == "推广"  # a 示范点 is no verdict


def test_worth_asked_of_the_briefings(assistant):
    a = assistant.ask("宿迁奖励机制值不值得推广")
    assert a.refused
    assert a.answer.startswith("简报未给出对宿迁的这一做法是否值得推广的评价；关于宿迁，简报提到：")
    # no place asked: the practice is named once, not "这一做法这一做法"
    bare = assistant.ask("隐患报告奖励机制值不值得推广")
    assert bare.answer.startswith("简报未给出对这一做法是否值得推广的评价；简报提到：") and "343" in bare.answer
    twin = assistant.ask("靖江划分巡查单元的做法值不值得推广")
    assert not twin.refused and twin.answer.startswith("有")
    plain = assistant.ask("宿迁有没有建立隐患报告奖励机制")
    assert not plain.refused and plain.answer.startswith("有")
