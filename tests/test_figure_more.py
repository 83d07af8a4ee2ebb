"""How large and in what form a figure is asked: a scale without a unit word (多少万, 几百万, 几个亿), a percentage
asked 百分之多少, money asked 多少块钱 — on the real bundled briefings; a change asked after a count (死亡多少人，同比降了
多少), printed only in the synthetic 2025年第9期 of eval/extra_briefings."""

from __future__ import annotations

import re

import pytest

from support import BUNDLED, EXTRA, squash

JIANGSU_16 = BUNDLED / "001_9ab1dbcf5bb79156.txt"
SPECIAL = BUNDLED / "002_ca7909b6935f5c44.txt"
LATEST = BUNDLED / "003_07edcc791e64548a.txt"
YANGZHOU = BUNDLED / "004_91fdd76356558e47.txt"


def lead(answer) -> str:
    return squash(re.split(r"[。；]", answer.answer)[0])


def text(path) -> str:
    return squash(path.read_text(encoding="utf-8"))


def test_a_bare_scale_asks_the_figure_of_that_size_not_the_first_count_of_the_sentence(assistant):
    # one sentence: 已有 343 家企业…拟发放 175.1 万元，已发放 23.47 万元 — 已有 also qualifies the 343 家
    assert "全市已有343家企业落实隐患报告奖励机制" in text(JIANGSU_16)
    a = assistant.ask("宿迁隐患报告奖励已经发出去多少万？")
    assert "23.47万元" in lead(a) and "343家" not in lead(a), a.answer
    assert a.understood.parts[0].scale == "万"


def test_a_scale_with_a_numeral_is_no_topic_word(assistant):
    assert "处罚金额282.87万元" in text(YANGZHOU)
    a = assistant.ask("扬州处罚金额有几百万？")
    assert not a.refused and "282.87万元" in lead(a), a.answer
    assert "几百万" not in a.understood.topic


def test_ji_ge_yi_asks_a_scale_not_a_count_of_ge(assistant):
    parts = assistant.ask("滨海县处罚金额几个亿？").understood.parts
    assert parts[0].unit != "个" and parts[0].scale == "亿" and parts[0].unit_class == "money"


def test_bai_fen_zhi_duo_shao_asks_a_percentage(assistant):
    assert "督促企业整改率达98.2%" in text(SPECIAL)
    a = assistant.ask("南通网上巡查的整改率是百分之多少？")
    assert not a.refused and "未给出" not in a.answer and "98.2%" in lead(a), a.answer
    part = a.understood.parts[0]
    assert (part.unit, part.unit_class, part.measure) == ("%", "ratio", "")


def test_kuai_qian_asks_money_not_a_count_of_kuai(assistant):
    assert "一次性补助4000元" in text(LATEST)
    a = assistant.ask("海安对考中级注安师的人补多少块钱？")
    assert not a.refused and "4000元" in lead(a), a.answer
    assert a.understood.parts[0].unit_class == "money"



def test_a_change_asked_after_a_count_is_the_change_of_that_count(extra_assistant):
    assert "死亡231人，同比分别下降12.4%和9.8%" in text(EXTRA / "extra_2025_09.txt")
    a = extra_assistant.ask("一季度全省事故死亡多少人，同比降了多少？")
    body = squash(a.answer)
    assert "231人" in body and "9.8%" in body and "12.4%" not in body and "未给出" not in body, a.answer
    change = a.understood.parts[1]
    assert change.unit == "" and "死亡" in change.terms


def test_ge_the_general_classifier_is_answered_by_a_count_in_ming(assistant):
    assert "核增18名编制" in text(YANGZHOU)
    a = assistant.ask("滨海县核增了几个编制？")
    assert not a.refused and "未给出" not in a.answer and "18名" in lead(a), a.answer


DAFEI = BUNDLED / "000_c4edaeb9e379b5d7.txt"


def test_duo_da_mian_ji_is_a_question_word_not_a_topic(assistant):
    assert "整治提升腾退空间5770余亩" in text(SPECIAL)
    a = assistant.ask("常州整治腾退了多大面积？")
    assert not a.refused and "未给出" not in a.answer and "5770余亩" in lead(a), a.answer


def test_a_frequency_of_the_asked_unit_answers_it(assistant):
    # 排查企业 31933 家，…医药生产企业 121 家，立案查处违法违规行 9 家次
    assert "立案查处违法违规行9家次" in text(DAFEI)
    a = assistant.ask("南通打非治违立案查处违法违规多少家？")
    assert "9家次" in lead(a) and "121家" not in lead(a), a.answer


