"""Paraphrases of multi-figure questions on the extra issues (round 38, helper q: a rewrite of a passing dev item).

2024年第27期 盱眙 writes 检查餐饮经营户1260家，发现隐患835处: staff ask it as 排查餐饮户多少家 (排查 / 摸排 / 检查 name one
act; the counted noun names the thing). 2025年第24期 吴江 writes 给予每户最高5000元改造补助，累计发放补助资金1860万元: a cap per
payee (每户最高) is not the sum paid out, unless the question asks the cap (最高补多少 / 每户补多少)."""

from __future__ import annotations

import re

import pytest

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.counted import names_other
from rag_assistant.answer.match import said_as

_XUYI = "检查餐饮经营户1260家"
_WUJIANG = "对线路老化的企业，由镇（街道）给予每户最高5000元改造补助，累计发放补助资金1860万元；"


def test_an_inspecting_verb_is_said_by_another_inspecting_verb():
    assert said_as("排查", _XUYI) and said_as("摸排", _XUYI)
    assert not said_as("整改", _XUYI)  # twin: another act is not said
    assert not names_other("排查餐饮户", "检查餐饮经营户", _XUYI)
    assert names_other("整改餐饮户", "检查餐饮经营户", _XUYI)  # twin: the asked act is another one


def test_a_cap_per_payee_is_a_bound_unless_the_cap_is_asked():
    at = _WUJIANG.index("5000")
    assert lx.BOUND_BEFORE_RE.search(_WUJIANG[at - 6:at])
    assert not lx.BOUND_BEFORE_RE.search(_WUJIANG[_WUJIANG.index("1860") - 6:_WUJIANG.index("1860")])
    assert lx.BOUND_ASKED_RE.search("吴江电气改造补助最高补多少")
    assert not lx.BOUND_ASKED_RE.search("吴江纺织企业电气改造补助发了多少")


@pytest.mark.parametrize("question, parts", [
    ("盱眙龙虾节前排查餐饮户多少家，发现隐患几处", ["1260家", "835处"]),
    ("吴江纺织企业电气改造补助发了多少？金湖荷花节游客多少人次", ["1860万元", "186.7万人次"]),
])
def test_paraphrased_parts_find_their_sentence(extra_assistant, question, parts):
    answer = extra_assistant.ask(question)
    assert not answer.refused
    text = re.sub(r"\s", "", answer.answer)
    for part in parts:
        assert part in text, (part, answer.answer)
    assert "5000元" not in text


def test_a_fund_named_by_its_use_is_resumed_by_its_bare_noun():
    from rag_assistant.answer.steps import action_elsewhere, fund_named_by_use
    text = "市级财政拟安排智慧工地建设补助资金800万元，目前已下达首批资金320万元。"
    at = text.index("目前")
    assert fund_named_by_use("补助", text[:at], text[at:])
    assert not action_elsewhere("补助", text, at, len(text) - 1)
    other = "全市排查整改隐患1200处，其中挂牌督办隐患12处。"  # twin: two acts on one noun stay two acts
    assert not fund_named_by_use("整改", other[:other.index("其中")], other[other.index("其中"):])


def test_the_first_batch_of_a_fund_is_not_refused_as_another_step(extra_assistant):
    answer = extra_assistant.ask("泰州智慧工地首批补助多少钱")
    assert not answer.refused
    assert "320万元" in re.sub(r"\s", "", answer.answer)
