"""Follow-ups that swap only the counted subject (round 38, helper d38).

2025年第14期 南通: 全市累计排查企业 31933 家，精准识别化工生产企业 248 家、医药生产企业 121 家. 那医药企业呢 after
南通排查了多少家企业 is made 南通排查了多少家医药企业 by carrying the last question's verb; the article says 识别 of
the 121, so the carried 排查 must not veto the figure as another act (condense marks the slot "predicate"). A verb the
user says himself keeps every check, and a listed step said otherwise (发现 for 整改) still refuses."""

from __future__ import annotations

from rag_assistant.answer.condense import condense


def test_a_subject_swap_marks_its_verb_as_carried(assistant):
    library = assistant._state.library
    assert "predicate" in condense("那医药企业呢", ["南通排查了多少家企业"], library).carried
    assert "predicate" not in condense("那盐城呢", ["南通排查了多少家企业"], library).carried  # twin: a place swap
    assert "predicate" not in condense("南通排查了多少家企业", [], library).carried


def test_a_swapped_subject_is_answered_under_its_own_verb(assistant):
    answer = assistant.ask("那医药企业呢", history=["南通排查了多少家企业"])
    assert not answer.refused
    assert "121" in answer.answer and "31933" not in answer.answer
    answer = assistant.ask("化工生产企业呢", history=["南通排查了多少家企业"])
    assert not answer.refused
    assert "248" in answer.answer


def test_a_bare_noun_after_a_figure_asks_its_figure_not_a_stock(assistant):
    """专家呢 after 南通组织夜查多少次 becomes 南通专家多少, which reads as a stock question; the question word is the
    condenser's (slot "ask"), so 聘请省级专家 175 人次 answers it and no stock check refuses the 人次."""
    library = assistant._state.library
    assert "ask" in condense("专家呢", ["南通组织夜查多少次"], library).carried
    assert "ask" not in condense("南通有多少专家？", [], library).carried  # twin: the user asked the stock
    answer = assistant.ask("专家呢", history=["南通组织夜查多少次"])
    assert not answer.refused
    assert "175" in answer.answer


def test_a_code_of_digits_and_letters_is_part_of_the_counted_noun(assistant):
    """2026年第13期 南通: 创建 137 家省先进级智能工厂，27 家企业获评 5G 工厂. jieba cuts 5G as 5 | G, which ended the
    counted noun, so 5G工厂呢 after …智能工厂 asked no noun and got the 137."""
    from rag_assistant.nouns import noun_run
    assert noun_run("5G工厂") == "5G工厂"
    assert noun_run("12350举报热线") == ""  # twin: a number is no modifier of the noun
    answer = assistant.ask("5G工厂呢", history=["南通创建了多少家省先进级智能工厂"])
    assert "27" in answer.answer and "137" not in answer.answer
    answer = assistant.ask("南通创建了多少家智能工厂？")  # twin: the other kind of factory
    assert "137" in answer.answer
