"""A count word whose items are asked for themselves in the same clause (要抓的几项重点工作是啥, 那几个机制都是什么)
wants the items, an open answer, not their number (lexicon.ITEMS_ASK_RE, question_kind.read_kind). A count asked
alone (重点抓好几项工作, 建了几个联络群), a time (是啥时候) or figures (分别是多少) stay as they were. On the real
briefings: 2026年第3期 (extra) and 2025年第14期 (bundled)."""

from __future__ import annotations

import re

import pytest

from rag_assistant.answer import lexicon as lx


@pytest.mark.parametrize("question,items", [
    ("2026年要抓的几项重点工作是啥", True),
    ("那几个机制都是什么", True),
    ("查出的3类问题指的是哪些", True),
    ("要重点抓好几项工作", False),
    ("查出的84个问题是啥时候的事", False),
    ("三项任务分别是多少", False),
    ("南通建了几个专项联络群？", False),
])
def test_items_asked_for_themselves(question, items):
    assert bool(lx.ITEMS_ASK_RE.search(question)) is items


def test_the_items_are_listed_with_citations(extra_assistant):
    a = extra_assistant.ask("26年1月全省应急管理工作会议，26年要抓的几项重点工作是啥？")
    assert a.understood.kind == "open", a.answer
    lines = [ln for ln in a.answer.splitlines() if re.match(r"[一二三四五六七八]、", ln)]
    assert len(lines) >= 4 and all(re.search(r"\[\d+\]", ln) for ln in lines), a.answer
    assert any("治本攻坚" in ln for ln in lines) and any("执法" in ln for ln in lines), a.answer


def test_a_count_alone_is_still_a_figure(assistant):
    a = assistant.ask("南通打非治违建了几个专项联络群？")
    assert a.understood.kind == "figure" and "22" in a.answer, a.answer
