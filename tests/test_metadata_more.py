"""Metadata from the Briefing record whatever the wording: an issue's number (or that it has none), its
sections, how many articles it carried, and county-level articles, on the real briefings and index."""

from __future__ import annotations

import re

squash = lambda s: re.sub(r"\s+", "", s)
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


def test_a_verb_of_saying_is_not_a_topic(assistant):
    a = assistant.ask("哪几期讲到了泰州？")
    assert not a.refused and "2026年第13期" in a.answer, a.answer


def test_county_level_is_a_filter_not_a_topic(assistant):
    a = assistant.ask("哪几期简报登了县里的经验？")
    assert not a.refused, a.answer
    assert {c.source for c in a.citations} == {LATEST, ISSUE_2021}, a.answer
    assert "靖江" in a.answer and "滨海" in a.answer
