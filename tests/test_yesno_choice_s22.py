"""Yes/no and either-or questions, round 22: a choice between two directions of change leads with the text's
direction (是下降还是上升 → 下降), a figure said reached with 了 and a yes/no tag is at least that figure (完成40公里了没有
← 41.5公里: 是), and a place the question claims as the location that the evidence article is not about is 不是
(靖江是在苏州试点的吗 ← 泰州靖江市). Real sentences: 2025年第9期 (淮安, 徐州, 江都), 2026年第3期 (全省, 南京, 无锡),
2026年第13期 (南通, 靖江)."""

from __future__ import annotations

import re

from rag_assistant.answer.thresholds import relation_of
from rag_assistant.answer.trend_choice import asks_direction, without_direction
from rag_assistant.numbers import extract_figures


def _head(answer: str) -> str:
    """The answer's lead, before its first source and without a scope note."""
    return re.sub(r"^(?:（[^）]*）)+", "", answer.split("据", 1)[0])


def test_direction_choice_words():
    assert asks_direction("2025年全省立案处罚是增长还是下降？")
    assert asks_direction("违法行为比上年多了还是少了")
    assert asks_direction("事故起数是增加了还是减少了")
    assert not asks_direction("南京多还是苏州多")  # two sides, not two directions
    assert not asks_direction("罚没款是不是下降了？")
    assert without_direction("事故起数是增加了还是减少了") == "事故起数是"


def test_a_figure_reached_with_le_is_at_least():
    q = "一季度改造完成40公里了没有？"
    assert relation_of(q, extract_figures(q)[0]) == "ge"
    q = "企业有87家吗？"  # a bare figure stays the same figure
    assert relation_of(q, extract_figures(q)[0]) == "eq"


def test_direction_choice_leads_with_the_text_direction(extra_assistant):
    a = extra_assistant.ask("26年第3期说2025年全省事故死亡人数是下降还是上升？")
    assert _head(a.answer).startswith("下降"), a.answer
    a = extra_assistant.ask("25年第9期一季度全省事故起数是增加了还是减少了")
    assert "下降" in _head(a.answer) and "268起" in a.answer, a.answer
    a = extra_assistant.ask("2025年全省立案处罚是增长还是下降？")
    assert "下降" in _head(a.answer) and "增长" not in _head(a.answer), a.answer


def test_twin_is_it_down_keeps_its_verdict(extra_assistant):
    a = extra_assistant.ask("2025年全省罚没款是不是下降了？")
    assert _head(a.answer).startswith("不是") and "增长" in a.answer, a.answer


def test_a_reached_figure_is_at_least(extra_assistant):
    a = extra_assistant.ask("淮安燃气管网一季度改造完成40公里了没有？")
    assert a.answer.startswith("是") and "41.5公里" in a.answer, a.answer
    a = extra_assistant.ask("淮安燃气管网一季度改造完成50公里了没有？")
    assert a.answer.startswith("没有") and "41.5公里" in a.answer, a.answer
    a = extra_assistant.ask("江都区九小场所赋码2万家了吗")
    assert a.answer.startswith("没有") and "1.16万家" in a.answer, a.answer


def test_a_claimed_place_the_article_is_not_about(assistant):
    a = assistant.ask("靖江是在苏州试点的网格化吗？")
    assert a.answer.startswith("不是") and "靖江" in _head(a.answer), a.answer
    assert any(c.source == "003_07edcc791e64548a.txt" for c in a.citations), a.citations
    a = assistant.ask("靖江是在泰州试点的网格化吗？")  # twin: the article is 泰州靖江市's
    assert a.answer.startswith("是"), a.answer
    a = assistant.ask("南通是不是所有镇街都明确了副书记主管安全？")  # twin: one place, no claim
    assert a.answer.startswith("是"), a.answer
