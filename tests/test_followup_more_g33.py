"""Follow-ups over several turns (round 33, helper G): a turn asking for more of the last answer (还有呢, 别的呢,
还有别的做法吗), an issue named as a step from another (2025年第4期的上一期, 前一期的呢), and a bare measure noun
(金额呢) after a count.

Briefing text read: 2025年第14期 南通 打非治违 (一是…四是, 同步建立专项联络群组 22 个 in the first point);
2026年第13期 靖江 巡查单元 (三 points); extra 2025年第4期 江阴 (立案查处违法行为31起，罚款186.5万元) and 邳州
(分级管控, 源头治理, 消防提升); the archive holds 2024年第27期 before 2025年第4期 and 2025年第9期 after it."""

from __future__ import annotations

import re

from rag_assistant.answer.more_asked import asks_more, kept_turns


def test_more_turns_are_read_by_shape():
    for turn in ("还有呢", "还有呢？", "别的呢", "其他的呢", "还有别的做法吗", "还有其他措施没有", "除此之外呢", "还有吗"):
        assert asks_more(turn), turn
    # twins: a turn naming anything of its own is an ordinary follow-up
    for turn in ("还有别的小作坊吗", "其他地方呢", "那淮安呢", "金额呢", "具体说说第二点", "呢", "还有几个",
                 "还有多少没整改"):  # 还有几个 asks how many remain
        assert not asks_more(turn), turn



def test_the_window_reaches_back_past_more_turns():
    assert kept_turns(["甲", "乙", "丙", "丁"], 3) == ["乙", "丙", "丁"]
    assert kept_turns(["甲", "还有呢", "别的呢", "还有呢"], 3) == ["甲", "还有呢", "别的呢", "还有呢"]


def test_more_gives_what_the_last_open_answer_did_not(assistant):
    first = assistant.ask("南通打非治违都采取了哪些措施")
    more = assistant.ask("还有呢", history=["南通打非治违都采取了哪些措施"])
    assert not more.refused and more.answer != first.answer
    assert "2025年第14期" in more.answer
    # sentences of the article the first answer did not quote
    assert "1+10" in more.answer and "制定市级实施方案 1 个" in more.answer
    assert "制定市级实施方案 1 个" not in first.answer
    again = assistant.ask("还有别的吗", history=["南通打非治违都采取了哪些措施", "还有呢"])
    assert again.answer not in (first.answer, more.answer)
    assert "专项联络群组 22 个" in again.answer  # the next sentence of the first point


def test_more_ends_with_no_more(assistant):
    history = ["靖江巡查单元划分是咋搞的", "别的呢", "还有呢", "还有呢"]  # more turns than the window keeps
    last = assistant.ask("还有呢", history=history)
    assert last.standalone_question == "靖江巡查单元划分是咋搞的"
    assert "没有更多" in last.answer
    # twin: an ordinary follow-up after the same question is answered, with the figure the article prints
    units = assistant.ask("工业巡查单元划了几个", history=["靖江巡查单元划分是咋搞的"])
    assert "268" in units.answer and "没有更多" not in units.answer


def test_more_after_a_figure_says_so(assistant):
    answer = assistant.ask("还有呢", history=["南通排查了多少家企业"])
    assert "31933" in answer.answer and "没有更多记载" in answer.answer


def test_more_on_the_extra_issues(extra_assistant):
    first = extra_assistant.ask("邳州板材整治有啥做法")
    more = extra_assistant.ask("还有别的做法吗", history=["邳州板材整治有啥做法"])
    assert not more.refused and more.answer != first.answer and "2025年第4期" in more.answer
    # twin: a new question in the same chat keeps its own figure
    shut = extra_assistant.ask("关停了几家小作坊", history=["邳州板材整治有啥做法"])
    assert "156" in shut.answer


def test_an_issue_named_as_a_step_from_another(extra_assistant):
    back = extra_assistant.ask("2025年第4期的上一期是哪期")
    assert "2024年第27期" in back.answer and "最新" not in back.answer
    on = extra_assistant.ask("25年第4期的下一期讲了啥")
    assert "2025年第9期" in on.answer and "徐州" in on.answer
    follow = extra_assistant.ask("前一期的呢", history=["25年第4期讲了啥"])
    assert "2024年第27期" in follow.standalone_question and "刊登" in follow.answer
    # twin: 上一期 after a question naming the issue steps from that issue, not from the newest
    step = extra_assistant.ask("下一期讲了啥", history=["2025年第4期江阴罚了多少钱"])
    assert "2025年第9期" in step.answer


def test_a_bare_measure_noun_asks_the_last_deed_in_it(extra_assistant):
    money = extra_assistant.ask("金额呢", history=["江阴立案查处多少起"])
    assert not money.refused and "186.5万元" in money.answer
    people = extra_assistant.ask("人数呢", history=["江阴立案查处多少起"])
    assert "186.5万元" not in re.sub(r"关于江阴，简报提到.*", "", people.answer) and "未给出" in people.answer
    # twin: a ratio noun is a thing of its own, asked as before
    rate = extra_assistant.ask("处置率呢？", history=["连云港石化基地的预警平台今年推送了多少条预警？"])
    assert "99.6%" in rate.answer
    # twin: another count of the same deed is still that count
    fixed = extra_assistant.ask("整改了多少处", history=["江阴立案查处多少起"])
    assert "1239" in fixed.answer


def test_a_step_from_the_issue_the_last_turns_place_is_in(extra_assistant):
    # 邳州 is written about in 2025年第4期 alone: 下一期 steps from there (2025年第9期), not from the newest issue
    on = extra_assistant.ask("下一期讲了啥", history=["邳州关停了几家小作坊"])
    assert "2025年第9期" in on.answer
    # 江阴 is in two issues; the one whose article says 罚 is 2025年第4期, so 上一期 is 2024年第27期
    back = extra_assistant.ask("上一期讲了啥", history=["江阴罚了多少钱"])
    assert "2024年第27期" in back.answer
    # twin: with no earlier turn 上一期 still reads as the newest issue
    alone = extra_assistant.ask("上一期讲了啥")
    assert "2024年第27期" not in alone.answer and "2025年第9期" not in alone.answer
