"""Answerable figure questions worded otherwise than the text (helper h-f18): a step said in a later clause of the
figure's sentence that acts on all of the figure's things (其中重大事故隐患 9 条，已全部挂牌督办; 对…4.3万处隐患建立
清单，实行销号管理), a total said after the deed done to each thing in its classifier (为每座储罐建立电子档案，…
已建档1460座: 建档 is a verb after 已, not the counted noun), and a product's evaluative adjective said with its one synonym (劣质 / 伪劣 for the text's
不合格). Each answerable question has a twin that keeps refusing: a step or an adjective the text does not say."""

from __future__ import annotations

import pytest

from rag_assistant.answer.counted import each_noun, names_other
from rag_assistant.answer.match import said_as
from rag_assistant.answer.steps import late_step_unsaid, predicate_end
from rag_assistant.evaluation.claims import declines

ZHENJIANG = "今年一季度，全市危化品企业累计排查隐患 5821 条，同比增长 17.4%，其中重大事故隐患 9 条，已全部挂牌督办。"
LIFELINE = "对排查发现的4.3万处隐患建立清单，实行销号管理。"
MINES = "对9座地下矿山逐一派驻安全专家，开展“一矿一策”会诊，查出问题隐患274项，已整改251项。"


def _clause(sentence: str, figure: str) -> tuple[int, int, int]:
    at = sentence.find(figure)
    start = max(sentence.rfind("，", 0, at), -1) + 1
    end = sentence.find("，", at)
    return start, (end if end >= 0 else len(sentence) - 1), at


def test_a_later_clause_acting_on_all_of_the_figures_things_is_its_predicate():
    start, end, at = _clause(ZHENJIANG, "9 条")
    assert ZHENJIANG[start:predicate_end(ZHENJIANG, start, end, at)].endswith("已全部挂牌督办。")
    assert not late_step_unsaid("挂牌督办了几条重大事故隐患", ZHENJIANG, start, predicate_end(ZHENJIANG, start, end, at))
    assert late_step_unsaid("约谈了几条重大事故隐患", ZHENJIANG, start, predicate_end(ZHENJIANG, start, end, at))
    start, end, at = _clause(LIFELINE, "4.3万处")
    assert LIFELINE[start:predicate_end(LIFELINE, start, end, at)].endswith("实行销号管理。")
    # a clause with a figure of its own counts its own things: the 对 object's predicate stops before it
    start, end, at = _clause(MINES, "9座")
    assert MINES[start:predicate_end(MINES, start, end, at)] == "对9座地下矿山逐一派驻安全专家，开展“一矿一策”会诊"
    # 同比增长 17.4% has a figure: 5821 条's predicate is its own clause
    start, end, at = _clause(ZHENJIANG, "5821")
    assert predicate_end(ZHENJIANG, start, end, at) == end


def test_an_adjective_said_by_its_one_synonym_is_said():
    assert said_as("劣质", "查封不合格灶具、调压阀2915个") and said_as("伪劣", "销售不合格产品等违法行为427起")
    assert not said_as("老化", "查封不合格灶具、调压阀2915个")
    assert not names_other("劣质船舶", "合格船舶", "责令停航整改不合格船舶11艘")
    assert names_other("外地船舶", "合格船舶", "责令停航整改不合格船舶11艘")


def test_a_total_after_each_counts_the_each_noun():
    tanks = "为每座储罐建立电子档案，录入储存介质、罐容、检测记录等信息，已建档1460座。"
    assert each_noun(tanks, tanks.find("1460"), "座", "建档") == "储罐"  # 已建档: a verb-object word, not a noun
    codes = "为每家场所生成安全二维码，扫码即可查看消防设施、安全责任人等信息，目前已赋码1.16万家，赋码率96.7%"
    assert each_noun(codes, codes.find("1.16"), "家", "码") == "场所"
    # another classifier counts other things (…已完成整改2185项 is no count of the 每家企业)
    firms = "为每家企业出具一份诊断报告和整改清单，明确整改措施、责任人和时限，实行“红黄蓝”三色挂牌督办，截至7月底已完成整改2185项"
    assert each_noun(firms, firms.find("2185"), "项", "") == ""
    # a figure with a noun of its own counts it
    assert each_noun("为每家企业建立档案，1870家小微企业签订托管协议", 13, "家", "小微企业") == ""


@pytest.mark.parametrize("question, figure", [
    ("镇江挂牌督办了几条重大事故隐患？", "9"),
    ("盱眙龙虾节活动前整改到位的隐患有多少处？", "835"),
    ("龙虾节的安全工作方案，组织部门联合审核了多少项大型活动？", "17"),
    ("电动自行车抽检查处了多少起销售劣质产品的违法行为？", "427"),
    ("高邮旅游船舶停航整改的劣质船舶有几艘？", "11"),
    ("江都给多少家场所生成了安全二维码？", "1.16"),
    ("张家港给多少座储罐建了电子档案？", "1460"),
])
def test_the_paraphrased_figure_is_answered(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert not a.refused and figure in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "镇江约谈了几条重大事故隐患？",
    "盱眙龙虾节活动前约谈了多少处隐患？",
    "龙虾节有多少项大型活动的安全方案被约谈？",
    "对多少座地下矿山开展了销号管理？",
    "高邮旅游船舶停航整改的外地船舶有几艘？",
    "电动自行车抽检查处了多少起销售进口产品的违法行为？",
    "江都给多少家企业生成了安全二维码？",
    "张家港给多少座码头建了电子档案？",
    "江都给多少家场所发放了灭火器？",
])
def test_a_step_or_adjective_the_text_does_not_say_still_refuses(extra_assistant, question):
    a = extra_assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer
