"""The part of an article an open question asks (成效, 下一步) on the five bundled briefings.

2025年第16期 无锡专项巡察 reports its results inside its second point (巡察期间，交办立行立改事项2178个…，巡察
利剑作用得到进一步彰显); 宿迁 内部报告奖励 states no plan (its 拟发放175.1万元 stands beside 已发放23.47万元 in a
results sentence); 徐州 (专刊) closes on 下一步…“四个回头看”."""

from __future__ import annotations

from rag_assistant.answer.effects import effect_lines
from rag_assistant.answer.plans import plan_lines


def test_a_results_ledger_with_a_proposed_sum_is_no_plan():
    ledger = "2025 年度，全市已有 343 家企业落实隐患报告奖励机制，共消除事故隐患 1620 条，拟发放奖励金额 175.1 万元，已发放 23.47 万元。"
    assert plan_lines(ledger) == []
    assert plan_lines("下一步，东台市拟投入资金1500万元建设平台。")  # twin: a firm plan word keeps it
    assert plan_lines("全市拟投入资金1500万元建设平台。")  # twin: a proposal with nothing done beside it


def test_results_said_by_a_period_and_a_count():
    text = "巡察期间，交办立行立改事项 2178 个，移交问题线索 19 件。组织专家开展培训。"
    assert len(effect_lines(text)) == 1
    assert effect_lines("组织专家开展培训，编印工作手册。") == []  # twin: measures alone report nothing


def test_answers_say_the_asked_part(assistant):
    a = assistant.ask("无锡专项巡察取得了啥成效").answer
    assert "2178" in a and "主要成效" in a, a
    a = assistant.ask("无锡专项巡察咋搞的").answer  # twin: the measures, all four points
    assert "市县联动推进" in a and "突出高位推动" in a, a
    a = assistant.ask("宿迁奖励机制下一步咋打算").answer
    assert "未提下一步" in a and "下一步打算如下" not in a, a
    a = assistant.ask("徐州下一步打算干啥").answer  # twin: an article that states its plan
    assert "四个回头看" in a and "未提下一步" not in a, a
    a = assistant.ask("靖江划分巡查单元取得了啥效果").answer
    assert "268" in a and "942" in a and "未单列成效" not in a, a
    a = assistant.ask("滨海县培训这块咋搞的").answer  # one part named: that part only
    assert "3000" in a and "谋保障" not in a, a


def test_a_subject_no_article_of_the_place_says_is_told(assistant):
    a = assistant.ask("无锡在燃气安全上有啥做法").answer  # 燃气: 常州, 连云港, 南通 say it; no 无锡 article does
    assert "未提到" in a and "燃气" in a and "市县联动推进" not in a, a
    a = assistant.ask("常州在燃气安全上咋做的").answer  # twin: a place whose article says it
    assert "一充一险" in a and "未提到" not in a, a
    a = assistant.ask("南通的经验有哪些启示").answer  # a part word names no subject: the articles' points
    assert "未提到" not in a and "[1]" in a, a
