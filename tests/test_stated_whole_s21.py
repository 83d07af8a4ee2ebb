"""A question that states a figure and asks how much of it was done (年底前再改造的1200公里燃气管网完成了多少,
193处管道隐患整改了多少) takes that figure as the whole: a larger done figure (截至8月底已完成2860公里) is not
its part, nor is a done figure of an article that never states the whole (淮安…一季度已完成41.5公里). The
answer is then partial (简报未给出…；关于…，简报提到：…), while the twins whose part is given keep their figure.
Real sentences: 2025年第24期 (城市生命线, 六合区), 2026年第3期 (苏州高层建筑)."""

from __future__ import annotations

from rag_assistant.answer.given import _wholes, whole_unstated


def _whole(question: str) -> list[tuple[str, str]]:
    return [(str(f.value), f.unit) for f in _wholes(question)]


def test_a_stated_figure_whose_done_part_is_asked_is_a_whole():
    assert _whole("年底前再改造的1200公里燃气管网完成了多少？") == [("1200", "公里")]
    assert _whole("78项重点任务已经完成了多少项") == [("78", "项")]
    # another clause, a comparison, or another thing counted after 多少: no whole
    assert _whole("去年排查1200处，今年排查了多少处？") == []
    assert _whole("比去年的1200公里多了多少？") == []
    assert _whole("6570个巡查单元配了多少个巡查员？") == []
    assert _whole("13个设区市建了多少个平台？") == []


def test_the_whole_must_be_the_articles_own():
    q = "年底前再改造的1200公里燃气管网完成了多少？"
    assert whole_unstated(q, "淮安市…一季度已完成41.5公里")
    assert not whole_unstated(q, "截至8月底，全省已完成燃气老旧管网改造2 860公里，拟于年底前再改造1200公里。")


def test_progress_on_a_planned_figure_is_not_the_earlier_done_figure(extra_assistant):
    a = extra_assistant.ask("城市生命线年底前再改造的1200公里燃气管网完成了多少？")
    assert a.answer.startswith("简报未给出"), a.answer
    assert "41.5" not in a.answer, a.answer


def test_the_done_figure_itself_is_still_answered(extra_assistant):
    a = extra_assistant.ask("截至8月底全省完成燃气老旧管网改造多少公里？")
    assert "2860" in a.answer.replace(" ", ""), a.answer


def test_a_part_of_the_articles_own_whole_is_still_answered(extra_assistant):
    a = extra_assistant.ask("六合区193处管道隐患整改了多少？")
    assert "186" in a.answer and not a.answer.startswith("简报未给出"), a.answer
    a = extra_assistant.ask("苏州排查发现的3.47万处高层建筑隐患整改了多少？")
    assert "3.21万" in a.answer and not a.answer.startswith("简报未给出"), a.answer


def test_a_whole_stated_without_its_unit_is_the_articles_own():
    assert not whole_unstated("无锡1650万奖补资金兑现了多少？", "市级安排安全生产奖补资金1650万元，已兑现1280万元")


def test_a_year_or_an_issue_is_no_whole():
    assert _whole("26年南通企业班组安全员配了多少") == []
    assert _whole("第16期宿迁已经发了多少") == []
    assert _whole("2025年第9期一季度全省死亡人数同比降了多少") == []
