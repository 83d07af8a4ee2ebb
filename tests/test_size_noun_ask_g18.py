"""A size asked before its noun at the end of a clause (过火多大范围, 腾出来多大空间, 拆除违规搭建多大地方) asks a figure
of its own beside another asked figure: its clause is a part, asked as an area or volume, so it neither drops out
of the answer nor borrows the other part's unit. On the real extra briefing 2026年第10期 (过火面积26.4公顷)."""

from __future__ import annotations

from support import squash

from rag_assistant.answer.measure import asked_class
from rag_assistant.answer.segments import asking_segments


def test_a_size_before_its_noun_is_a_part_of_its_own():
    assert asking_segments("今年1至2月全省森林火情发生几起，过火多大范围？") == ["今年1至2月全省森林火情发生几起", "过火多大范围"]
    assert asking_segments("拆除违规搭建多大地方？整改了多少处隐患？") == ["拆除违规搭建多大地方", "整改了多少处隐患"]
    assert asked_class("腾出来多大空间") == ("", "area|volume")
    # 多大面积 is a question word already; a size alone asks no part of its own
    assert asking_segments("过火多大面积？") == ["过火多大面积"]
    assert asked_class("全省森林火情发生几起") == ("起", "count")


def test_both_figures_are_answered(extra_assistant):
    a = extra_assistant.ask("今年1至2月全省森林火情发生几起，过火多大范围？")
    text = squash(a.answer)
    assert not a.refused and "7起" in text and "26.4公顷" in text and "未给出" not in text, a.answer
