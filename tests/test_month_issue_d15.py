"""Round 15 (d15): an issue named by its month with 初/底/中旬/下旬 (12月初那期, 25年12月底那期, 去年12月底那期) names an
issue, not a period the figure must be of: the sentence of 1至11月 answers 12月初那期…1到11月检查了多少."""

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.scope import asked_periods


def _periods(text):
    return [m.group(0) for m in lx.PERIOD_ASKED_RE.finditer(text)]


def test_a_month_issue_with_a_part_of_the_month_is_no_period():
    assert _periods("12月初那期里丹阳组了几个检查小组") == []
    assert _periods("10月中旬的那期简报江阴遴选了多少名专家") == []
    assert _periods("去年12月底那期讲全省重大事故隐患整改率多少") == []
    # the data period it asks stays, as one range (round 19: 1到11月 is one period, not its last month)
    assert _periods("12月初那期简报说全省1到11月检查了多少") == ["1到11月"]
    assert asked_periods("12月初那期简报说全省1到11月检查了多少") == ("1至11月",)
    assert asked_periods("25年12月底那期昆山摸排了多少幢出租厂房") == ()


def test_a_month_or_year_without_an_issue_is_still_a_period():
    assert _periods("去年12月检查了多少") == ["去年", "12月"]
    assert _periods("12月底检查了多少家") == ["12月"]
    assert _periods("今年3月份检查了多少") == ["3月份"]


def test_month_issues_in_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("12月初那期里丹阳组了几个检查小组？")
    assert not a.refused and "四十六个" in a.answer, a.answer
    b = extra_assistant.ask("25年12月底那期昆山摸排了多少幢出租厂房？")
    assert not b.refused and "3142幢" in b.answer, b.answer
