"""Open questions under mechanical rewording (round 39, helper g39): a bare 具体说说 / 详细讲讲 after an open question
is that question again.

Before: condense carried 具体说说 as a fragment onto the earlier place and year only (21年苏州铁脚板是怎么弄的？ →
2021年苏州具体说说？), so the asked topic was lost and the 铁脚板 point's sentences (出台基层网格化队伍建设指导意见,
单独设立网格员组别) were missing; the same happened for 9 of 41 follow-up variants of dev open items."""

from __future__ import annotations

import pytest

from rag_assistant.answer.more_asked import asks_detail, kept_turns
from test_pipeline import squash


@pytest.mark.parametrize("turn", ["具体说说", "详细讲讲", "展开说说", "能具体点吗？", "说详细点", "具体做法呢", "请详细介绍一下"])
def test_a_turn_only_asking_for_detail_is_read_as_such(turn):
    assert asks_detail(turn)


@pytest.mark.parametrize("turn", ["具体说说第二点", "第二点展开讲讲", "具体讲讲第三点", "那常州呢", "还有呢",
                                  "具体多少家", "具体怎么做的", "详细说说滨海县"])
def test_a_turn_naming_a_part_or_anything_else_is_not_only_detail(turn):
    assert not asks_detail(turn)


def test_kept_turns_reach_back_past_a_detail_turn():
    assert kept_turns(["苏州铁脚板是怎么弄的？", "具体说说"], 1) == ["苏州铁脚板是怎么弄的？", "具体说说"]


def test_detail_after_an_open_question_answers_that_question_again(assistant):
    q = "21年苏州铁脚板是怎么弄的？"
    a = assistant.ask("具体说说", [q])
    assert "铁脚板" in a.standalone_question, a.standalone_question
    text = squash(a.answer)
    assert "基层网格化队伍建设指导意见" in text and "单独设立网格员组别" in text, a.answer


def test_detail_after_an_open_question_keeps_its_topic_not_only_its_place(assistant):
    a = assistant.ask("详细讲讲", ["南通在社会面小场所上咋弄的？"])
    assert "小场所" in a.standalone_question, a.standalone_question
    assert "摸排起底社会面小场所" in squash(a.answer) or "考评奖补机制" in squash(a.answer), a.answer


def test_detail_after_a_figure_question_is_that_question_not_a_fragment(assistant):
    a = assistant.ask("详细说说", ["南通检查了多少家企业？"])
    assert "31933" in squash(a.answer), a.answer


def test_naming_a_point_after_an_open_question_still_answers_that_point(assistant):
    # twin: 具体讲讲第三点 is the point reading (lexicon), not the whole question again
    a = assistant.ask("具体讲讲第三点", ["无锡开展安全生产专项巡察有哪些做法？"])
    assert "30 名业务骨干" in a.answer or "30名业务骨干" in squash(a.answer), a.answer


def test_a_part_locator_is_the_topic_when_the_rest_names_nothing(assistant):
    # 关于网格化那块，苏州是怎么做的: the locator 网格化那块 was read as context only (topic empty), so the whole
    # 2021 article answered with its heads; as 苏州网格化那块是怎么做的 reads it, the 网格化 point answers
    a = assistant.ask("关于网格化那块，苏州是怎么做的？")
    assert a.understood.topic and "网格化" in a.understood.topic, a.understood
    text = squash(a.answer)
    assert "细化量化任务" in text and "全面发动企业风险报告工作" in text, a.answer


@pytest.mark.parametrize("question", ["宿迁主要做了些什么？", "苏州都干了些什么？"])
def test_did_some_what_asks_an_open_question(assistant, question):
    # 做了些什么 is 做了些啥 / 做了什么 said in full: the articles' points, not one fact sentence
    a = assistant.ask(question)
    assert a.understood.kind == "open", a.understood
