"""False refusals of answerable single figures (round 38, helper c38).

2025年第16期 无锡: 巡察期间，市委巡察组围绕 35 件建议提案、社情民意，会同政协委员和群众代表进行实地查看 (jieba tags 提案
a verb and 会同 a noun, so the asked noun ran on into 会同办理); 2025年第14期 南通: 全市累计排查企业 31933 家，精准识别
化工生产企业 248 家 (识别 reports what the screening found); extra 2025年第26期 江阴 精准帮扶中小企业: 活动计划全年服务
企业1500家，截至9月底已服务1126家 (帮扶 asked, 服务 said; 几家企业了 ran the final 了 into the noun)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.act_verb import other_act
from rag_assistant.answer.measure import measure_of

_NANTONG = "截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家、医药生产企业 121 家"


@pytest.mark.parametrize("question, measure", [
    ("无锡围绕多少件建议提案会同办理", "建议提案"),
    ("无锡巡察组围绕几件提案实地查看", "提案"),
    ("江阴帮扶了几家企业了", "企业"),
    ("南京整改了多少条隐患了", "隐患"),
    ("多少条异常呢", "异常"),
])
def test_the_counted_noun_ends_before_the_predicate_and_the_final_particle(question, measure):
    assert measure_of(question) == measure


def test_identifying_is_finding_and_serving_is_helping():
    clause = "精准识别化工生产企业 248 家、医药生产企业 121 家"
    assert not other_act("南通查出多少家化工生产企业", clause, _NANTONG)
    assert other_act("南通整改了多少家化工生产企业", clause, _NANTONG)  # twin: another step than finding
    served = "活动计划全年服务企业1500家，截至9月底已服务1126家，完成年度计划的75.1%。"
    assert not other_act("江阴帮扶了几家企业了", "截至9月底已服务1126家", served)
    assert other_act("江阴帮扶了几家企业了", "截至9月底已赋码1126家", served)  # twin: an unrelated act


@pytest.mark.parametrize("question, figure", [
    ("无锡围绕多少件建议提案会同办理？", "35 件"),
    ("无锡巡察组围绕几件提案实地查看？", "35 件"),
    ("南通查出多少家化工生产企业？", "248 家"),
])
def test_the_bundled_briefings_answer_the_figure(assistant, question, figure):
    answer = assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    assert figure in answer.answer.split("[")[0], answer.answer


def test_an_other_step_of_the_identified_stays_unanswered(assistant):
    answer = assistant.ask("南通整改了多少家化工生产企业？")
    assert "248" not in answer.answer.split("最接近")[0].split("简报提到")[0], answer.answer


@pytest.mark.parametrize("question, figure", [
    ("江阴帮扶了几家企业了？", "1126家"),
    ("江阴已经服务多少家企业？", "1126家"),
])
def test_the_extra_issues_answer_the_figure(extra_assistant, question, figure):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    assert figure in answer.answer.split("[")[0], answer.answer


def test_what_is_still_to_be_done_asks_the_plan():
    from rag_assistant.answer.paid_out import asks_further
    from rag_assistant.answer.planned_year import asks_plan
    assert asks_further("燃气管道2025年还要改多少") and asks_plan("燃气管道2025年还要改多少")
    assert asks_further("还要再改多少公里")
    assert not asks_further("燃气管道2025年改了多少")  # twin: what is done
    assert not asks_further("还有多少处没整改")  # twin: what is left undone is no plan
