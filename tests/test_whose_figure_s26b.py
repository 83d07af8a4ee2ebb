"""A figure of a county inside the asked city (or of the city around an asked county) says whose it is.

Bundled briefings: 2026年第13期 泰州靖江市依托…将全市13个镇街（园区）共划分工业巡查单元268个、…小场所巡查单元785个;
2021年第10期 《盐城市滨海县：…》 全年计划组织各类业务培训班50余次, 挂牌成立滨海县沿海工业园应急管理中心，核增18名编制.
Twins ask the county itself: same figure, no note."""

from __future__ import annotations

from rag_assistant.answer.whose_figure import owner_note


def test_owner_note_reads_the_sentence_and_title():
    sentence = "泰州靖江市依托省网格化数智应用系统，将全市 13 个镇街（园区）共划分工业巡查单元 268 个、行业巡查单元 136 个"
    clause = "镇街（园区）共划分工业巡查单元 268 个"
    title = "泰州靖江市：依托网格化数智应用系统完成巡查单元划分"
    assert "靖江市" in owner_note(["泰州"], sentence, clause, title)
    assert owner_note(["靖江"], sentence, clause, title) == ""  # the asked place's own figure
    assert owner_note(["南京"], sentence, clause, title) == ""  # not nested: no note
    # a county asked, the city's own figure: the note names the city
    assert "泰州市" in owner_note(["靖江"], "泰州市共排查隐患500处", "共排查隐患500处", "泰州市：安全检查")


def test_answers_name_the_figure_owner(assistant):
    for question, figure, owner in (("泰州划了多少个工业巡查单元", "268", "靖江市"),
                                    ("泰州小场所巡查单元有几个", "785", "靖江市"),
                                    ("盐城全年计划搞多少次业务培训班", "50 余次", "滨海县"),
                                    ("盐城沿海工业园应急管理中心核增了几个编制", "18", "滨海县")):
        a = assistant.ask(question).answer
        assert figure in a and f"该数字为" in a and owner in a.split("》")[-1], (question, a)
    for question, figure in (("靖江划了多少个工业巡查单元", "268"), ("靖江市小场所巡查单元有几个", "785"),
                             ("滨海县全年计划组织多少次培训班", "50 余次"), ("滨海沿海工业园应急管理中心核增几个编制", "18")):
        a = assistant.ask(question).answer
        assert figure in a and "该数字为" not in a, (question, a)
