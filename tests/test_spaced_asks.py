"""Search-box questions that separate what they ask by spaces (扬州 立案几件 罚了多少钱): a space between two chunks
that each ask a figure ends the first question (round 15, b15). Squashed, the chunks ran together and the first
question word was read inside the second part (立案几件罚了 | 多少钱): one figure was dropped or the wrong one given."""

from __future__ import annotations

import pytest

from support import raw_briefing, squash
from rag_assistant.text import normalize_question
from rag_assistant.wording import spaced_asks


def test_a_space_between_two_asking_chunks_is_a_comma():
    assert normalize_question("扬州 立案几件 罚了多少钱") == "扬州立案几件，罚了多少钱"
    assert normalize_question("南通 镇街几个 巡查员多少人") == "南通镇街几个，巡查员多少人"
    assert spaced_asks("常州 专委会几个 镇街网格几个") == "常州 专委会几个，镇街网格几个"


def test_other_typed_spaces_are_only_squashed():
    assert normalize_question("2025 年第 14 期 南通 多少 家") == "2025年第14期南通多少家"
    assert normalize_question("南通 有多少 家企业") == "南通有多少家企业"
    assert normalize_question("滨海 核增 多少 编制") == "滨海核增多少编制"
    assert normalize_question("靖江 工业巡查单元 几个") == "靖江工业巡查单元几个"


@pytest.mark.parametrize("question,source,figures", [
    ("常州 专委会几个 镇街网格几个", "002_ca7909b6935f5c44.txt", ["18个", "66个"]),
    ("扬州 立案几件 罚了多少钱", "004_91fdd76356558e47.txt", ["703件", "282.87万元"]),
    ("南通 镇街几个 巡查员多少人", "003_07edcc791e64548a.txt", ["103个", "6758人"]),
    ("南京 试点城市几个 无锡子系统几个", "002_ca7909b6935f5c44.txt", ["18个", "6个"]),
])
def test_every_spaced_ask_is_answered(assistant, question, source, figures):
    text = squash(raw_briefing(source))
    a = assistant.ask(question)
    assert not a.refused, a.answer
    for figure in figures:
        assert figure in text  # the figure is the briefing's own
        assert figure in squash(a.answer), (figure, a.answer)
