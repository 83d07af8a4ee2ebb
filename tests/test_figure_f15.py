"""A figure right before another figure in another unit counts batches of the second's noun (公布 9 批 24 个典型案例),
and an issue number typed without 第 or a year after a place (南通16期…) scopes the question to that issue. On the
real briefings and index."""

from __future__ import annotations

from support import raw_briefing as raw, squash

from rag_assistant.text import normalize_numerals

ISSUE_16 = "001_9ab1dbcf5bb79156.txt"


def test_a_figure_right_before_another_counts_its_noun():
    from rag_assistant.answer.counted import shared_noun
    from rag_assistant.numbers import extract_figures

    s = "公布 9 批 24 个典型案例"
    figures = list(extract_figures(s))
    assert shared_noun(s, figures, figures[0]) == "典型案例"


def test_batches_of_cases_answer_a_question_in_batches(assistant):
    assert "公布9批24个典型案例" in raw(ISSUE_16)
    a = assistant.ask("南通公布了几批典型案例？")
    # 9批24个典型案例 is one phrase (9 batches holding 24 cases) and is quoted whole; the batches are 9, never 24
    assert "公布9批" in squash(a.answer) and "24批" not in squash(a.answer) and not a.refused, a.answer
    b = assistant.ask("南通公布了多少个典型案例？")
    assert "24个典型案例" in squash(b.answer), b.answer


def test_a_bare_issue_number_after_a_place_is_the_issue():
    assert normalize_numerals("南通16期安全巡查员有多少人？") == "南通第16期安全巡查员有多少人？"
    assert normalize_numerals("是不是办了3期培训班") == "是不是办了3期培训班"  # a count of sessions, not an issue
    assert normalize_numerals("连续3期登过") == "连续3期登过"


def test_a_bare_issue_number_scopes_the_figure(assistant):
    # 安全巡查员 7500余名 is in 2025年第16期; 巡查员 6758人 in 2026年第13期
    a = assistant.ask("南通16期安全巡查员有多少人？")
    assert "7500余名" in squash(a.answer) and "6758" not in a.answer, a.answer


def test_a_noun_standing_as_the_classifier_of_a_bare_figure(assistant):
    # 8 部门 has no measure word: the asked noun itself follows the figure (几个部门 → 8 部门, not 联合检查 37 次)
    assert "由工信、公安、市场监管等8部门组成联合检查组" in raw("000_c4edaeb9e379b5d7.txt")
    a = assistant.ask("南通打非治违联合检查组由几个部门组成？")
    said = squash(a.answer)
    assert "8部门" in said and "37次" not in said, a.answer
