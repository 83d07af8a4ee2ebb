"""Metadata from the Briefing record whatever the wording: an issue's number (or that it has none), its
sections, how many articles it carried, and county-level articles, on the real briefings and index."""

from __future__ import annotations


from support import squash

ISSUE_14 = "000_c4edaeb9e379b5d7.txt"
SPECIAL = "002_ca7909b6935f5c44.txt"
LATEST = "003_07edcc791e64548a.txt"
ISSUE_2021 = "004_91fdd76356558e47.txt"


def test_the_number_of_an_unnumbered_special_feature_is_said_to_be_missing(assistant):
    a = assistant.ask("应急先锋行那期是第几期？")
    assert "未注明期号" in a.answer and not a.refused, a.answer
    assert [c.source for c in a.citations] == [SPECIAL]


def test_the_number_of_a_numbered_issue_is_its_label(assistant):
    a = assistant.ask("二〇二六年第十三期是第几期？")
    assert "2026年第13期" in a.answer and [c.source for c in a.citations] == [LATEST], a.answer


def test_an_issue_with_a_named_section(assistant):
    a = assistant.ask("哪一期有重要新闻栏目？")
    assert not a.refused and "2025年第14期" in a.answer, a.answer
    assert {c.source for c in a.citations} == {ISSUE_14}


def test_how_many_articles_an_issue_carried(assistant):
    a = assistant.ask("最早那期简报一共登了几篇？")
    assert "2021年第10期" in a.answer and "3篇" in a.answer, a.answer
    assert a.unsupported_numbers == (), a.unsupported_numbers  # the count is checked against the list
    which = assistant.ask("2025年第14期刊登了哪几篇文章？")  # 哪几篇 asks which ones: no count
    assert "篇：" not in which.answer and "2025年第14期" in which.answer, which.answer


def test_a_verb_of_saying_is_not_a_topic(assistant):
    a = assistant.ask("哪几期讲到了泰州？")
    assert not a.refused and "2026年第13期" in a.answer, a.answer


def test_county_level_is_a_filter_not_a_topic(assistant):
    a = assistant.ask("哪几期简报登了县里的经验？")
    assert not a.refused, a.answer
    assert {c.source for c in a.citations} == {LATEST, ISSUE_2021}, a.answer
    assert "靖江" in a.answer and "滨海" in a.answer


def test_who_issued_an_issue_is_the_office_of_its_masthead(assistant):
    a = assistant.ask("2026年第13期是谁印发的？")
    assert a.understood.asks == "office" and "江苏省应急管理厅办公室" in a.answer, a.answer
    assert [c.source for c in a.citations] == [LATEST] and "江苏省应急管理厅办公室" in a.citations[0].quote
    older = assistant.ask("21年第10期的编发单位是哪个？")
    assert "江苏省应急管理厅编发" in older.answer, older.answer  # 2021: the 厅 itself, no 办公室


def test_who_issued_the_briefings_lists_each_office_and_the_special_feature_without_one(assistant):
    a = assistant.ask("这些简报是哪个部门出的？")
    assert len(a.citations) == 5 and "未注明编发单位" in a.answer, a.answer


def test_a_content_question_with_who_is_not_about_the_issuer(assistant):
    a = assistant.ask("宿迁的奖励是谁发的？")
    assert a.understood.asks != "office"


def test_an_issue_number_without_di_after_a_year(assistant):
    a = assistant.ask("25年16期有几篇文章？")
    assert a.understood.sources == ("001_9ab1dbcf5bb79156.txt",), a.understood
    assert "3篇" in a.answer and "2025年第14期" not in a.answer, a.answer


def test_how_many_issues_counts_them_whatever_the_collection_is_called(assistant):
    for question in ("库里有几期简报？", "一共收录了几期？", "现在一共有多少期简报？"):
        a = assistant.ask(question)
        assert not a.refused and a.answer.startswith("共5期"), (question, a.answer)
        assert len({c.source for c in a.citations}) == 5 and a.unsupported_numbers == ()
    year = assistant.ask("2025年出了几期简报？")
    assert year.answer.startswith("共2期"), year.answer


def test_a_topic_no_briefing_has_still_lists_nothing(assistant):
    a = assistant.ask("烟花爆竹登过哪几期？")
    assert a.refused and "烟花爆竹" in a.answer, a.answer


def test_tekan_or_zhuankan_names_the_unnumbered_issue(assistant):
    a = assistant.ask("特刊是第几期？")
    assert "未注明期号" in a.answer and [c.source for c in a.citations] == [SPECIAL], a.answer
    scoped = assistant.ask("专刊里南通的应急救援队伍有多少支？")
    assert scoped.understood.sources == (SPECIAL,) and "661支" in squash(scoped.answer), scoped.answer


def test_zuijin_na_qi_is_the_latest_issue(assistant):
    a = assistant.ask("最近那期主要说了什么？")
    assert not a.refused and {c.source for c in a.citations} == {LATEST}, a.answer


def test_a_no_within_one_issue_cites_what_that_issue_carried(assistant):
    # 无锡 is in 2025年第16期, not 第14期: the "no" lists and cites the articles of 第14期
    a = assistant.ask("25年14期有没有登无锡的文章？")
    assert a.answer.startswith("没有") and not a.refused, a.answer
    assert "南通市扎实推进化工" in a.answer and "[1]" in a.answer, a.answer
    assert a.citations and all(c.source == "000_c4edaeb9e379b5d7.txt" for c in a.citations), a.citations
