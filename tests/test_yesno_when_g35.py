"""Yes/no on a claimed month and compare across periods (round 35, helper G), on the real briefings.

2025年第14期 (5月29日，…启动并部署全省“安全生产月”活动; 6月起我省将进入主汛期); 2026年第7期 1月份…79起 and
2026年第10期 1至2月…96起."""

from __future__ import annotations

from rag_assistant.answer.claim_date import claim_date_check
from rag_assistant.answer.understand import read_parts

_LAUNCH = "5月29日，我省在组织收听收看全国“安全生产月”活动启动仪式后，启动并部署全省“安全生产月”活动。"


def _head(answer: str) -> str:
    return answer.split("。")[0]


def test_claimed_month_against_the_day():
    assert claim_date_check("全省安全生产月活动是不是在6月启动的？", "启动并部署全省“安全生产月”活动", _LAUNCH) == (False, "5月29日")
    assert claim_date_check("全省安全生产月活动是不是在5月启动的？", "启动并部署全省“安全生产月”活动", _LAUNCH) == (True, "5月29日")
    assert claim_date_check("是不是6月起实施的？", "启动并部署", _LAUNCH) is None  # a start, not a month claimed


def test_compare_measure_drops_the_period():
    parts = read_parts("1月份全省事故起数和1至2月比哪个多？", "compare", ())
    assert all("月份" not in p.measure for p in parts)


def test_claimed_month_of_a_launch(assistant):
    a = assistant.ask("全省安全生产月活动是不是在6月启动的？").answer
    assert _head(a).startswith("不是") and "5月29日" in _head(a)
    a = assistant.ask("全省安全生产月活动是不是在5月启动的？").answer
    assert _head(a).startswith("是") and "5月29日" in a


def test_compare_across_periods(extra_assistant):
    a = extra_assistant.ask("1月份全省事故起数和1至2月比哪个多？").answer
    assert "79起" in a and "96起" in a and "1至2月多于1月" in a and "时段不同" in a
