"""A yes/no claim is checked part by part against the quote: its completion state (a plan asked as done), its
figure (the frame's figure names the thing, the claim's carries 已), the body said to act, the time of the claim
(not of the occasion framing it) and its thing (a benefit the text does not give). A differing part answers
否/没有 with the quote that shows it; a twin whose parts all hold keeps 是/有.

Real sentences: 2026年第7期 南京 下一步，南京市将投资5.8亿元，用2至3年时间完成老旧燃气管网更新改造1200公里; 2025年第4期
江阴 下一步，江阴市将推动码头企业年内全部完成安全风险评估; 2025年第24期 六合 排查整治管道隐患193处，已整改186处，其余7处
…拟于10月底前完成整改; 2025年第12期 省防指拟于5月中旬组织开展全省防汛抢险综合演练 (in the 五一 meeting's article);
2021年第10期 滨海 对取得注安师证书…的人员优先推荐进入省、市安全生产专家库 (no subsidy); 2025年第14期 淮南市应急局…
编制印发了《…工作指引》, 鼓励应急管理人员考取注册安全工程师 (no subsidy); 2026年第13期 海安市对考取中级注安师…一次性补助4000元."""

from __future__ import annotations

import pytest

from rag_assistant.answer.agents import asked_agent, other_agent
from rag_assistant.answer.domain import unguessed
from rag_assistant.answer.frame import claim_of, frame_end
from rag_assistant.answer.governs import planned
from rag_assistant.answer.unsaid_claim import unsaid_benefit, unsaid_things

NANJING = "下一步，南京市将投资5.8亿元，用2至3年时间完成老旧燃气管网更新改造1200公里。"
TOPIC = ("老旧", "燃气", "燃气管", "改造", "完")


def test_a_completion_a_future_word_governs_is_planned():
    clause = "用2至3年时间完成老旧燃气管网更新改造1200公里"
    assert planned("南京那1200公里老旧燃气管网是不是已经改造完了？", TOPIC, NANJING, NANJING.find(clause), clause)
    # a completion reported in a later clause with no future word of its own is work done
    done = "全年计划改造126公里，一季度完成41.5公里。"
    assert not planned("是不是已经改造完了", TOPIC, done, done.find("一季度"), "一季度完成41.5公里")


def test_a_question_about_the_plan_is_not_answered_not_yet():
    clause = "省防指拟于5月中旬组织开展全省防汛抢险综合演练"
    topic = ("省防", "组织", "防汛", "抢险", "综合", "演练")
    assert not planned("省防指是不是要组织全省防汛抢险综合演练？", topic, clause + "。", 0, clause)
    assert not planned("会上是不是提到省防指组织全省防汛抢险综合演练？", topic, clause + "。", 0, clause)
    assert planned("全省防汛抢险综合演练是不是已经搞完了？", topic, clause + "。", 0, clause)


def test_the_frame_of_a_question_is_not_its_claim():
    assert claim_of("25年五一汛前安全防范会上，是不是提到省防指要组织演练？") == "是不是提到省防指要组织演练？"
    assert claim_of("是不是每月研究一次？") == "是不是每月研究一次？"
    q = "管道隐患193处里是不是已经整改了186处？"
    assert frame_end(q) == q.find("是不是")
    assert frame_end("排查企业超过1000家了吗？") == 0  # a final tag: all before it is the claim


def test_the_body_claimed_to_act_is_checked_against_the_subject():
    drill = "省防指拟于5月中旬组织开展全省防汛抢险综合演练。"
    assert asked_agent("全省防汛抢险综合演练是不是南京市组织的？") == "南京市"
    assert other_agent("全省防汛抢险综合演练是不是南京市组织的？", drill) == "省防指"
    assert other_agent("全省防汛抢险综合演练是不是省防指组织的？", drill) == ""
    # the longest body name is the subject: 市安委办, which 安委办 names
    squad = "建立闭环工作机制，市安委办牵头成立工作专班，制定详细任务清单。"
    assert other_agent("专班是不是安委办牵头的？", squad) == ""
    assert other_agent("专班是不是应急局牵头的？", squad) == "市安委办"


