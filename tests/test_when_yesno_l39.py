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


# 2026年第13期 泰州靖江市 (巡查单元划分): a yes/no claiming where an article was printed with the printing verb and no
# 是 (那篇登在25年16期上吗) is checked against the masthead as 是不是登在… is, not read as a filter of 2025年第16期.
from rag_assistant.answer.confirm import printed_claim, unclaimed, verdict  # noqa: E402
from rag_assistant.types import Briefing  # noqa: E402


def test_printed_claim_without_shi():
    for q in ("靖江划巡查单元那篇登在25年16期上吗？", "靖江那篇刊在第14期吗？", "南通那篇文章发在2025年第16期上的吧？"):
        assert printed_claim(q), q
    assert unclaimed("靖江划巡查单元那篇登在25年16期上吗？") == "靖江划巡查单元那篇"
    assert not printed_claim("靖江划了多少个巡查单元？")


def test_printed_claim_checks_year_and_number():
    b = Briefing(source="003.txt", publication="江苏应急管理简报", year=2026, number=13, date="2026-03-26",
                 office=None, headline=None, articles=())
    assert verdict("靖江那篇登在25年16期上吗？", b) == "不是。"
    assert verdict("靖江那篇登在26年13期上吗？", b) == "是。"
    assert verdict("靖江那篇登在26年16期上吗？", b) == "不是。"  # the number counts without 第


# 2025年第30期 宜兴 table: 周铁镇	96	680 under 燃气窑炉企业（家）| 排查隐患（处）. A bare cell counts in its column header's
# unit, so 是不是超过100家 is checked against 96 (不是), not left unread and answered 是.
from rag_assistant.answer.polarity import row_context, stated_figure_check  # noqa: E402

_YIXING = ("各镇（街道）整治进展如下表：\n表 宜兴市重点镇（街道）陶瓷窑炉燃气整治进展\n"
           "镇（街道）\t燃气窑炉企业（家）\t排查隐患（处）\t主要做法\n"
           "丁蜀镇\t312\t2260\t推行“一窑一码”，报警装置与监管平台联网\n"
           "周铁镇\t96\t680\t村企共建燃气巡查队，每周夜查一次\n")
_ROW = "周铁镇\t96\t680\t村企共建燃气巡查队，每周夜查一次"


def _check(question: str) -> tuple[bool, str] | None:
    context = row_context(_ROW, _YIXING)
    got = stated_figure_check(question, _ROW, 0, _ROW, (), None, context)
    return None if got is None else (got[0], got[1].surface)


def test_row_cell_takes_header_unit_in_yesno():
    assert "燃气窑炉企业（家）" in row_context(_ROW, _YIXING)
    assert _check("周铁镇燃气窑炉企业是不是超过100家？") == (False, "96")
    assert _check("周铁镇燃气窑炉企业有没有超过90家？") == (True, "96")
    assert _check("周铁镇排查出的隐患超过700处了吗？") == (False, "680")
    # outside a table (no context) the bare cells stay unread, as before
    assert stated_figure_check("周铁镇燃气窑炉企业是不是超过100家？", _ROW, 0, _ROW) is None
