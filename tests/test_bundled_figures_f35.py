"""Figures on the five bundled briefings asked as staff type them (round 35, helper f): a 专题 that qualifies the
act it names (专题培训会), a count asked with 几个 whose noun the segmenter cuts otherwise after a numeral (几个镇街 /
103个镇街), a section's list of places that details only that section.

Briefing text read: 2025年第14期 南通 打非治违 (组织专题培训会 9 场次) and 2026年第13期 南通 六化 (组织社会面小场所
培训 287 场次; 全市103个镇街…); the 专刊 南通 article (南通121个乡镇（街道）的应急预案…); 2026年第13期 靖江 (13 个镇街);
2025年第14期 【重要新闻】 安全生产月 and 【地方动态】 南通, 淮安."""

from __future__ import annotations

from rag_assistant.answer.lexicon import SCOPE_WORDS_RE
from rag_assistant.answer.retrieve import answer_shaped_tokens
from rag_assistant.index.store import bm25_tokens


def test_a_topic_meeting_is_asked_by_its_own_words(assistant):
    answer = assistant.ask("南通专题培训会开了几次")
    assert not answer.refused
    assert "9 场次" in answer.answer and "287" not in answer.answer


def test_zhuanti_before_an_act_is_no_issue_word():
    assert SCOPE_WORDS_RE.sub("", "南通专题培训会开了几次") == "南通专题培训会开了几次"
    assert SCOPE_WORDS_RE.sub("", "专题报告交了几篇") == "专题报告交了几篇"
    assert "专题" not in SCOPE_WORDS_RE.sub("", "专题里讲了哪些城市")  # the special issue itself


def test_a_count_asked_with_jige_finds_the_figure_the_text_cuts_apart(assistant):
    asked = assistant.ask("南通有几个镇街")
    assert "103个" in asked.answer and "121个" not in asked.answer
    carried = assistant.ask("那南通呢", history=["靖江有几个镇街"])
    assert "103个" in carried.answer and "121个" not in carried.answer


def test_answer_shaped_tokens_add_only_the_answers_cut():
    question = "南通有几个镇街"
    extra = answer_shaped_tokens(question, bm25_tokens(question))
    assert set(extra) <= set(bm25_tokens("全市103个镇街"))
    assert extra and not any(c.isdigit() for t in extra for c in t)
    assert answer_shaped_tokens("南通累计排查企业", bm25_tokens("南通累计排查企业")) == []  # no count asked


def test_a_sections_places_are_detailed_without_the_other_section(assistant):
    answer = assistant.ask("2025年第14期有哪些地方动态")
    assert "南通" in answer.answer and "淮安" in answer.answer
    assert "安全生产月" not in answer.answer
    before = assistant.ask("上一期呢", history=["2025年第16期有哪些地方动态"])
    assert "淮安" in before.answer and "安全生产月" not in before.answer
