"""Yes/no (round 28, helper d): a claimed act the cited article never says when the said noun only modifies it, and
a round figure one "has" read as a threshold.

Sentences of the briefings: 2024年第21期 宿迁 出台电动自行车以旧换新补贴政策，已累计回收旧车2.15万辆 (淮安's
only 电动自行车 record, 2025年第20期 清江浦区, is about 违规充电, not 以旧换新); 2025年第14期 南通 全市累计排查企业
31933 家; 简报专刊 连云港 查处电动自行车违法…2.39万起; 2024年第21期 连云港 入驻企业68家，重大危险源124处."""

from __future__ import annotations

from decimal import Decimal

from rag_assistant.answer.thresholds import relation_of
from rag_assistant.numbers import extract_figures


def _relation(question: str) -> str:
    return relation_of(question, extract_figures(question)[0])


def test_a_round_figure_one_has_is_a_threshold():
    assert _relation("南通累计排查企业有没有2万家") == "ge"
    assert _relation("连云港查处电动自行车违法有3万起吗") == "ge"
    assert _relation("南通是不是有2万家企业") == "eq"  # twin: 是不是 names the figure itself
    assert _relation("南通共有2万家企业吗") == "eq"  # twin: 共有 is the total
    assert _relation("有没有95家企业") == "eq"  # twin: an exact figure is asked as it is
    assert extract_figures("有没有2万家")[0].value == Decimal(20000)


def test_answers_on_the_extra_issues(extra_assistant):
    def ask(q: str) -> str:
        return extra_assistant.ask(q).answer

    # 淮安's electric-bike record says nothing of trade-ins: not a yes
    a = ask("淮安有没有开展电动自行车以旧换新？")
    assert not a.startswith("有") and "未提及" in a.split("。")[0], a
    a = ask("宿迁搞没搞电动自行车以旧换新？")  # twin: 宿迁's own record
    assert a.startswith("有") and "2.15万辆" in a, a
    a = ask("南通累计排查企业有没有2万家")
    assert a[:1] in "是有" and "31933" in a, a
    a = ask("南通累计排查企业有4万家吗")  # twin: above the text's figure
    assert a.startswith("没有") and "31933" in a, a
    a = ask("连云港查处的电动自行车违法有3万起吗？")
    assert a.startswith("没有") and "2.39万起" in a, a
    a = ask("连云港石化基地没有建专职消防特勤站吗")  # a negated question: judged on what was done
    assert a.startswith("有") and "3个" in a, a
    a = ask("连云港石化基地建了5个专职消防特勤站吗")
    assert a.startswith("不是") and "3个" in a, a
    a = ask("连云港基地入驻企业超过100家了吗")
    assert a.startswith("没有") and "68家" in a, a
    a = ask("连云港基地重大危险源算不算超过100处")
    assert a.startswith("是") and "124处" in a, a
