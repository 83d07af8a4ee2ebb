"""A grade said after the thing it grades (重大危险源里一级的, 消防工程师中二级的) is read like a grade said before it
(post_grade.py), so the whole count no longer answers one grade's share.

Sentences of the briefings: 2024年第21期 (extra) 连云港石化产业基地 涉及重大危险源124处 (no grade); 2026年第13期 海安
对考取中级注安师和一级消防工程师人员一次性补助4000元."""

from __future__ import annotations

from rag_assistant.answer.post_grade import fronted_grade


def test_a_grade_said_after_its_thing(extra_assistant):
    assert "一级重大危险源" in fronted_grade("连云港石化基地重大危险源里一级的有几处")
    assert fronted_grade("连云港石化基地重大危险源有几处") == "连云港石化基地重大危险源有几处"
    for question in ("连云港石化基地重大危险源里一级的有几处", "石化基地那些重大危险源当中二级的有多少", "海安消防工程师中二级的补多少钱"):
        a = extra_assistant.ask(question).answer
        assert "未给出" in a, (question, a)
    for question, has in (("连云港石化基地重大危险源几处", "124处"), ("海安消防工程师里一级的补助多少钱", "4000元")):
        a = extra_assistant.ask(question).answer  # twins: the whole count, and the grade the sentence gives
        assert has in a and "未给出" not in a, (question, a)
