"""Differences (A比B多几家, 差了多少), years as sides (25年和26年哪年多) and norms that are not counts, on the
real briefings and index."""

from __future__ import annotations


from support import squash, raw_briefing as raw

ISSUE_16 = "001_9ab1dbcf5bb79156.txt"
SPECIAL = "002_ca7909b6935f5c44.txt"
LATEST = "003_07edcc791e64548a.txt"
ISSUE_2021 = "004_91fdd76356558e47.txt"


def test_a_bi_b_asks_both_sides_and_their_gap(assistant):
    assert "建成116家公办体验馆、105家企业体验馆" in raw(SPECIAL)
    a = assistant.ask("苏州公办体验馆比企业体验馆多几家？")
    said = squash(a.answer)
    assert a.understood.kind == "compare" and len(a.understood.parts) == 2, a.understood
    assert "116家" in said and "105家" in said and "多11家" in said, a.answer
    assert a.unsupported_numbers == (), a.unsupported_numbers  # the gap is checked against its cited operands


def test_a_gap_in_wan_yuan_keeps_the_scale_and_is_not_dropped_by_the_verifier(assistant):
    assert "拟发放奖励金额175.1万元，已发放奖励金额23.47万元" in raw(ISSUE_16)
    a = assistant.ask("宿迁隐患报告奖励拟发的和已发的差了多少钱？")
    assert "151.63万元" in squash(a.answer), a.answer
    assert not a.refused


def test_no_gap_between_units_that_differ(assistant):
    # 人次 of a campaign's training vs 家 of enterprises: no subtraction, and the answer says why
    a = assistant.ask("南通25年燃气消防培训覆盖的人次比26年穿透式培训覆盖的企业多多少？")
    assert "不能直接比较" in a.answer and "－" not in a.answer, a.answer


def test_years_as_sides_are_not_a_date_question(assistant):
    a = assistant.ask("南通建立隐患报告奖励机制的企业，25年和26年哪年多？")
    assert a.understood.kind == "compare"
    assert [p.year for p in a.understood.parts] == [2025, 2026]
    assert all(p.unit_class != "date" and p.measure == "企业" for p in a.understood.parts), a.understood.parts
    assert "3.42万家" in squash(a.answer), a.answer


def test_a_norm_to_meet_is_not_the_count_of_what_was_done(assistant):
    text = raw(ISSUE_2021)
    assert "每月抽取不少于5家单位" in text and "联动检查各类生产经营单位947家" in text
    a = assistant.ask("扬州三位一体查了多少家单位？")
    assert "947家" in squash(a.answer), a.answer
    asked = assistant.ask("扬州每月至少抽取几家单位实施三位一体执法检查？")
    assert "5家" in squash(asked.answer), asked.answer


def test_sides_naming_their_own_issues_do_not_scope_the_question_to_the_first(assistant):
    a = assistant.ask("南通25年14期的基层网格员和26年13期配的巡查员，哪个多？")
    assert a.understood.sources is None, a.understood
    assert "1.2万名" in squash(a.answer) and "6758人" in squash(a.answer), a.answer


def test_a_modifier_the_title_says_is_the_setting_of_a_side(assistant):
    # 宿迁's sentence says 奖励金额 under a title about 隐患…报告奖励: its money answers 隐患奖励金额
    assert "事故隐患内部报告奖励机制" in raw(ISSUE_16)
    a = assistant.ask("南通和宿迁，谁的隐患奖励金额高？")
    said = squash(a.answer)
    assert "3000万元" in said and ("23.47万元" in said or "175.1万元" in said), a.answer
    assert "南通多于宿迁" in a.answer


def test_a_duo_haishi_b_duo_and_a_gen_b_bi(assistant):
    for question in ("南通智能工厂多还是5G工厂多？", "南通的智能工厂跟5G工厂比，哪个多？"):
        a = assistant.ask(question)
        assert a.understood.kind == "compare" and len(a.understood.parts) == 2, (question, a.understood)
        assert a.understood.parts[0].measure == "智能工厂", a.understood.parts
        assert "137家" in squash(a.answer) and "27家" in squash(a.answer) and "多于" in a.answer, a.answer


def test_a_gap_asked_with_shao_is_said_with_shao(assistant):
    a = assistant.ask("靖江工业巡查单元比住宅巡查单元少多少？")
    assert "少674个" in squash(a.answer), a.answer


def test_a_side_reads_that_mechanism_through_the_sentence_that_named_it(assistant):
    # 2025年第16期: 已有2.5万家生产经营单位建立该机制 — 该机制 is the 隐患…报告奖励机制 named two sentences before;
    # the other side (2026: 3.42万家企业) is counted in 家, so 386项 of another 2025 article does not answer
    text = raw(ISSUE_16)
    assert "2.5万家生产经营单位建立该机制" in text and "事故隐患内部报告奖励机制实施方案" in text
    a = assistant.ask("南通25年和26年，建立隐患报告奖励机制的企业哪年多？")
    said = squash(a.answer)
    assert "2.5万家" in said and "3.42万家" in said and "386" not in said, a.answer
    assert {c.source for c in a.citations} >= {ISSUE_16, LATEST}


def test_counts_of_two_kinds_of_thing_are_not_compared(assistant):
    # 处 counts places and 份 counts records: both are counts, but of different kinds of thing
    assert "完善“一企一档”信息369份，运用无人机巡航排查闲置厂房、废弃院落等隐蔽场所126处" in raw("000_c4edaeb9e379b5d7.txt")
    a = assistant.ask("南通无人机查的隐蔽场所和一企一档信息，哪个多？")
    said = squash(a.answer)
    assert "126处" in said and "369份" in said, a.answer
    assert "不能直接比较" in a.answer and "多于" not in a.answer, a.answer


def test_a_side_named_by_a_money_word_alone_is_found_by_its_verb(assistant):
    # 罚的款 asks 扬州's 处罚金额: 款 names the money class, the text says 金额
    a = assistant.ask("扬州罚的款和宿迁拟发的隐患奖励比，哪个钱多？")
    said = squash(a.answer)
    assert "282.87万元" in said and "175.1万元" in said, a.answer
    assert "简报未给出" not in a.answer and "多于" not in a.answer, a.answer
