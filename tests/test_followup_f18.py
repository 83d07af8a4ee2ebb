"""Follow-ups about the last turn's figure: its source (这个数是哪一期的 → the figure again, with its issue and
article), and a place switch out of the last turn's issue (那常州呢 after 南通26年那期…: the issue located 南通's
figure and holds no 常州 article, so 常州 is asked over every briefing). Pure pattern directly; answers on the real
index."""

from __future__ import annotations

from rag_assistant.answer import lexicon as lx
from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure


def test_the_source_of_a_figure_is_asked_by_a_demonstrative():
    assert lx.FIGURE_SOURCE_RE.search("这个数是哪一期上的")
    assert lx.FIGURE_SOURCE_RE.search("那个数字出自哪篇")
    assert not lx.FIGURE_SOURCE_RE.search("这个数是多少")


def test_the_source_of_the_last_figure_is_that_figure_with_its_issue(assistant):
    a = assistant.ask("那个数字出自哪篇？", history=["扬州三位一体查了多少家单位？"])
    assert not a.refused and contains_figure(a.answer, "947家") and "2021年第10期" in a.answer, a.answer


def test_a_place_switch_out_of_the_last_issue_asks_everywhere(assistant):
    a = assistant.ask("那常州呢？", history=["南通26年那期全市一共多少个镇街？"])
    assert not a.refused and contains_figure(a.answer, "66个"), a.answer  # 专刊: 全市66个镇（街道）
    a = assistant.ask("那镇江呢？", history=["南通26年那期全市一共多少个镇街？"])
    assert a.refused or declines(a.answer), a.answer  # no briefing reports 镇江
    a = assistant.ask("那靖江呢？", history=["南通26年划分了多少个巡查单元？"])
    assert contains_figure(a.answer, "268个") and "2026年第13期" in a.answer, a.answer  # 靖江 is in that issue
