"""The classifier of an answered count agrees in kind with the asked one, whatever the verb (count_kind.py,
verb_elsewhere.py): 家 counts enterprises or units, 台 machines, 艘 ships, 架 aircraft; a figure of another kind is
no answer, while a figure of the asked kind (or of a kind the product treats as the same: 台 and 架) still is.

Sentences of the extra issues (eval/extra_briefings/): 2026年第10期 南京江北新区 推行起重机械“一机一码”…共赋码
1978台，清退超期服役起重机械57台 … 对9家拒不整改的企业依法立案处罚; 2025年第9期 江都区 为每家场所生成安全二维码…
目前已赋码1.16万家; 2025年第33期 盐城 对127艘运维船舶逐船开展安全检查…清退不符合要求的运维船舶9艘; 2025年第12期
高邮 现有水上旅游经营单位14家、旅游船舶96艘; 2025年第4期 邳州 淘汰改造老旧导热油炉286台; 2025年第24期 六合区
配备无人机14架. Bundled 苏州 article: 建成116家公办体验馆."""

from __future__ import annotations

import pytest

from rag_assistant.answer.count_kind import other_count_kind
from rag_assistant.answer.verb_elsewhere import asked_verb

REFUSED = "未给出"


def test_count_kinds():
    assert other_count_kind("家", "台") and other_count_kind("台", "家") and other_count_kind("家", "艘")
    assert not other_count_kind("台", "架")  # one kind: vehicles and machines
    assert not other_count_kind("家", "户") and not other_count_kind("家", "处")  # one kind / overlapping kinds
    assert not other_count_kind("个", "台") and not other_count_kind("", "台") and not other_count_kind("家", "人")


def test_the_verb_before_the_question_word():
    assert asked_verb("江北新区赋码了多少家") == "赋码"  # tagged a noun, but 了 makes it the action
    assert asked_verb("江北新区清退了几家") == "清退"
    assert asked_verb("南京隐患多少处") == ""  # a noun before 多少 with no aspect is the thing counted


def _answered(assistant, question: str, has: str) -> None:
    a = assistant.ask(question).answer
    assert has in a.split("简报提到")[0] and REFUSED not in a.split("简报提到")[0], (question, a)


def _refused(assistant, question: str, lacks: str) -> None:
    a = assistant.ask(question).answer
    assert REFUSED in a and lacks not in a.split("简报提到")[0], (question, a)


@pytest.mark.parametrize("question, lacks", [
    ("江北新区赋码了多少家？", "1978"),  # machines, and 9家 were 处罚ed, not 赋码ed
    ("江都区赋码多少台？", "1.16万"),
    ("江北新区清退了几家？", "57"),
    ("南京危货运输车有多少家？", "87家"),  # the vehicles are counted in 辆, 87家 are 企业
    ("盐城清退了多少家运维船舶？", "9艘"),
    ("盐城检查了多少家运维船舶？", "127"),
    ("高邮旅游船舶有多少家？", "14家"),
    ("邳州淘汰改造导热油炉多少家？", "286"),
    ("六合区配备无人机多少家？", "14"),
    ("江北新区处罚了多少台？", "9家"),
])
def test_another_kind_is_no_answer(extra_assistant, question, lacks):
    _refused(extra_assistant, question, lacks)


@pytest.mark.parametrize("question, has", [
    ("江北新区赋码了多少台？", "1978台"),
    ("江都区赋码了几家？", "1.16万家"),
    ("江北新区清退了多少台起重机？", "57台"),
    ("盐城清退了多少艘运维船舶？", "9艘"),
    ("盐城检查了多少艘运维船舶？", "127艘"),
    ("高邮有多少艘旅游船舶？", "96艘"),
    ("高邮水上旅游经营单位有几家？", "14家"),
    ("邳州淘汰改造了多少台导热油炉？", "286台"),
    ("六合区配备了几架无人机？", "14架"),
    ("六合区配备了几台无人机？", "14架"),
    ("南京危化品道路运输企业多少家？", "87家"),
    ("江北新区赋码了多少？", "1978台"),  # no classifier asked: any kind
    ("江都区赋码了多少？", "1.16万家"),
])
def test_the_asked_kind_is_answered(extra_assistant, question, has):
    _answered(extra_assistant, question, has)


def test_on_the_bundled_briefings(assistant):
    _answered(assistant, "苏州建成了多少家公办体验馆？", "116家")
    _refused(assistant, "苏州建成多少台公办体验馆？", "116")
