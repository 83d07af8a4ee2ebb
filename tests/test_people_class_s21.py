"""A person noun before 的 modifies the noun after it: 违规住人的隔间拆了多少 counts 隔间 (the text's 拆除违规住人隔间
210处), not people (rag_assistant/answer/measure.py, asked_class). A person noun that ends the counted phrase, or a
的-phrase whose head is a person too, still asks people. On the real extra briefing 2025年第20期 (沭阳)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.measure import asked_class


@pytest.mark.parametrize("question,people", [
    ("违规住人的隔间拆了多少", False),
    ("企业负责人的手机号登记了多少", False),
    ("参训人员的带队干部有多少", True),
    ("南通配了多少巡查员", True),
    ("在编监管人员配了多少", True),
    ("专家的有多少", True),
])
def test_the_class_is_the_counted_phrase_s(question, people):
    assert (asked_class(question)[1] == "people") is people


def test_the_rooms_are_answered_with_their_figure(extra_assistant):
    a = extra_assistant.ask("8月那期宿迁那个电商仓储园区整治，违规住人的隔间拆了多少？")
    assert not a.refused and "210处" in a.answer and "未给出" not in a.answer, a.answer
