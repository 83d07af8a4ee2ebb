"""Yes/no verdicts (helper h-a18), on the extra briefings: a threshold verb (过/到/满/达到) is compared by value, a
bound asked against a bound said (不少于) is the same requirement only when equal, a plan followed by a clause of the
same work done reports work begun, a question whether none happened (是不是零事故) is confirmed by the text's
negation, and a measure the question names in quotes must be said for a yes. Probes written from the texts, none
of them an eval item."""

from __future__ import annotations

import re

import pytest

from rag_assistant.answer.governs import done_after
from rag_assistant.answer.polarity import unsaid_names
from rag_assistant.answer.thresholds import holds, relation_of
from rag_assistant.numbers import extract_figures


def head(answer) -> str:
    return re.split(r"[。，]", answer.answer)[0]


def test_threshold_verbs_and_bounds_relate_the_stated_figure():
    def rel(q: str, text_bound: bool = False) -> str:
        return relation_of(q, extract_figures(q)[0], text_bound)

    assert rel("整改率过90%了吗？") == "gt"
    assert rel("持证上岗率到95%了吗？") == "ge"
    assert rel("已经服务满1500家了吗？") == "ge"
    assert rel("接入率是不是达到了99%？") == "ge"
    assert rel("事故是不是降到100起了？") == "le"
    assert rel("是不是要求查不少于2天？") == "gt"  # 不少于 ends with 少于 but asks more
    assert rel("是不是要求查不少于2天？", text_bound=True) == "eq"
    assert rel("覆盖率是不是86.5%？") == "eq"
    ninety, given = extract_figures("90%")[0], extract_figures("94.5%")[0]
    assert holds("ge", ninety, given) and holds("gt", ninety, given) and not holds("eq", ninety, given)


def test_a_done_clause_after_a_plan_reports_work_begun():
    sentence = "严格落实“关闭一批、整合一批、提升一批”要求，全年计划关闭小散矿山6座，目前已关闭4座。"
    clause = "全年计划关闭小散矿山6座"
    at = sentence.index(clause)
    assert done_after(["小散", "矿山"], sentence, at, clause) == (at + len(clause) + 1, "目前已关闭4座")
    plan_only = "下一步，东台市拟投入资金1500万元建设森林防火智慧指挥平台。"
    assert done_after(["森林", "防火", "平台"], plan_only, 0, plan_only[:-1]) is None


def test_a_quoted_measure_must_be_said():
    sentence = "对26个码头和412座储罐逐一建立“一码头一档案”，排查问题隐患1284处"
    assert unsaid_names("江阴码头储罐有没有建立“一码头一档案”？", sentence) == []
    assert unsaid_names("江阴码头储罐有没有建立“一罐一码”？", sentence) == ["“一罐一码”"]


@pytest.mark.parametrize("question, first", [
    # threshold verbs, by value
    ("镇江化工园区问题整改率过90%了吗？", "是"),                  # 整改率达 92.6%
    ("常熟纺织企业电气隐患整改率满98%了吗？", "没有"),             # 整改率97.4%
    ("无锡工贸企业安全生产责任清单覆盖率到95%了吗？", "是"),       # 覆盖率95.9%
    ("江都九小场所已经赋码满1万家了吗？", "是"),                   # 已赋码1.16万家
    ("淮安燃气用户端隐患整改率是不是95%？", "不是"),               # a bare figure: the same one (97.3%)
    # plan and done in one sentence
    ("徐州小散矿山是不是已经关掉了几座？", "是"),                  # 全年计划关闭…6座，目前已关闭4座
    ("徐州小散矿山是不是已经全部关闭了？", "没有"),
    ("东台是不是已经建好森林防火智慧指挥平台了？", "还没有"),     # 拟投入资金…: only a plan
    # a none asked
    ("张家港液体化工储罐区是不是零事故？", "是"),                  # 未发生生产安全事故
    ("大丰区养老机构今年是不是零火灾？", "是"),                    # 未发生火灾事故
    ("盐城海上风电运维有没有发生生产安全事故？", "没有"),
    # a quoted measure
    ("江阴码头储罐有没有建立“一罐一码”？", "没有"),
    ("江都九小场所有没有推行“一店一码”？", "有"),
])
def test_yes_no_verdicts_on_the_extra_briefings(extra_assistant, question, first):
    a = extra_assistant.ask(question)
    assert a.understood.kind == "yesno" and head(a) == first, a.answer


def test_a_bound_asked_against_a_bound_said(extra_assistant):
    a = extra_assistant.ask("扬州三位一体执法检查是不是每月抽取不少于8家单位？")
    assert head(a) == "不是" and "不少于5家" in a.answer, a.answer
    a = extra_assistant.ask("扬州三位一体执法检查是不是要求每家单位检查不少于1天？")
    assert head(a) == "是" and "不少于1天" in a.answer, a.answer


@pytest.mark.parametrize("question, first, figure", [
    ("常熟纺织企业已经检测满3000家了吗？", "是", "3215家"),                     # not 已整改8712处
    ("全省危化品风险集中治理已经排查危险化学品企业满6000家了吗？", "是", "6320家"),  # not 已完成整改119项
    ("泰州建筑施工已经暂扣超过20家施工企业的安全生产许可证了吗？", "是", "26家"),   # not 已整改9482条
])
def test_the_figure_checked_counts_in_the_asked_unit(extra_assistant, question, first, figure):
    a = extra_assistant.ask(question)
    assert head(a) == first and f"简报记载的是{figure}" in a.answer, a.answer


def test_a_negated_occurrence_of_a_narrower_or_other_event_is_not_a_no():
    from rag_assistant.answer.governs import other_occurrence

    sentence = "今年1至7月，清江浦区老旧小区火灾起数同比下降37.5%，未发生亡人火灾事故。"
    clause = "未发生亡人火灾事故"
    assert other_occurrence("清江浦老旧小区今年出过火灾吗？", ["清江浦", "老旧", "小区", "火灾"], clause, sentence)
    assert not other_occurrence("清江浦老旧小区出过亡人火灾事故没有？", ["老旧", "小区", "亡人", "火灾", "事故"],
                                clause, sentence)


@pytest.mark.parametrize("question, first", [
    ("全省春节假期发生过生产安全事故吗？", "有"),            # 共发生生产安全事故37起…未发生较大以上生产安全事故
    ("全省今年1至2月发生过森林火情吗？", "有"),              # 共发生森林火情7起…未发生人员伤亡
    ("丹阳眼镜产业集聚区今年发生过火灾吗？", "有"),          # 火灾起数同比下降三成，未发生亡人火灾事故
    ("丹阳眼镜产业集聚区是不是零火灾？", "不是"),
    ("全省今年1至2月森林火情有没有造成人员伤亡？", "没有"),
    ("江北新区去年发生过建筑起重机械生产安全事故吗？", "没有"),
])
def test_a_narrower_negation_does_not_deny_the_asked_event(extra_assistant, question, first):
    a = extra_assistant.ask(question)
    assert head(a) == first, a.answer


@pytest.mark.parametrize("question, first, figure", [
    ("常熟纺织企业罚款超过100万了没？", "没有", "63.5万元"),
    ("全省兑现安全生产举报奖励资金达到1000万了吗？", "没有", "680万元"),
    ("淮安燃气管网改造一季度完成投资超过1亿了吗？", "是", "1.12亿元"),
])
def test_a_scaled_amount_without_its_unit_is_checked(extra_assistant, question, first, figure):
    a = extra_assistant.ask(question)
    assert head(a) == first and f"简报记载的是{figure}" in a.answer, a.answer
