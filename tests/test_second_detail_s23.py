"""Yes/no claims with two details where the first matches and a later one does not: the answer must be no.

- A plan and its progress stated in two clauses (计划关闭6座，已经关了5座了没有; 计划改造126公里，一季度完成51.5公里吗):
  each stated figure is checked against the text's figure of its own stage (asked_figure.staged).
- Percentages listed after 分别 (1036起、死亡894人，同比分别下降11.2%和8.7%) answer for their partners: the deaths'
  change is 8.7%, and the reply says it as the change it is (同比下降8.7%).
- A bracketed issue note typed after the question mark (…下降了吗？（26年第3期）) is a lead scope: still a yes/no.
- A campaign named unquoted (打非治违专项整治) that is not the sentence's quoted one (“小化工”专项整治): no.
- A month span (1至6月, 截至6月底) that is not the sentence's (1至8月, 截至8月底): no.
Twins (the same claims with the right detail) stay yes. Real sentences: 2026年第3期 (全省会议), 2025年第9期 (淮安燃气,
徐州非煤矿山), 2024年第21期 (连云港, 宿迁), 2025年第24期 (城市生命线, 六合), 2021年第10期 (苏州铁脚板)."""

from __future__ import annotations

import re

import pytest

from rag_assistant.answer.campaign_claim import other_campaign
from rag_assistant.answer.governs import change_said
from rag_assistant.answer.period_claim import other_period
from rag_assistant.text import normalize_question

_SUZHOU = "在“小化工”专项整治中，充分发扬“铁脚板”作风，组织 11.3 万余人次进村入企。"


def test_a_trailing_issue_note_is_a_lead_scope():
    assert normalize_question("2025年全省死亡人数下降了吗？（26年第3期）").endswith("下降了吗？")
    assert normalize_question("南通排查企业多少家？（含医药）").endswith("（含医药）")  # no issue named: left alone


def test_campaign_and_period_checks():
    assert other_campaign("苏州在打非治违专项整治里组织了11.3万余人次进村入企吗", _SUZHOU) == "“小化工”专项整治"
    assert not other_campaign("苏州在小化工专项整治里组织了11.3万余人次进村入企吗", _SUZHOU)
    assert not other_campaign("苏州组织了11.3万余人次进村入企吗", _SUZHOU)
    said = "今年1至8月，累计巡护里程4.6万公里，发现并制止第三方施工占压、违规开挖等行为57起。"
    assert other_period("今年1至6月累计巡护里程有没有4.6万公里", said) == "1至8月"
    assert not other_period("今年1至8月累计巡护里程有没有4.6万公里", said)
    assert not other_period("累计巡护里程有没有4.6万公里", said)
    assert change_said("同比分别下降") == "同比下降"  # the clause before 8.7%, its listed 11.2%和 cut
    assert change_said("累计建成充电端口") == ""


def _reply(assistant, question):
    reply = assistant.ask(question).answer.split("\n[1]")[0].replace(" ", "")
    return re.sub(r"^(?:（[^）]*）)+", "", reply)  # without the scope note (（检索范围：2026年第3期）)


@pytest.mark.parametrize("question, opens, says", [
    ("2025年全省事故死亡人数同比下降了11.2%吗？（26年第3期）", "不是", "8.7%"),
    ("2025年全省事故死亡人数同比下降了8.7%吗？（26年第3期）", "是", "8.7%"),
    ("淮安老旧燃气管网全年计划改造126公里，一季度完成51.5公里吗？", "没有", "41.5公里"),
    ("淮安老旧燃气管网全年计划改造126公里，一季度完成41.5公里吗？", "是", "41.5公里"),
    ("徐州计划关闭小散矿山6座，已经关了5座了没有？", "没有", "4座"),
    ("徐州计划关闭小散矿山6座，已经关了4座了没有？", "是", "4座"),
    ("苏州在打非治违专项整治里组织了11.3万余人次进村入企吗？", "没有", "小化工"),
    ("苏州在小化工专项整治里组织了11.3万余人次进村入企吗？", "是", "11.3万"),
    ("六合区今年1至6月累计巡护里程有没有4.6万公里？", "没有", "1至8月"),
    ("六合区今年1至8月累计巡护里程有没有4.6万公里？", "有", "4.6万公里"),
    ("连云港石化基地是不是入驻企业68家、重大危险源142处？", "不是", "124处"),
    ("连云港石化基地是不是入驻企业68家、重大危险源124处？", "是", "124处"),
    ("宿迁电动车以旧换新回收旧车2.15万辆，发了补贴893万元，对吗？", "不是", "983万元"),
    ("宿迁电动车以旧换新回收旧车2.15万辆，发了补贴983万元，对吗？", "是", "983万元"),
    ("徐州非煤矿山58座那篇是25年第12期登的吗？", "不是", "第9期"),
    ("26年第3期里，2025年全省立案处罚1.27万起，同比是不是增长了4.1%？", "不是", "下降"),
    ("26年第3期里，2025年全省立案处罚1.27万起，同比是不是下降了4.1%？", "是", "4.1%"),
    ("城市生命线平台接入监测点位28.6万个，同比增长14.2%，是不？", "不是", "41.2%"),
    ("城市生命线平台接入监测点位28.6万个，同比增长41.2%，是不？", "是", "41.2%"),
])
def test_second_detail_claims_on_the_extra_issues(extra_assistant, question, opens, says):
    reply = _reply(extra_assistant, question)
    assert reply.startswith(f"{opens}，"), reply
    assert says in reply, reply
