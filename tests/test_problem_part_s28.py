"""Open questions over the bundled briefings that ask one part of an article: its problems (存在啥问题, 有哪些不足,
短板), which no bundled article states, so the answer says so before the article's points.

Texts: 2025年第16期 宿迁 奖励机制 (一是压实责任…二是激励驱动…三是数字赋能) and 南通 一是夯实小场所安全基础 (社会面小场所
10.47 万余家); 2021年第10期 扬州 三位一体 (一是共性个性“两手抓”…), 滨海县 (一、谋保障…); 2025年第14期 南通 打非治违
(二是创新机制提质效 …隐蔽场所)."""

from __future__ import annotations

import re

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.problems import problem_lines


def test_problem_questions_are_read_by_their_wh_word():
    for q in ("宿迁奖励机制存在啥不足", "扬州三位一体执法检查存在哪些问题", "滨海县队伍建设还有哪些短板", "靖江划单元短板在哪"):
        assert re.search(lx.PROBLEM_ASK, q), q
    # twins: a problem the measure solves, a gap closed, a figure of problems found
    for q in ("人员不足的问题咋解决的", "南通补短板咋做的", "无锡巡察查摆出多少个问题"):
        assert not re.search(lx.PROBLEM_ASK, q), q


def test_problem_sentences_are_stated_ones():
    assert problem_lines("部分企业仍存在主体责任落实不到位等问题。下一步将继续整治。")
    assert not problem_lines("精准解决边界交叉重叠、盲区真空等问题。")  # a problem tackled
    assert not problem_lines("形成以“五个问题突出产业”为主要内容的政策体系。")


def _head(answer: str) -> str:
    return answer.split("\n")[0]


def test_problem_answers_on_the_bundled_briefings(assistant):
    for question, issue, point in (("宿迁奖励机制存在啥不足？", "2025年第16期", "激励驱动"),
                                   ("扬州三位一体执法检查存在哪些问题", "2021年第10期", "两手抓"),
                                   ("滨海县队伍建设还有哪些短板？", "2021年第10期", "谋保障")):
        a = assistant.ask(question).answer
        assert issue in a and "文中未提存在的问题或不足" in _head(a) and point in a, (question, a)
    # twins: the results and the measures of the same article keep their own headings
    a = assistant.ask("宿迁隐患报告奖励 取得了啥成效").answer
    assert "1620" in a and "问题或不足" not in a, a
    a = assistant.ask("宿迁隐患内部报告奖励机制都有哪些做法").answer
    assert "主要做法如下" in _head(a) and "数字赋能" in a, a
