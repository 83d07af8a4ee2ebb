"""Open questions (查了啥, 提了哪些要求) over articles that enumerate in other layouts: a table whose rows are the
points, and 一是…，二是… written as clauses apart by commas inside one sentence.

Text of the synthetic extra issues (eval/extra_briefings/): 2025年第30期 《部分设区市岁末年初安全检查情况》 is a
table (设区市 | 检查单位 | 发现隐患 | 已整改 | 检查重点: 南京市 … 地铁在建工地、城市综合体和高层建筑; 盐城市 … 化工园区、
渔业船舶和农村自建房); 2025年第33期 推进会 会议要求，2026年要聚焦…四个方面，一是深化重大事故隐患动态清零，二是推进安全
生产信息化智能化建设，三是加强基层应急管理能力建设，四是严格安全生产执法; 2026年第3期 工作会议 lists five items
apart by semicolons."""

from __future__ import annotations

import re

from rag_assistant.answer.clause_items import clause_apart
from rag_assistant.answer.table_rows import body_rows


def _cited_line(answer: str, words: str) -> bool:
    """Whether a line of the answer says ``words`` and carries its own [n]."""
    return any(words in line and re.search(r"\[\d+\]", line) for line in answer.splitlines())


def test_table_body_rows_are_rows_after_the_header():
    text = "设区市\t检查重点\n南京市\t地铁在建工地\n苏州市\t出租厂房\n会后，各地继续检查。"
    lines = text.split("\n")
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    spans = [(a, a + len(x)) for a, x in zip(starts, lines)]
    assert body_rows(text, spans) == {spans[1], spans[2]}
    assert body_rows("一句话。\n另一句话。", [(0, 4), (5, 10)]) == set()  # twin: no table, no rows


def test_comma_separated_shi_items_are_clauses():
    text = "一是深化重大事故隐患动态清零，二是严格安全生产执法。"
    b = text.index("二是")
    assert clause_apart(text, 0, 2, b, "一是", "二是")
    words = "一是人，二是物。"
    assert not clause_apart(words, 0, 2, words.index("二是"), "一是", "二是")  # twin: a list of words
    assert not clause_apart("（一）清单，（二）台账", 0, 3, 6, "（一）", "（二）")  # only 是 markers open clauses


def test_table_article_answers_what_was_checked(extra_assistant):
    a = extra_assistant.ask("部分设区市岁末年初安全检查主要查了啥").answer
    assert "2025年第30期" in a, a
    for focus in ("地铁在建工地、城市综合体和高层建筑", "工贸企业有限空间、粉尘涉爆和出租厂房",
                  "船舶修造、海上风电施工和渔港渔船", "化工园区、渔业船舶和农村自建房"):
        assert _cited_line(a, focus), (focus, a)
    # twin: the meeting's own 三个坚决 is still answered from the meeting, not from the table
    a = extra_assistant.ask("岁末年初部署会要求做到哪三个坚决").answer
    assert "赶工期、抢进度" in a and "地铁在建工地" not in a, a
    # twin: one cell of the table is still read as a figure
    a = extra_assistant.ask("泰兴市船舶修造排查隐患多少处").answer
    assert "612" in a, a


def test_comma_enumerated_requirements_are_points(extra_assistant):
    a = extra_assistant.ask("治本攻坚三年行动年度推进会提了哪些要求").answer
    assert "2025年第33期" in a, a
    items = ("深化重大事故隐患动态清零", "推进安全生产信息化智能化建设", "加强基层应急管理能力建设", "严格安全生产执法")
    for item in items:
        assert any(line.lstrip("一二三四五六七八九、· ").startswith(item) and re.search(r"\[\d+\]", line)
                   for line in a.splitlines()), (item, a)
    # twin: the semicolon form of another meeting keeps its five points
    a = extra_assistant.ask("全省应急管理工作会议2026年重点抓好哪五项工作").answer
    assert "2026年第3期" in a and _cited_line(a, "从严从实抓好安全生产执法"), a
    assert "深化重大事故隐患动态清零" not in a, a
