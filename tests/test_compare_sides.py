"""Comparisons whose two sides name different things, campaigns or issues, on the real briefings and index."""

from __future__ import annotations


from support import squash, raw_briefing as raw

NANTONG_14 = "000_c4edaeb9e379b5d7.txt"
LATEST = "003_07edcc791e64548a.txt"


def test_compare_of_two_roles_says_they_are_not_one_measure(assistant):
    assert "1.2万名基层网格员" in raw(NANTONG_14) and "配备巡查员6758人" in raw(LATEST)
    a = assistant.ask("南通25年14期的基层网格员和26年13期配的巡查员，哪个多？")
    assert "1.2万名" in squash(a.answer) and "6758人" in squash(a.answer), a.answer
    assert "不能直接比较" in a.answer and "多于" not in a.answer


def test_a_side_naming_only_a_measure_stays_in_the_campaign_the_other_side_names(assistant):
    text = raw(NANTONG_14)
    assert "打非治违" in text and "专题培训会9场次" in text and "聘请省级专家175人次" in text
    a = assistant.ask("南通打非治违请省级专家的人次和专题培训会的场次，哪个多？")
    assert "175人次" in squash(a.answer) and "9场次" in squash(a.answer), a.answer
    assert {c.source for c in a.citations} == {NANTONG_14}
    assert "不能直接比较" in a.answer  # 人次 of experts vs 场次 of meetings



def test_a_side_with_no_place_or_issue_is_read_in_the_campaign_the_question_names(assistant):
    # 培训 also appears in the 2025年第16期 南通 article; the question is about the 打非治违 article
    a = assistant.ask("南通打非治违聘请的专家和开的培训会，哪个多？")
    assert "175人次" in squash(a.answer), a.answer
    assert {c.source for c in a.citations} == {NANTONG_14}, a.answer


def test_two_counts_of_one_articles_work_are_compared(assistant):
    text = raw("001_9ab1dbcf5bb79156.txt")
    assert "交办立行立改事项2178个" in text and "通报行业领域突出问题186个" in text
    a = assistant.ask("无锡巡察交办的立行立改事项和通报的突出问题，哪个多？")
    assert "多于" in a.answer and "不能直接比较" not in a.answer, a.answer


SPECIAL = "002_ca7909b6935f5c44.txt"


def test_a_side_asking_the_number_of_a_noun_is_a_count_and_each_side_keeps_its_issue(assistant):
    assert "南通121个乡镇（街道）" in raw(SPECIAL) and "全市103个镇街" in raw(LATEST)
    a = assistant.ask("南通专刊里写的乡镇（街道）数，和26年简报里的镇街数，哪个多？")
    assert "121个" in squash(a.answer) and "103个" in squash(a.answer), a.answer
    assert {c.source for c in a.citations} == {SPECIAL, LATEST}


def test_a_side_naming_the_special_issue_is_read_in_the_special_issue(assistant):
    # both sides ask the same noun; without its own scope the 专刊 side takes the 2026 figure
    a = assistant.ask("南通专刊里写的镇街数和26年简报里写的镇街数，哪个多？")
    assert "121个" in squash(a.answer), a.answer
    assert {c.source for c in a.citations} == {SPECIAL, LATEST}


def test_the_number_of_a_noun_keeps_the_noun_as_the_measure(assistant):
    text = raw("001_9ab1dbcf5bb79156.txt")
    assert "343家企业落实隐患报告奖励机制" in text and "2.5万家生产经营单位建立该机制" in text
    a = assistant.ask("南通和宿迁落实隐患报告奖励机制的企业数，哪个多？")
    assert "343家" in squash(a.answer), a.answer


def test_a_relative_clause_after_the_sides_is_asked_of_every_side(extra_assistant):
    # 哪个已整改的隐患多: each side asks for the 已整改 figure (已整改1087处), not the 发现 one before it
    # (发现问题隐患1124处，已整改1087处; 排查问题隐患2630处，已整改2480处), as 如皋已整改的隐患有多少处 does.
    a = extra_assistant.ask("如皋和兴化哪个已整改的隐患多？")
    assert "1087处" in squash(a.answer) and "2480处" in squash(a.answer), a.answer
    assert "1124处" not in squash(a.answer) and "2630处" not in squash(a.answer), a.answer
    # sides that name more than a place: 共排查发现隐患3.47万处，已整改3.21万处
    a = extra_assistant.ask("苏州高层建筑和泰州建筑施工，哪个已整改的隐患多？")
    assert "3.21万处" in squash(a.answer) and "9482条" in squash(a.answer), a.answer
    a = extra_assistant.ask("苏州高层建筑和泰州建筑施工，哪个发现的隐患多？")
    assert "3.47万处" in squash(a.answer) and "9650条" in squash(a.answer), a.answer
