"""Yes/no questions that ask whether a negation holds (round 39, helper f39: mechanical variants of dev yes/no items).

是不是没有建立隐患报告奖励机制 asks the negated proposition: the text's 2025 年度，全市已有 343 家企业落实隐患报告奖励机制
(2025年第16期 宿迁) makes the answer 不是, never the 是 read off the un-negated one. 没…吗 (没请专家吗) is the other
negated ask: it is answered on the proposition (有/是), unchanged. A threshold word (是不是不到500名) is no negation."""

from __future__ import annotations

import pytest

from rag_assistant.answer.polarity import turned_head


@pytest.mark.parametrize("question, head, turned", [
    ("宿迁是不是没有建立隐患报告奖励机制？", "是", "不是"),
    ("徐州是不是没动员企业搞标准化创建？", "有", "不是"),
    ("盐城海上风电运维是不是没出过生产安全事故？", "没有", "是"),
    ("泰州补助资金是不是还没下达？", "还没有，简报记载的是计划", "是，简报记载的是计划"),
    ("是否未开展专项整治？", "不是，简报记载的是18名", "是，简报记载的是18名"),
])
def test_a_negated_claim_turns_the_verdict(question, head, turned):
    assert turned_head(question, head) == turned


@pytest.mark.parametrize("question, head", [
    ("常州培训化工企业班组长是不是不到500名？", "不是，简报记载的是840余名"),  # 不到: a threshold, not a negation
    ("南通打非治违没请专家吗？", "有"),  # 没…吗: answered on the proposition
    ("是不是没收了非法气瓶？", "是"),  # 没收 is a verb, not 没
    ("宿迁是不是建立了隐患报告奖励机制？", "是"),
    ("是不是没有发生事故？", "简报未提及盐城发生事故"),  # not a verdict word: left as it is
])
def test_other_questions_keep_the_verdict(question, head):
    assert turned_head(question, head) == head


@pytest.mark.parametrize("question, head", [
    ("宿迁是不是没有建立隐患报告奖励机制？", "不是"),
    ("徐州是不是没动员企业搞标准化创建？", "不是"),
    ("南通打非治违难道没有发动群众举报吗？", "有"),
])
def test_negated_claims_on_the_bundled_briefings(assistant, question, head):
    answer = assistant.ask(question)
    assert not answer.refused and answer.answer.startswith(head + "。"), answer.answer


def test_a_negated_claim_the_extra_issue_says_done_is_answered_no(extra_assistant):
    answer = extra_assistant.ask("宿迁是不是没有搞电动车以旧换新？")
    assert not answer.refused and answer.answer.startswith("不是。") and "983万元" in answer.answer, answer.answer


@pytest.mark.parametrize("question, head", [
    # 核增了80个编制吗 ← 核增18名编制: the noun the stated figure counts ends before the yes/no tag (吗, 没有)
    ("滨海县沿海工业园应急管理中心核增了80个编制吗？", "不是，简报记载的是18名"),
    ("滨海县沿海工业园应急管理中心核增了80个编制没有？", "不是，简报记载的是18名"),
    ("滨海县沿海工业园应急管理中心是不是核增了80个编制？", "不是，简报记载的是18名"),
    # 典型案例是不是公布了10批以上: the lead before 公布了 holds the yes/no words, so it is no source phrase
    ("南通隐患报告典型案例是不是公布了10批以上？", "不是，简报记载的是9批"),
    ("南通隐患报告典型案例是否公布了超过5批？", "是，简报记载的是9批"),
])
def test_a_stated_figure_is_checked_whatever_the_yes_no_form(assistant, question, head):
    answer = assistant.ask(question)
    assert not answer.refused and answer.answer.startswith(head + "。"), answer.answer


def test_a_source_lead_without_yes_no_words_is_still_a_source():
    from rag_assistant.answer.understand import _located
    assert _located("治本攻坚年度推进会通报的，徐州整治了多少项")[1] == "治本攻坚年度推进会"
    assert _located("南通隐患报告典型案例是不是公布了10批以上？")[1] == ""
