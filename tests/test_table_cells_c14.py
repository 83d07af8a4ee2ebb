"""A table cell whose unit is said only in its column header (仓储点（家）, 排查隐患（处）) is a figure in that unit:
it answers 多少家 / 多少处 / 多少个 as the same figure written in a sentence would, read under its row label and
its column header. The ruled table is printed only in the synthetic 2025年第20期 PDF of eval/extra_briefings
(rows rebuilt by rag_assistant/ingest/cells.py), so the end-to-end checks run on the eval's extra corpus."""

from __future__ import annotations

import re

from rag_assistant.answer.tables import header_unit, table_context, with_header_units
from rag_assistant.numbers import extract_figures

squash = lambda s: re.sub(r"\s+", "", s)


def test_a_bare_cell_takes_its_column_headers_unit():
    said = ["表　沭阳县重点乡镇电商仓储整治情况", "乡镇\t仓储点（家）\t排查隐患（处）\t已整改（处）", "新河镇\t420\t1630\t1580"]
    row = "颜集镇\t310\t1150\t1090"
    context = table_context(row, said)
    units = {f.surface: f.unit for f in with_header_units(row, context, extract_figures(row))}
    assert units == {"310": "家", "1150": "处", "1090": "处"}
    assert header_unit("资金(万元)") == "万元" and header_unit("2025年") == ""
    money = with_header_units("泰州\t320", "地区\t资金（万元）", extract_figures("泰州\t320"))
    assert money[0].unit == "元" and money[0].value == 3200000
    sentence = "共排查发现隐患5270处"  # not a table row: unchanged
    assert with_header_units(sentence, "", extract_figures(sentence)) == tuple(extract_figures(sentence))


def test_a_cell_answers_its_row_and_column_with_the_header_unit(extra_assistant):
    for question, figure in (("颜集镇电商仓储排查出的隐患有几处？", "1150"), ("新河镇仓储点有多少家？", "420"),
                             ("颜集镇隐患已经整改了多少个？", "1090")):
        a = extra_assistant.ask(question)
        assert not a.refused and "未给出" not in a.answer and figure in a.answer, (question, a.answer)
