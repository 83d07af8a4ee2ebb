"""What a supporting clause must say beyond the shared words, part two: a plan word that governs a listed figure,
the asked role beside a person's name, an end asked where the text gives a start, a whole the question states
(its part cannot be larger), and 目录 inside a noun (风险目录 is not the issue's table of contents). Each probe
declines (a refusal or a partial answer that gives no figure as the answer); its twin, asking what the text
does say, is still answered. Real briefings, real index."""

from __future__ import annotations

import pytest

from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure


def _declined(a) -> bool:
    return a.refused or declines(a.answer)


def test_a_plan_word_governs_every_figure_listed_after_it(assistant):
    # 全年计划组织各类业务培训班 50 余次、人员 3000 余人次: 3000 余人次 is planned too.
    a = assistant.ask("滨海县全年业务培训实际培训了多少人次？")
    assert _declined(a), a.answer
    b = assistant.ask("滨海县全年计划培训多少人次？")
    assert not b.refused and contains_figure(b.answer, "3000余人次"), b.answer


@pytest.mark.parametrize("question", [
    "莱恩精工的安全总监叫啥名字？",  # only 总经理陈小金 is named
    "新亚科技管举报箱的人是谁？",  # 明确责任部门与人员: no name
])
def test_a_name_in_another_role_does_not_answer_who(assistant, question):
    a = assistant.ask(question)
    assert _declined(a), a.answer


def test_the_named_role_is_answered(assistant):
    a = assistant.ask("莱恩精工模具事业部总经理叫什么名字？")
    assert not a.refused and "陈小金" in a.answer, a.answer


def test_an_asked_end_is_not_answered_by_a_start(assistant):
    a = assistant.ask("连云港的百团大战哪天结束？")  # 今年9月以来 is when it began
    assert _declined(a), a.answer
    b = assistant.ask("连云港的百团大战是什么时候开始的？")
    assert not b.refused and "9月" in b.answer, b.answer


def test_a_part_is_not_larger_than_the_whole_the_question_states(assistant):
    a = assistant.ask("苏州548家危化品企业中有多少家是生产企业？")  # 80902家生产企业 is all of Suzhou's
    assert _declined(a), a.answer
    b = assistant.ask("南通查改的36975条隐患里重大事故隐患有多少条？")
    assert not b.refused and contains_figure(b.answer, "115条"), b.answer


def test_a_noun_ending_in_mulu_is_not_the_table_of_contents(assistant):
    a = assistant.ask("徐州的非工业企业风险目录是哪一年定的？")  # the article gives no year
    assert a.understood.kind == "when" and _declined(a), a.answer
    b = assistant.ask("2026年第13期的目录有哪些？")
    assert b.understood.kind == "list" and "靖江" in b.answer, b.answer


def test_a_share_of_a_whole_is_not_answered_by_a_count(assistant):
    a = assistant.ask("南通小场所摸排数占全省的多少？")  # 10.47 万余家 is a count; no province total
    assert a.understood.parts[0].unit_class == "ratio" and _declined(a), a.answer
    b = assistant.ask("南通小场所摸排了多少家？")
    assert not b.refused and contains_figure(b.answer, "10.47万余家"), b.answer


def test_the_whole_counts_in_the_asked_unit(assistant):
    a = assistant.ask("扬州立案查处的703件里有多少件罚了款？")  # 发现问题隐患4088条 is more than the 703件
    assert _declined(a), a.answer


def test_an_asked_level_the_figure_does_not_say_is_not_answered(assistant):
    a = assistant.ask("南通有多少家国家级智能工厂企业？")  # 137 家省先进级智能工厂: another level
    assert _declined(a), a.answer
    b = assistant.ask("南通打非治违聘请了多少人次省级专家？")
    assert not b.refused and contains_figure(b.answer, "175人次"), b.answer


@pytest.mark.parametrize("question", [
    "南通的六化建设是哪一年开始搞的？",  # 结合复工复产 is an event, not a year
    "靖江的巡查单元是哪一天划分完成的？",  # 试点成功后 is an event, not a day
])
def test_a_named_time_grain_needs_a_time_of_that_grain(assistant, question):
    a = assistant.ask(question)
    assert _declined(a), a.answer


@pytest.mark.parametrize("question,said", [
    ("全省安全生产月是哪天启动的？", "5月29日"),
    ("常州力争哪年实现应急救援队伍全覆盖？", "2023年底"),
])
def test_a_time_of_the_asked_grain_is_answered(assistant, question, said):
    a = assistant.ask(question)
    assert not a.refused and said in a.answer, a.answer


def test_a_province_wide_question_is_not_answered_by_a_city_figure(assistant):
    a = assistant.ask("全省有多少家危化品企业？")  # 548家危化品企业 are Suzhou's
    assert _declined(a), a.answer
    b = assistant.ask("苏州有多少家危化品企业？")
    assert not b.refused and contains_figure(b.answer, "548家"), b.answer


def test_a_person_question_declined_names_the_name_as_missing(assistant):
    a = assistant.ask("新亚科技管举报箱的人是谁？")  # not 「…的人数」: a name is asked, not a head count
    assert _declined(a) and "的姓名" in a.answer and "人数" not in a.answer, a.answer


def test_a_stated_whole_does_not_answer_a_count_of_another_thing(assistant):
    a = assistant.ask("常州66个镇街一共划分了多少个网格？")  # 66个镇（街道）…全部完成网格划分: no count of 网格
    assert _declined(a), a.answer
    b = assistant.ask("南通103个镇街里有多少个明确了副书记主管安全？")  # the whole is the answer: 全部明确
    assert not b.refused and contains_figure(b.answer, "103个"), b.answer
