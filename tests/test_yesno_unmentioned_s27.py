"""Yes/no claims over both corpora, with their twins (round 27 probes): a figure claim off by a little, another
stage, a threshold, an issue, a negated claim, and a claim whose distinctive thing the cited article never
mentions (unmentioned.py): 简报未提及 that thing, never a bare 有 from a sentence about the claim's subject.

Sentences of the briefings: 2026年第13期 南通 划分巡查单元6570个，配备巡查员6758人; 海安市…一次性补助4000元;
2025年第16期 宿迁 拟发放奖励金额 175.1 万元，已发放奖励金额 23.47 万元; 2024年第21期 (extra) 连云港石化产业基地
现有入驻企业68家…建成3个专职消防特勤站; 宿迁 以旧换新…发放补贴983万元; 2025年第9期 (extra) 淮安 吊销燃气经营
许可证3家; 一季度…死亡231人."""

from __future__ import annotations

import pytest

from rag_assistant.answer.match import weights_of
from rag_assistant.answer.unmentioned import unmentioned_thing


def _lead(answer: str) -> str:
    return answer.split("。")[0]


@pytest.mark.parametrize("corpus, question, lead, figure", [
    ("assistant", "南通划分巡查单元是6750个吗", "不是", "6570个"),
    ("assistant", "南通划分巡查单元是6570个吗", "是", "6570个"),
    ("assistant", "南通配的巡查员超过7000人了吗", "没有", "6758人"),
    ("assistant", "南通配的巡查员超过6000人了吗", "是", "6758人"),
    ("assistant", "宿迁已经发放的奖励金额是175.1万元吗", "不是", "23.47万元"),
    ("assistant", "宿迁拟发放奖励金额是175.1万元吗", "是", "175.1万元"),
    ("assistant", "海安考中级注安师补助是5000元吗", "不是", "4000元"),
    ("assistant", "海安考中级注安师补助是4000元吗", "是", "4000元"),
    ("assistant", "南通打非治违累计排查企业31933家是第16期的吗", "不是", "第14期"),
    ("assistant", "南通打非治违累计排查企业31933家是第14期的吗", "是", "第14期"),
    ("extra_assistant", "淮安吊销燃气经营许可证是5家吗", "不是", "3家"),
    ("extra_assistant", "淮安吊销燃气经营许可证是3家吗", "是", "3家"),
    ("extra_assistant", "连云港石化基地入驻企业是86家吗", "不是", "68家"),
    ("extra_assistant", "一季度全省生产安全事故死亡超过300人了吗", "没有", "231人"),
    ("extra_assistant", "一季度全省生产安全事故死亡人数超过200人了吗", "是", "231人"),
    ("extra_assistant", "宿迁以旧换新发放补贴983万元是第14期登的吗", "不是", "第21期"),
])
def test_figure_stage_and_issue_claims(request, corpus, question, lead, figure):
    a = request.getfixturevalue(corpus).ask(question).answer
    assert _lead(a).startswith(lead + "，") and figure in _lead(a), (question, a)


def test_a_claim_the_article_never_mentions_is_not_confirmed(extra_assistant):
    a = extra_assistant.ask("连云港石化基地发生过爆炸事故吗").answer
    assert a.startswith("简报未提及") and "爆炸" in _lead(a) and "[1]" in a, a
    # twins: the claims the briefing does make are confirmed from their sentence
    a = extra_assistant.ask("连云港石化基地有没有专职消防队").answer
    assert a.startswith("有") and "专职消防" in a, a
    a = extra_assistant.ask("宿迁没有开展电动自行车以旧换新吗").answer
    assert a.startswith("有") and "以旧换新" in a, a


def test_a_claim_said_is_confirmed(assistant):
    a = assistant.ask("南通建立了隐患内部报告奖励机制吗").answer
    assert a.startswith("有") and "奖励" in a, a


def test_unmentioned_thing_reads_the_whole_article(extra_index):
    from rag_assistant.answer.library import Library
    from rag_assistant.index.store import open_store

    weights = weights_of(Library(open_store(extra_index)))  # the corpus the probe is asked of
    sentence = "对基地企业实行“一企一账”隐患管理，今年以来累计排查整改隐患4125条，重大事故隐患整改率100%。"
    article = "连云港石化产业基地现有入驻企业68家。" + sentence
    topic = ["石化", "基地", "发生", "爆炸", "事故"]
    assert "爆炸" in unmentioned_thing("连云港石化基地发生过爆炸事故吗", topic, ["连云港"], sentence, article, weights)
    # twin: the article says the thing (the 爆炸 of another sentence): no 未提及
    said = article + "基地未发生爆炸事故。"
    assert unmentioned_thing("连云港石化基地发生过爆炸事故吗", topic, ["连云港"], sentence, said, weights) == ""
