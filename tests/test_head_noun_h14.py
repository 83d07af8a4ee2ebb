"""The asked counted noun must be the HEAD of what a figure counts, not a modifier inside it: 重大隐患整改“五定”
方案 7 份 counts 方案, and a noun fronted before the predicate (重大隐患整改了多少项) is the thing counted, so
a figure of another kind of it (问题隐患 386 项) does not answer it either. Real briefings, real index."""

from __future__ import annotations

import pytest

from rag_assistant.answer.support import modifies_other, patient_noun
from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure


def test_a_noun_fronted_before_the_predicate_is_the_counted_thing():
    assert patient_noun("南通打非治违重大隐患整改了多少项？") == "重大隐患"
    assert patient_noun("盐城重点企业隐患排查了几个？") == "重点企业隐患"
    # an agent, a times or people unit, or no verb between: no fronted patient
    assert patient_noun("南通网格员排查了多少家？") == ""
    assert patient_noun("南通企业自查自纠了多少项？") == ""
    assert patient_noun("南通打非治违一共培训了多少人次") == ""
    assert patient_noun("南通社会面小场所培训开了几场？") == ""
    assert patient_noun("靖江工作专班有几个人？") == ""


def test_an_asked_noun_inside_the_counted_phrase_is_only_a_modifier():
    plan = "建立重大隐患整改“五定”方案（定措施、定人员、定资金、定时限、定预案）7 份"
    q = "南通打非治违重大隐患整改了多少项"
    assert modifies_other("重大隐患", plan, "7 份", q)
    assert not modifies_other("方案", plan, "7 份", "南通建了多少份方案")
    advice = "强化综合体安全隐患整治等方面的巡察建议书 4 份"
    assert modifies_other("综合体安全隐患", advice, "4 份", "无锡巡察查了多少处综合体安全隐患")
    assert not modifies_other("巡察建议书", advice, "4 份", "无锡形成了几份巡察建议书")
    assert not modifies_other("问题隐患", "推动企业自查自纠问题隐患 386 项", "386 项", "自查自纠问题隐患多少项")
    assert not modifies_other("隐患", "累计排查隐患 678 条", "678 条", "排查隐患多少条")
    # a compound noun (巡查单元) and an elliptic follow-up without a count unit are no modifier clause
    units = "共划分工业巡查单元 268 个、行业巡查单元 136 个"
    assert not modifies_other("行业", units, "136 个", "靖江行业的多少")


@pytest.mark.parametrize("question", [
    "南通打非治违重大隐患整改了几项？",  # 386 项 are 问题隐患; 7 份 are 整改方案
    "无锡巡察一共查出多少处综合体安全隐患？",  # 4 份 are 巡察建议书
])
def test_a_figure_whose_head_is_another_noun_is_not_the_answer(assistant, question):
    a = assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer


@pytest.mark.parametrize("question,figure", [
    ("南通打非治违出了几份重大隐患整改方案？", "7份"),
    ("南通打非治违企业自查自纠问题隐患多少项？", "386项"),
    ("无锡巡察一共形成多少份建议书？", "4份"),
    ("南通一共录入多少条基层单位应急预案？", "54397条"),
])
def test_the_twin_asking_the_head_is_answered(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


def test_reading_a_words_part_of_speech_keeps_the_tag_table_the_process_has(assistant):
    """The modifier check reads the dictionary's tag of the asked head; it must not make jieba.posseg parse its
    dictionary again (0.7 s an ask, and the compact table of index/lexicon.py replaced by a 95 MB dict)."""
    import jieba.posseg

    table = jieba.posseg.dt.word_tag_tab
    plan = "建立重大隐患整改“五定”方案（定措施、定人员、定资金、定时限、定预案）7 份"
    assert modifies_other("重大隐患", plan, "7 份", "南通打非治违重大隐患整改了多少项")
    assert jieba.posseg.dt.word_tag_tab is table
