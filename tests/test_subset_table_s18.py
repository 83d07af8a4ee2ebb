"""A table captioned as a subset (部分镇（街道）电气体检情况如下) sums only those rows in its 合计 row.

In the synthetic 2025年第12期 (eval/extra_briefings/extra_2025_12.html) the 常熟 article says 共检测企业3215家 in prose
and then tabulates three towns, 合计 2681. A question about the whole (一共检测了多少家) is answered by the prose
total; a question that names the subset (部分镇) is answered by the table's 合计 row. The 泰州 附件 table (a caption
that names no subset) keeps its 合计 row as the answer to 一共."""

from __future__ import annotations

from support import EXTRA

from rag_assistant.answer.tables import PART_ROW_FIT, caption, total_row_fit
from rag_assistant.evaluation.corpus import read_source

ROWS = ["（二）分类整改销号。共检测企业3215家，发现电气隐患8940处。", "部分镇（街道）电气体检情况如下：",
        "镇（街道）\t检测企业（家）\t电气隐患（处）发现", "海虞镇\t1120\t3046", "古里镇\t864\t2318", "合计\t2681\t7269"]


def test_the_caption_is_read_above_the_header_row():
    assert "部分镇" in caption("合计\t2681\t7269", ROWS)
    assert caption("合计\t1\t2", ROWS) == ""  # a row not in the article


def test_the_total_row_of_a_subset_table_is_a_part_unless_the_subset_is_asked():
    assert total_row_fit("合计\t2681\t7269", "一共检测了多少家企业？", ROWS) == PART_ROW_FIT
    assert total_row_fit("合计\t2681\t7269", "部分镇一共检测了多少家企业？", ROWS) == 1.0
    whole = ["附件：泰州市船舶修造行业安全整治进展情况", "地区\t企业数（家）\t排查隐患（处）", "靖江市\t71\t986",
             "合计\t182\t2415"]
    assert total_row_fit("合计\t182\t2415", "一共发现多少处隐患？", whole) == 1.0


def test_answers_on_the_html_issue(extra_assistant):
    text = read_source(EXTRA, "extra_2025_12.html", {})
    assert "部分镇（街道）电气体检情况如下" in text and "3215" in text
    a = extra_assistant.ask("常熟电气体检一共检测了多少家纺织企业？")
    assert "3215" in a.answer and "2681" not in a.answer, a.answer
    b = extra_assistant.ask("常熟列出的部分镇合计检测了多少家企业？")
    assert "2681" in b.answer, b.answer
    c = extra_assistant.ask("泰州船舶修造整治一共发现多少处隐患？")
    assert "2415" in c.answer, c.answer