@pytest.mark.parametrize("question, figure", [("南通打非治违组织夜查和四不两直检查几回？", "28次"),
                                              ("南通打非治违跨部门联合检查搞了多少趟？", "37次")])
def test_colloquial_words_for_times_ask_a_count_of_times(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and "未给出" not in a.answer and figure in lead(a) and "人次" not in lead(a), a.answer


def test_a_bare_noun_after_a_figure_question_asks_its_figure_not_the_whole_sentence(assistant):
    # 抓获嫌疑人 8 人、刑拘 2 人 share a sentence with 立案 2 人 and 查处案件 5 起
    a = assistant.ask("刑拘呢？", history=["无锡巡察立案几人？"])
    assert "多少" in a.understood.question and "刑拘2人" in lead(a) and "8人" not in lead(a), a.answer


def test_two_nouns_joined_by_he_at_one_question_word_ask_two_figures(assistant):
    assert "建成116家公办体验馆、105家企业体验馆" in text(SPECIAL)
    a = assistant.ask("苏州建成多少家公办体验馆和企业体验馆？")
    assert "116家" in squash(a.answer) and "105家" in squash(a.answer), a.answer
    one = assistant.ask("南通给弱势群体家庭装了多少台感烟探测器和喷淋装置？")  # one figure for both: said once
    assert "8731套" in lead(one) and "未给出" not in one.answer, one.answer


def test_qi_after_a_verb_of_issuing_counts_a_bulletin_not_briefings(extra_assistant):
    assert "平台发布大风预警信息46期" in text(EXTRA / "extra_2024_08.txt")
    a = extra_assistant.ask("盐城大风预警发了几期？")
    assert a.understood.kind == "figure" and "46期" in lead(a), a.answer


def test_a_planned_figure_listed_after_the_plan_word_answers_a_plan_question_with_a_noun(assistant):
    # 全年计划组织各类业务培训班 50 余次、人员 3000 余人次: 计划 governs both listed figures
    assert "全年计划组织各类业务培训班50余次、人员3000余人次" in text(YANGZHOU)
    a = assistant.ask("滨海县计划培训人员多少人次？")
    assert not a.refused and "未给出" not in a.answer and "3000余人次" in lead(a), a.answer
    assert a.understood.parts[0].measure == "培训人员"  # 计划 qualifies; it is not the counted noun


def test_a_leading_scope_with_ne_keeps_the_place_of_the_previous_turn(assistant):
    # 2026年第13期 has two articles with 巡查单元: 南通 6570 个, 靖江 268 + 136 + 785 + 942 个
    a = assistant.ask("第13期呢，划分了多少巡查单元？", history=["南通25年第16期有多少安全巡查员？"])
    assert "南通" in a.understood.question and "6570个" in lead(a), a.answer


def test_an_approximate_figure_in_the_question_is_no_topic_word(assistant):
    # 苏州全市有80902家生产企业: 8万多家 asks that figure; its token 万多 is not a word to look for
    a = assistant.ask("苏州全市生产企业8万多家？")
    assert not a.refused and "80902家" in squash(a.answer), a.answer
    assert not any("多" in t for t in a.understood.topic)


def test_the_verb_of_a_relative_clause_naming_the_asked_thing_says_which_step_is_counted(extra_assistant):
    # 排查整治管道隐患193处，已整改186处: 整改的管道隐患 are the 186, though only 193 has the noun said after it
    a = extra_assistant.ask("六合整改的管道隐患有多少处？")
    assert "186处" in squash(a.answer) and "193处" not in squash(a.answer), a.answer
    a = extra_assistant.ask("六合排查整治的管道隐患有多少处？")
    assert "193处" in squash(a.answer), a.answer
    # 发现问题隐患1124处，已整改1087处 (another article): as a side of a comparison too
    a = extra_assistant.ask("如皋整改的问题隐患有多少处？")
    assert "1087处" in squash(a.answer) and "1124处" not in squash(a.answer), a.answer
    a = extra_assistant.ask("金湖整改的隐患和六合整改的管道隐患，哪个多？")
    assert "438处" in squash(a.answer) and "186处" in squash(a.answer), a.answer
    # a relative clause on the object of another predicate (罚) says which firms, not what is counted
    a = extra_assistant.ask("江北新区对拒不整改的施工企业一共罚了多少钱？")
    assert "126.5万元" in squash(a.answer), a.answer
