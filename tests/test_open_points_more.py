"""Open answers over the real briefings: headings cite their article, words no briefing has do not narrow,
each of several articles keeps its points, and a point's line names its own mechanism."""

from __future__ import annotations

import re

from test_pipeline import raw, squash

NANTONG_2025_16 = "001_9ab1dbcf5bb79156.txt"
LIUHUA = ("网格化", "专业化", "数字化", "全员化", "实体化", "手册化")
RISK_LEADS = ("夯实小场所安全基础", "深化危化行业隐患排查", "创新工贸事故溯源防控", "激发隐患报告内生动力")


def test_every_article_heading_cites_the_title_it_names(assistant):
    a = assistant.ask("苏州的做法有哪些？")
    headings = [ln for ln in a.answer.splitlines() if "《" in ln]
    assert len(headings) == 2, a.answer
    by_n = {c.n: c for c in a.citations}
    for line in headings:
        m = re.search(r"《(.+?)》\[(\d+)\]", line)
        assert m, line
        assert by_n[int(m.group(2))].quote == m.group(1)


def test_a_word_no_briefing_has_does_not_narrow_an_article_to_one_part(assistant):
    # 亮点 is in no briefing; 生产 alone is too common to name a part of the 风险隐患防控 article
    assert "亮点" not in squash(raw(NANTONG_2025_16))
    a = assistant.ask("南通这几年在安全生产上有哪些亮点？")
    block = a.answer.split("《南通强化风险隐患防控")[1].split("三、")[0]
    assert all(lead in block for lead in RISK_LEADS), a.answer


def test_each_of_several_articles_keeps_its_enumerated_points(assistant):
    a = assistant.ask("南通这几年在安全生产上有哪些亮点？")
    assert "多篇相关文章" in a.answer
    block = a.answer.split("二、")[0]
    assert all(f"聚焦“{name}”" in block for name in LIUHUA), block


def test_a_point_line_names_the_mechanism_its_body_introduces(assistant):
    # the leads say 深化危化行业隐患排查 / 创新工贸事故溯源防控; the mechanisms are named in the bodies
    a = assistant.ask("南通在风险隐患防控方面做了哪些工作？")
    assert "“两月一主题”" in a.answer and "“一案五析三联动”" in a.answer, a.answer
    assert all(lead in a.answer for lead in RISK_LEADS)
    assert not a.unsupported_numbers and not a.invalid_markers


def test_which_places_with_a_topic_lists_the_places_then_what_each_did(assistant):
    a = assistant.ask("哪些地方在搞隐患举报奖励？")
    first, rest = a.answer.split("\n", 1)
    assert "宿迁" in first and "无锡" in first, a.answer  # the list of places stays the first line
    assert "隐患随手拍" in rest and "“奖”字助力" in rest and "企业内部举报奖励制度" in rest, a.answer
    assert not a.unsupported_numbers and not a.invalid_markers


def test_across_places_takes_a_section_whose_sentence_says_the_topic(assistant):
    # 无锡's special-feature section is titled 以更高质量筑牢安全发展底线; one sentence says 鼓励举报…隐患 with “奖”字助力
    a = assistant.ask("各地在隐患举报奖励上是怎么做的？")
    assert "多篇相关文章" in a.answer and "“奖”字助力" in a.answer, a.answer
    assert a.answer.index("2025年第16期") < a.answer.index("专刊")  # newest first


def test_a_whole_article_answer_opens_with_the_approach_its_introduction_names(assistant):
    # 连云港's special-feature section names 百团大战 only in its introduction, before the lead phrases
    a = assistant.ask("连云港是怎么做的？")
    first = a.answer.splitlines()[1]
    assert "“百团大战”" in first and re.search(r"\[\d+\]$", first), a.answer
    # 南通打非治违: the introduction's named mechanisms, not the campaign its title already names
    b = assistant.ask("南通打非治违采取了哪些措施？")
    assert "“2+3 工作制”“网格化+专业化”" in b.answer.splitlines()[1], b.answer


def test_key_sentences_of_an_unenumerated_article_include_the_one_naming_a_mechanism(assistant):
    # the 南通 special-feature section has no enumeration; its last paragraph names the 线上+线下 mechanism
    # without a statistic in that sentence, and eight figure sentences come before it
    a = assistant.ask("南通推进“四化”提升本质安全是怎么做的？")
    assert "“线上预警监测+线下精准执法”" in a.answer, a.answer
    assert len([ln for ln in a.answer.splitlines() if re.match(r"[一二三四五六七八九]、", ln)]) <= 8