def test_a_segmenter_guess_no_briefing_says_is_no_topic_word():
    assert unguessed(("对考", "注安师", "有发", "补贴"), " 对考注安师的人 有发补贴？", "") == ("注安师", "补贴")
    assert unguessed(("注安师", "补贴"), "考注安师补贴", "") == ("注安师", "补贴")


def test_a_thing_of_the_claim_the_quote_does_not_give():
    binhai = "对取得注安师证书、工作经验丰富、专业能力过硬的人员优先推荐进入省、市安全生产专家库"
    assert unsaid_benefit("滨海县有没有给考注安师的人发奖金？", binhai) == "奖金"
    assert unsaid_benefit("海安对考中级注安师的人有没有补贴？", "海安市对考取中级注安师…一次性补助4000元") == ""
    assert unsaid_benefit("安责险保费有没有补贴？", "保费由市财政补贴30%") == ""
    # the partial reply names the claim's common noun the quote lacks, never a name, and nothing when none is said
    assert unsaid_things("滨海县对考注安师有没有补贴？", ("注安师", "补贴"), binhai, binhai) == ["补贴"]
    assert unsaid_things("滨海县对考注安师有没有补贴？", ("注安师", "补贴"), "全县培训3000余人次", "") == []


@pytest.mark.parametrize("question, head, says", [
    ("南京那1200公里老旧燃气管网是不是已经改造完了？", "还没有", "1200公里"),
    ("南京是不是计划用2至3年时间改造1200公里老旧燃气管网？", "是", "1200公里"),
    ("南京那1500公里老旧燃气管网是不是已经改造完了？", "不是", "1200公里"),
    ("江阴的码头企业是不是都已经完成安全风险评估了？", "还没有", "码头企业"),
    ("江阴是不是打算推动码头企业年内完成安全风险评估？", "是", "码头企业"),
    ("管道隐患193处里是不是已经整改了186处？", "是", "186处"),
    ("管道隐患剩下的7处是不是已经整改完了？", "没有", "7处"),
    ("25年五一汛前安全防范会上，是不是提到省防指要组织全省防汛抢险综合演练？", "是", "5月中旬"),
    ("省防指是不是要在5月中旬组织全省防汛抢险综合演练？", "是", "5月中旬"),
    ("省防指是不是要在6月中旬组织全省防汛抢险综合演练？", "不是", "5月中旬"),
    ("全省防汛抢险综合演练是不是南京市组织的？", "不是", "省防指"),
    ("淮南的指引是不是省应急厅印发的？", "不是", "淮南市应急局"),
    ("淮南的指引是不是淮南市应急局印发的？", "是", "淮南市应急局"),
    ("滨海县对考注安师的人有没有发补贴？", "没有", "专家库"),
    ("滨海县有没有给考注安师的人发奖金？", "没有", "奖金"),
    ("滨海县有没有鼓励应急管理人员考注册安全工程师？", "有", "注册安全工程师"),
    ("海安对考中级注安师的人有没有补助？", "有", "4000元"),
    ("淮南的指引里有没有给考注安师的人发补贴？", "没有", "淮安市出台工作指引"),  # 淮南 read as the article it misprints (round 34)
    ("淮南的指引里有没有鼓励应急管理人员考注安师？", "有", "注册安全工程师"),
])
def test_each_part_of_the_claim_is_checked(extra_assistant, question, head, says):
    a = extra_assistant.ask(question)
    text = a.answer.split("）", 1)[1] if a.answer.startswith("（检索范围") else a.answer
    assert text.startswith(head) and not (head in ("是", "有") and text.startswith(head + "没")), a.answer
    assert not a.refused and a.citations, a.answer
    assert says in text, a.answer
