"""A change asked after a count is the change of that count, also when the changes are listed after 分别; and a
table row is read under its caption and column headers (the year and 同比 are said only in the header row).
Both forms are printed only in the synthetic 2026年第3期 of eval/extra_briefings (the bundled five have no
table and no 同比分别), so these run on the eval's extra corpus."""

from __future__ import annotations

import re

from support import EXTRA, squash

from rag_assistant.answer.respective import changed_figure
from rag_assistant.answer.tables import column_header, table_context
from rag_assistant.numbers import extract_figures

ISSUE_2026_03 = EXTRA / "extra_2026_03.txt"


def lead(answer) -> str:
    return squash(re.split(r"[。；]", answer.answer)[0])


def test_a_change_listed_after_fenbie_answers_the_count_it_pairs_with(extra_assistant):
    assert "1036起、死亡894人，同比分别下降11.2%和8.7%" in squash(ISSUE_2026_03.read_text(encoding="utf-8"))
    a = extra_assistant.ask("25年全省生产安全事故死了多少人，同比下降多少？")
    assert "894人" in a.answer and "8.7%" in a.answer and "11.2%" not in a.answer, a.answer
    b = extra_assistant.ask("25年全省发生了多少起生产安全事故，同比下降多少？")
    assert "1036起" in b.answer and "11.2%" in b.answer and "8.7%" not in b.answer, b.answer


def test_the_changed_figure_of_a_percentage():
    s = "全省共发生生产安全事故1036起、死亡894人，同比分别下降11.2%和8.7%"
    figures = list(extract_figures(s))
    by = {f.surface: f for f in figures}
    assert changed_figure(s, figures, by["8.7%"]).surface == "894人"
    assert changed_figure(s, figures, by["11.2%"]).surface == "1036起"
    row = "执法检查\t8.9万家次\t增长6.3%"
    row_figures = list(extract_figures(row))
    assert changed_figure(row, row_figures, row_figures[-1]).surface == row_figures[0].surface


def test_a_table_cell_is_read_under_its_column_header():
    said = ["2025年全省应急管理执法情况", "项目\t2025年\t同比", "执法检查\t8.9万家次\t增长6.3%"]
    row = "立案处罚\t1.27万起\t下降4.1%"
    context = table_context(row, said)
    assert context.startswith("2025年全省应急管理执法情况") and "同比" in context
    assert column_header(row, context, row.index("下降")) == "同比"
    assert column_header(row, context, row.index("1.27")) == "2025年"
    assert table_context("项目\t2025年\t同比", said[:1]) == ""  # the header row itself


def test_a_table_row_answers_a_year_and_a_change_said_only_in_its_header(extra_assistant):
    a = extra_assistant.ask("25年全省执法检查多少家次，同比增长多少？")
    assert not a.refused and "未给出" not in a.answer, a.answer
    assert "8.9万家次" in squash(a.answer) and "6.3%" in a.answer, a.answer
    b = extra_assistant.ask("25年全省执法检查同比增长多少？")
    assert "6.3%" in lead(b) and "未给出" not in b.answer, b.answer
    c = extra_assistant.ask("2025年全省罚没款是多少亿？")
    assert "4.86亿元" in lead(c) and "罚没款" in lead(c), c.answer


def test_an_elliptic_x_ne_after_a_comma_asks_the_same_figure_for_x(assistant):
    # 编印“安全口袋书”8 万余册、《职工安全应知应会手册》20 万册 (2026年第13期, bundled)
    a = assistant.ask("南通安全口袋书印了多少本，应知应会手册呢？")
    assert len(a.understood.parts) == 2, a.understood.parts
    assert "8万余册" in squash(a.answer) and "20万册" in squash(a.answer), a.answer
