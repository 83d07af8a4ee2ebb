"""Dates and yes/no readings found by round-39 variants (helper l39).

2025年第14期 南通: 截至当前，全市累计排查企业 31933 家 — 这是截至哪天的数 asks a day, and 截至当前 is dated by the
issue (2025年5月30日): it answers a question of any grain that asks as of when."""

from __future__ import annotations

from rag_assistant.answer.times import answer_times

_NANTONG = "截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家、医药生产企业 121 家。"


def _said(sentence: str, question: str) -> list[str]:
    return [f.surface for f in answer_times(sentence, question)]


def test_as_of_now_answers_a_day_or_month_ask():
    for q in ("南通打非治违累计排查了3万多家企业，这是截至哪天的数", "这3万多家是截至几月份的数",
              "南通累计排查企业3万多家是截至几号的", "南通排查的企业数截至啥时候"):
        assert _said(_NANTONG, q) == ["截至当前"], q


def test_as_of_now_does_not_answer_a_start_or_plain_day():
    # no 截至 asked: 截至当前 answers nothing (哪天开始排查的)
    assert _said(_NANTONG, "南通哪天开始排查的") == []
