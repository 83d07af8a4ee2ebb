"""How large and in what form a figure is asked: a scale without a unit word (多少万, 几百万, 几个亿), a percentage
asked 百分之多少, money asked 多少块钱 — on the real bundled briefings."""

from __future__ import annotations

import re

from support import BUNDLED

squash = lambda s: re.sub(r"\s+", "", s)
JIANGSU_16 = BUNDLED / "001_9ab1dbcf5bb79156.txt"
SPECIAL = BUNDLED / "002_ca7909b6935f5c44.txt"
LATEST = BUNDLED / "003_07edcc791e64548a.txt"
YANGZHOU = BUNDLED / "004_91fdd76356558e47.txt"


def lead(answer) -> str:
    return squash(re.split(r"[。；]", answer.answer)[0])


def text(path) -> str:
    return squash(path.read_text(encoding="utf-8"))


def test_a_bare_scale_asks_the_figure_of_that_size_not_the_first_count_of_the_sentence(assistant):
    # one sentence: 已有 343 家企业…拟发放 175.1 万元，已发放 23.47 万元 — 已有 also qualifies the 343 家
    assert "全市已有343家企业落实隐患报告奖励机制" in text(JIANGSU_16)
    a = assistant.ask("宿迁隐患报告奖励已经发出去多少万？")
    assert "23.47万元" in lead(a) and "343家" not in lead(a), a.answer
    assert a.understood.parts[0].scale == "万"


def test_a_scale_with_a_numeral_is_no_topic_word(assistant):
    assert "处罚金额282.87万元" in text(YANGZHOU)
    a = assistant.ask("扬州处罚金额有几百万？")
    assert not a.refused and "282.87万元" in lead(a), a.answer
    assert "几百万" not in a.understood.topic


def test_ji_ge_yi_asks_a_scale_not_a_count_of_ge(assistant):
    parts = assistant.ask("滨海县处罚金额几个亿？").understood.parts
    assert parts[0].unit != "个" and parts[0].scale == "亿" and parts[0].unit_class == "money"


def test_bai_fen_zhi_duo_shao_asks_a_percentage(assistant):
    assert "督促企业整改率达98.2%" in text(SPECIAL)
    a = assistant.ask("南通网上巡查的整改率是百分之多少？")
    assert not a.refused and "未给出" not in a.answer and "98.2%" in lead(a), a.answer
    part = a.understood.parts[0]
    assert (part.unit, part.unit_class, part.measure) == ("%", "ratio", "")


def test_kuai_qian_asks_money_not_a_count_of_kuai(assistant):
    assert "一次性补助4000元" in text(LATEST)
    a = assistant.ask("海安对考中级注安师的人补多少块钱？")
    assert not a.refused and "4000元" in lead(a), a.answer
    assert a.understood.parts[0].unit_class == "money"
