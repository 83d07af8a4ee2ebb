"""Round 39 (lead): an issue's date asked the way people say it (几号发的, 出刊日期) and an article's title asked.

Real bundled and extra briefings, real index. An issue whose footer prints another day than its masthead is
answered with both dates, each quoted from its own line; a publication verb left in the topic (发, 出刊) does not
turn the question into an article search; 那篇标题叫啥 names the article by its title and issue.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", ["26年7期是几号发的？", "2026年第七期的出刊日期是哪天", "第7期简报什么时候出的"])
def test_issue_date_said_colloquially_gives_masthead_and_printing_dates(extra_assistant, question):
    a = extra_assistant.ask(question)
    assert a.answer.startswith("2026年第7期简报，日期为2026年2月27日[1]，于2026年3月2日印发[2]"), a.answer
    assert "2026" in a.citations[0].quote and a.citations[1].quote.endswith("印发")
    assert [c.source for c in a.citations] == ["extra_2026_07.docx"] * 2


def test_printing_asked_by_name_still_leads_with_the_printing_date(extra_assistant):
    a = extra_assistant.ask("2025年第20期是哪天印发的？")
    assert a.answer.startswith("2025年第20期简报于2025年8月25日印发[1]"), a.answer
    assert "2025年8月22日" in a.answer  # the masthead date beside it


@pytest.mark.parametrize("question", ["最新一期靖江那篇标题叫啥？", "靖江巡查单元那篇文章的题目是什么？"])
def test_title_ask_names_the_article_and_its_issue(assistant, question):
    a = assistant.ask(question)
    assert a.answer.startswith("《泰州靖江市：依托网格化数智应用系统完成巡查单元划分》刊登于2026年第13期"), a.answer
    assert a.citations[0].title == "泰州靖江市：依托网格化数智应用系统完成巡查单元划分"


def test_title_ask_without_a_place_or_topic_is_not_an_article_search(assistant):
    a = assistant.ask("宿迁隐患报告奖励那篇叫什么？")
    assert "《宿迁多措并举构建化工和危化品企业事故隐患内部报告奖励机制》" in a.answer, a.answer
    assert "未找到" not in a.answer
