"""Two parts of one message whose best figure is the same (helper m15): the part that would lose most by giving it up
keeps it, and the other takes its close second, so both figures are answered (徐州风险上报单位和较大以上风险数量:
21021家 and 39777条, not 39777条 alone). On the real briefings and index, plus the ordering rule on its own."""

from __future__ import annotations

from types import SimpleNamespace as NS

from support import raw_briefing as raw, squash

ISSUE_16 = "001_9ab1dbcf5bb79156.txt"
XUZHOU = "002_ca7909b6935f5c44.txt"


def _pair(start: int, score: float):
    sentence = NS(entry=NS(article=NS(id="a")), start=0)
    return sentence, NS(score=score, figure=NS(start=start))


def test_the_part_losing_most_keeps_the_shared_figure():
    from rag_assistant.answer.evidence import _distinct_figures

    # part 0 scores the shared figure higher (0.91) but has a close second (0.78); part 1's second is far (0.31)
    units = [_pair(10, 0.91), _pair(5, 0.78)]
    risks = [_pair(10, 0.86), _pair(5, 0.31)]
    unitless = [NS(unit=""), NS(unit="")]
    out = _distinct_figures([units, risks], unitless)
    assert out[0][0][1].figure.start == 5 and out[1][0][1].figure.start == 10
    # a part asking the shared figure's unit keeps it, however the other part scores it
    units[0][1].figure.unit, units[1][1].figure.unit = "条", "家"
    risks[0][1].figure.unit, risks[1][1].figure.unit = "条", "家"
    out = _distinct_figures([[units[0], units[1]], [risks[0], risks[1]]], [NS(unit="家"), NS(unit="条")])
    assert out[0][0][1].figure.start == 5 and out[1][0][1].figure.start == 10


def test_units_and_risks_asked_together_give_both_figures(assistant):
    assert "对全市21021家生产经营单位报告的39777条较大以上风险" in raw(XUZHOU)
    a = assistant.ask("徐州上报风险的生产经营单位和较大以上风险的数量")
    said = squash(a.answer)
    assert "21021家" in said and "39777条" in said, a.answer


def test_fields_and_units_asked_together_give_both_figures(assistant):
    assert "全市12个重点行业领域已有2.5万家生产经营单位建立该机制" in raw(ISSUE_16)
    a = assistant.ask("南通重点行业领域和生产经营单位数量")
    said = squash(a.answer)
    assert "12个" in said and "2.5万家" in said, a.answer
