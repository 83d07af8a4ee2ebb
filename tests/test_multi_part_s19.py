"""Several figures asked in one message: each part keeps its own words and gets its own sentence.

- A later question word's part starts after the comma before it (…整治了多少项，整改率多少: 整改率 is the second
  part's noun, not the first's tail).
- A size asked after its noun (腾退空间有多大) is a part of its own beside a counted one.
- A lead clause naming who reported (治本攻坚年度推进会通报的，…) locates the article; its verb is not the asked action.
- A sentence's 明年 in an issue of year Y states Y+1 (省财政明年将安排…约3.5亿元 answers 26年…安排多少).
- A demonstrative's resumptive noun (闲置厂房、废弃院落这些地方) is not the counted thing; a process verb the tagger
  reads as a noun (企业整治提升) leads the predicate.
- A part the briefings do not give is said to be missing, not filled with another figure.
Real sentences: 2025年第33期 (治本攻坚推进会), 2024年第15期 (张家港储罐区), 2025年第14期 (南通打非治违), 专刊 (常州),
2025年第30期 (沛县, 丹阳).
"""

from __future__ import annotations

import pytest


def _ask(assistant, question):
    a = assistant.ask(question)
    return a, a.answer.split("\n[1]")[0]


def test_second_part_keeps_the_noun_after_the_comma(extra_assistant):
    a, text = _ask(extra_assistant, "治本攻坚年度推进会通报的，1到11月重大隐患整治了多少项，整改率多少")
    assert "2.3万余项" in text and "97.6%" in text, a.answer
    assert "未给出" not in text, a.answer


def test_the_rate_alone_is_still_answered(extra_assistant):
    a, text = _ask(extra_assistant, "治本攻坚年度推进会通报的1到11月重大隐患整改率是多少")
    assert "97.6%" in text, a.answer


def test_next_year_plan_of_the_same_meeting(extra_assistant):
    a, text = _ask(extra_assistant, "治本攻坚年度推进会说1-11月重大隐患整治了多少项，26年省里专项资金安排多少")
    assert "2.3万余项" in text and "3.5亿元" in text, a.answer
    assert "18.6亿元" not in text, a.answer


def test_last_year_comparison_is_not_last_years_figure(extra_assistant):
    a, text = _ask(extra_assistant, "2024年全省兑现安全生产举报奖励资金多少？")
    assert "680万元" not in text, a.answer


@pytest.mark.parametrize("question, figures", [
    ("张家港液体化工储罐区有多少个，总罐容有多大？", ("23个", "520万立方米")),
    ("张家港储罐区监测点位接了多少个？还有如皋涉氨制冷企业总共几家", ("8900余个", "126家")),
    ("沛县用作经营的自建房有多少户？张家港储罐区划定重大风险区域多少处？", ("四千三百余户", "17处")),
])
def test_each_part_gets_its_own_figure(extra_assistant, question, figures):
    a, text = _ask(extra_assistant, question)
    assert all(f in text for f in figures), a.answer
    assert "未给出" not in text, a.answer


def test_a_part_not_given_is_said_missing(extra_assistant):
    a, text = _ask(extra_assistant, "张家港储罐区划定重大风险区域多少处？配了多少名消防员？")
    assert "17处" in text and "未给出" in text, a.answer
    assert "86名" not in text, a.answer


def test_size_after_its_noun_is_a_part(assistant):
    a, text = _ask(assistant, "常州危污乱散低企业整治提升了多少家，腾退空间有多大？")
    assert "5140余家" in text and "5770余亩" in text, a.answer
    assert not a.refused, a.answer


def test_verb_series_count(assistant):
    a, text = _ask(assistant, "常州危污乱散低企业整治提升了多少家")
    assert "5140余家" in text and not text.startswith("简报未给出"), a.answer


@pytest.mark.parametrize("question", [
    "南通用无人机排查闲置厂房、废弃院落这些地方排了多少处？",
    "南通用无人机排查闲置厂房、废弃院落排了多少处？",
])
def test_resumptive_noun_after_a_demonstrative(assistant, question):
    a, text = _ask(assistant, question)
    assert "126" in text and not text.startswith("简报未给出"), a.answer


def test_issue_locator_keeps_its_issue(assistant):
    a, text = _ask(assistant, "25年第14期南通那篇，部门联合检查搞了几回？用无人机排查闲置厂房、废弃院落这些地方排了多少处？")
    assert "37" in text and "126" in text, a.answer
    assert "未给出" not in text, a.answer
