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


def test_two_bare_nouns_before_a_ge_chunk_are_its_conjuncts():
    assert normalize_question("连云港 查处企业 立案 各多少家") == "连云港查处企业和立案各多少家"
    assert normalize_question("苏州那篇 公办体验馆 企业体验馆 各多少家") == "苏州那篇公办体验馆和企业体验馆各多少家"
    # a place or a year before the 各 chunk is the scope or a side, never a conjunct joined to a noun
    assert normalize_question("南通 靖江 巡查单元 各多少个") == "南通靖江巡查单元各多少个"
    assert normalize_question("2025年 2026年 巡查员 各多少") == "2025年2026年巡查员各多少"
    # a final 数量 chunk asks a count of each, as 各多少 does
    assert normalize_question("苏州那篇 生产企业 危化品企业 数量") == "苏州那篇生产企业和危化品企业数量"
    # 各类 is a word, not the 各 of a question
    assert normalize_question("南通 各类企业 多少家") == "南通各类企业多少家"


@pytest.mark.parametrize("question,source,figures", [
    ("常州 专委会几个 镇街网格几个", "002_ca7909b6935f5c44.txt", ["18个", "66个"]),
    ("扬州 立案几件 罚了多少钱", "004_91fdd76356558e47.txt", ["703件", "282.87万元"]),
    ("南通 镇街几个 巡查员多少人", "003_07edcc791e64548a.txt", ["103个", "6758人"]),
    ("南京 试点城市几个 无锡子系统几个", "002_ca7909b6935f5c44.txt", ["18个", "6个"]),
    ("常州 专委会 镇街 各几个", "002_ca7909b6935f5c44.txt", ["18个", "66个"]),
    ("苏州 公办体验馆 企业体验馆 各多少家", "002_ca7909b6935f5c44.txt", ["116家", "105家"]),
    ("连云港 镇街 省级开发区 分别几个", "002_ca7909b6935f5c44.txt", ["97个", "10个"]),
    ("苏州基层安全学校和公办体验馆数量", "002_ca7909b6935f5c44.txt", ["98家", "116家"]),
    ("苏州公办体验馆和企业体验馆数量", "002_ca7909b6935f5c44.txt", ["116家", "105家"]),
    ("连云港 宣传手册 警示教育 数量", "002_ca7909b6935f5c44.txt", ["27万份", "1170多场次"]),
])
def test_every_spaced_ask_is_answered(assistant, question, source, figures):
    text = squash(raw_briefing(source))
    a = assistant.ask(question)
    assert not a.refused, a.answer
    for figure in figures:
        assert figure in text  # the figure is the briefing's own
        assert figure in squash(a.answer), (figure, a.answer)
