"""Yes/no verdicts (helper h-h18) decided by whom or what a figure counts: the action of the question's relative
clause (立案的企业, 刑拘的嫌疑人) picks the text's figure said with that action, and a universal asked (所有化工企业都…)
against a clause that counts only some of them (推动34家…企业, 已有2.5万家单位) is a no. Probes written from the
bundled briefings, none of them an eval item."""

from __future__ import annotations

import re

import pytest

from rag_assistant.answer.governs import acted_figures, subset_said
from rag_assistant.numbers import extract_figures


def head(answer) -> str:
    return re.split(r"[。，]", answer.answer)[0]


def test_the_asked_action_tells_the_figures_apart():
    sentence = "公安机关查处安全生产领域案件 5 起，抓获嫌疑人 8 人、刑拘 2 人，巡察利剑作用得到进一步彰显"
    people = [f for f in extract_figures(sentence) if f.unit == "人"]
    q = "专项巡察中刑拘的嫌疑人超过5人了吗？"
    assert [f.value for f in acted_figures(people, q, q.index("5人"), sentence)] == [2]
    q = "专项巡察中抓获的嫌疑人超过5人了吗？"  # 抓获 heads the list 8 人、刑拘 2 人: the noun 嫌疑人 decides
    assert acted_figures(people, q, q.index("5人"), sentence) == []
    # a verb before a list says the action of every item (the noun then picks among them)
    listed = "全市累计排查企业 31933 家，精准识别化工生产企业 248 家、医药生产企业 121 家"
    firms = extract_figures(listed)
    q = "南通精准识别的医药生产企业超过100家了吗？"
    assert [f.value for f in acted_figures(firms, q, q.index("100家"), listed)] == [248, 121]


def test_a_count_of_some_is_not_all():
    assert subset_said("宿迁是不是所有化工企业都把奖励机制接进双预防数字化系统了？",
                       "推动 34 家“一重点一重大”企业将奖励机制与双预防数字化系统融合") == "34家"
    assert subset_said("南通是不是所有生产经营单位都建立了隐患报告奖励机制？",
                       "目前，全市 12 个重点行业领域已有 2.5 万家生产经营单位建立该机制") == "2.5万家"
    assert subset_said("宿迁所有化工企业都建立事故隐患报告制度了吗？",
                       "全市 54 家化工企业、374 家危化品经营企业全面建立事故隐患报告制度") == ""
    assert subset_said("南通是不是所有镇街都明确了副书记主管安全？",
                       "依托基层治理“一张网”，全市103个镇街全部明确副书记（主任）主管安全") == ""


@pytest.mark.parametrize("question, first, figure", [
    ("连云港严格执法立案的企业超过300家了吗？", "没有", "224家"),     # 先后查处企业557家，立案224家
    ("连云港查处的企业超过500家了吗？", "是", "557家"),
    ("无锡专项巡察中刑拘的嫌疑人超过5人了吗？", "没有", "2人"),       # 抓获嫌疑人 8 人、刑拘 2 人
    ("无锡专项巡察中抓获的嫌疑人超过5人了吗？", "是", "8人"),
    ("南通打非治违排查的企业超过3万家了吗？", "是", "31933家"),       # 排查企业 31933 家，精准识别…248 家、…121 家
    ("南通打非治违精准识别的医药生产企业超过100家了吗？", "是", "121家"),
])
def test_the_figure_of_the_asked_action(assistant, question, first, figure):
    a = assistant.ask(question)
    assert head(a) == first and f"简报记载的是{figure}" in a.answer, a.answer


@pytest.mark.parametrize("question, first", [
    ("宿迁是不是所有化工企业都把奖励机制接进双预防数字化系统了？", "不是"),   # 推动 34 家“一重点一重大”企业
    ("南通所有县级部门安全监管机构都由“挂”转“设”了吗？", "没有"),           # 推动10个县级部门安全监管机构
    ("南通重点行业领域是不是所有生产经营单位都建立了隐患报告奖励机制？", "不是"),  # 已有 2.5 万家
    ("宿迁所有化工企业都建立事故隐患报告制度了吗？", "有"),                  # 54 家化工企业…全面建立
    ("常州所有镇（街道）都完成安全监管网格划分了吗？", "有"),                # 66个镇（街道）…全部完成
    ("南通是不是所有镇街都明确了副书记主管安全？", "是"),                    # 103个镇街全部明确
])
def test_all_asked_against_a_count_of_some(assistant, question, first):
    a = assistant.ask(question)
    assert head(a) == first, a.answer


def test_the_body_asked_against_the_body_said():
    from rag_assistant.answer.agents import other_agent

    guide = ("为进一步提升基层安全生产监管工作的针对性、实效性，切实强化镇街监管队伍正规化、专业化建设，淮南市应急局系统梳理"
             "上级已有规定和新部署新要求，编制印发了《镇街安全生产和消防监管队伍建设工作指引》")
    assert other_agent("淮南那份工作指引是省应急厅印发的吗？", guide) == "淮南市应急局"
    assert other_agent("淮南那份工作指引是市应急局印发的吗？", guide) == ""  # said in order: the same body
    plan = "南通市委市政府印发《关于在全市全面推进“制度化、实时化、智能化、自动化”提升本质安全水平的实施意见》"
    assert other_agent("南通那份意见是省政府印发的吗？", plan) == "南通市委市政府"
    assert other_agent("南通那份意见是南通市委市政府印发的吗？", plan) == ""


@pytest.mark.parametrize("question, first", [
    ("南通危险化学品领域重点部门联动监管工作机制是省应急厅制定的吗？", "不是"),         # 南通市局牵头制定了《…》
    ("南通危险化学品领域重点部门联动监管工作机制是南通市局牵头制定的吗？", "是"),
    ("南通推进“制度化、实时化、智能化、自动化”的意见是省政府印发的吗？", "不是"),      # 南通市委市政府印发
    ("南通推进“制度化、实时化、智能化、自动化”的意见是南通市委市政府印发的吗？", "是"),
])
def test_who_did_it(assistant, question, first):
    a = assistant.ask(question)
    assert head(a) == first, a.answer
