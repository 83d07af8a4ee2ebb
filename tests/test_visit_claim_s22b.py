"""Yes/no claims with one wrong detail, round 22b: a claim that counts heads (覆盖10.5万人吗, 11.3万余人进村入企)
answered by the text's visit count (10.5万人次, 11.3万余人次) is 不是, with the text's figure and what it counts
(rag_assistant/answer/visit_claim.py); the twin worded in visits stays 是. Wrong figures, kinds, steps, qualifiers
and places of the same articles stay 不是/没有 and their twins 是. Real sentences: 2021年第10期 (苏州, 扬州),
2025年第14期 (南通打非治违), 2025年第16期 (南通, 宿迁, 无锡), 2026年第13期 (南通, 靖江)."""

from __future__ import annotations

import re

import pytest

from rag_assistant.answer.visit_claim import visit_for_heads, visit_note
from rag_assistant.numbers import extract_figures


def _head(answer: str) -> str:
    """The answer's lead, before its first source and without a scope note."""
    return re.sub(r"^(?:（[^）]*）)+", "", answer.split("据", 1)[0])


def test_heads_against_visits():
    given = extract_figures("培训覆盖 10.5 万人次")[0]
    assert visit_for_heads("培训覆盖10.5万人吗", given)
    assert not visit_for_heads("培训覆盖10.5万人次吗", given)
    assert not visit_for_heads("培训覆盖10万人吗", given)  # another value: the figure check answers it
    assert not visit_for_heads("检查了1027家吗", extract_figures("检查单位1027家")[0])
    assert visit_for_heads("检查了1027家吗", extract_figures("检查单位1027家次")[0])
    assert visit_note(given) == "（按人次计，不是人数）"


@pytest.mark.parametrize("question,yes,figure", [
    ("南通燃气消防安全培训覆盖10.5万人吗", False, "10.5万人次"),
    ("南通燃气消防安全培训覆盖10.5万人次吗", True, "10.5万人次"),
    ("苏州组织11.3万余人进村入企了吗", False, "11.3万余人次"),
    ("苏州组织11.3万余人次进村入企了吗", True, "11.3万余人次"),
    ("南通打非治违精准识别了121家化工生产企业吗", False, "248家"),  # the wrong kind
    ("南通打非治违精准识别了121家医药生产企业吗", True, "121家"),
    ("宿迁已经发放奖励金额175.1万元了吗", False, "23.47万元"),  # the wrong qualifier
    ("宿迁拟发放奖励金额175.1万元吗", True, "175.1万元"),
    ("无锡巡察期间刑拘了8人吗", False, "2人"),  # the wrong step
    ("无锡巡察期间抓获嫌疑人8人吗", True, "8人"),
    ("南通六化建设配备巡查员6570人吗", False, "6758人"),  # a neighbour figure
    ("南通六化建设配备巡查员6758人吗", True, "6758人"),
    ("南通危化企业重大事故隐患超过200条吗", False, "115条"),
    ("南通危化企业重大事故隐患超过100条吗", True, "115条"),
])
def test_one_wrong_detail_is_no_and_its_twin_yes(assistant, question, yes, figure):
    a = assistant.ask(question)
    head = _head(a.answer)
    assert head.startswith(("是", "有")) is yes, a.answer
    assert head.startswith(("不是", "没有")) is not yes, a.answer
    assert figure in head.replace(" ", ""), a.answer


@pytest.mark.parametrize("question", ["靖江103个镇街都明确副书记主管安全了吗", "无锡54家化工企业建立了事故隐患报告制度吗"])
def test_the_wrong_place_is_no(assistant, question):
    a = assistant.ask(question)
    assert _head(a.answer).startswith(("不是", "没有")), a.answer
