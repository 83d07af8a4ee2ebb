"""Paraphrases of dev `when` items that failed while their originals passed (round 38, helper s38).

2021年第10期 滨海: 完善“周学季考”“周六学习日”机制，每周组织全县应急系统人员集中学习，每季度组织考试 — 多长时间考一次
asks the recurrence of the 考试, not the earlier 每周 of the 学习. 2024年第21期 连云港: 实现基地内“3分钟到场、5分钟处置” —
多长时间到场 asks that time limit, which is said without 内."""

from __future__ import annotations

import pytest

from rag_assistant.answer.times import answer_times

_BINHAI = ("完善“周学季考”“周六学习日”机制，每周组织全县应急系统人员集中学习，每季度组织考试，考试结果纳入个人年度考核。")
_HUAIAN = ("督促镇街党委、政府每季度专题研究安全生产和消防工作，镇街分管领导每月召集相关机构共同研判安全生产形势，"
           "镇街职能机构每周统筹工作。")
_LYG = "建成3个专职消防特勤站，实现基地内“3分钟到场、5分钟处置”。"


def _said(sentence: str, question: str) -> list[str]:
    return [f.surface for f in answer_times(sentence, question)]


def test_the_verb_before_once_picks_its_own_recurrence():
    assert _said(_BINHAI, "滨海应急系统多长时间考一次") == ["每季度"]
    assert _said(_HUAIAN, "淮安镇街分管领导多久召集一次研判") == ["每月"]
    # twin: no verb before 一次, every recurrence stays for the later ranking
    assert set(_said(_BINHAI, "滨海应急系统多长时间组织学习")) >= {"每周", "每季度"}


def test_an_arrival_limit_without_nei_is_a_period():
    assert _said(_LYG, "连云港石化基地专职消防队多长时间要到场") == ["3分钟", "5分钟"]
    assert _said("配备专职消防队员260人。", "多长时间到场") == []  # twin: a count of people is no time
    assert _said(_LYG, "特勤站什么时候建成的") == []  # twin: a point asked, a limit is no answer


@pytest.mark.parametrize("question, expected", [
    ("滨海应急系统多长时间考一次？", "每季度"),
    ("滨海县应急系统多久考一次试？", "每季度"),
])
def test_binhai_exam_recurrence_end_to_end(assistant, question, expected):
    answer = assistant.ask(question)
    assert not answer.refused
    assert answer.answer.startswith(expected)


def test_lianyungang_arrival_limit_end_to_end(extra_assistant):
    answer = extra_assistant.ask("连云港石化基地专职消防队多长时间要到场？")
    assert not answer.refused
    assert "3分钟" in answer.answer.replace(" ", "")


def test_a_case_noun_after_the_case_making_action_restates_the_count():
    from rag_assistant.answer.case_noun import without_case_noun
    assert without_case_noun("24年镇江和常州立案处罚的案件哪个多？") == "24年镇江和常州立案处罚哪个多？"
    assert without_case_noun("常州立案处罚的案件有多少") == "常州立案处罚有多少"
    assert without_case_noun("查处的案件多少件") == "查处的案件多少件"  # twin: 件 counts files, the noun stays
    assert without_case_noun("案件线索多少条") == "案件线索多少条"  # twin: no action before it


def test_zhenjiang_changzhou_cases_compare_end_to_end(extra_assistant):
    answer = extra_assistant.ask("24年镇江和常州立案处罚的案件哪个多？")
    text = answer.answer.replace(" ", "")
    assert not answer.refused
    assert "52起" in text and "158起" in text
