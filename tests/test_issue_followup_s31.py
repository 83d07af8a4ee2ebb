"""Follow-ups that name an issue relative to the previous turn's (上一期呢 / 下一期呢 after 第16期 or 最新一期) and
an issue number typed without 第 (30期讲的啥).

From the mastheads: bundled issues 2021年第10期, 2025年第14期 (5月30日), 2025年第16期 (6月27日), 2026年第13期
(3月26日, the newest); the extra issues add 2025年第20期 (8月22日) after 第16期 and 2025年第30期 (12月5日); there is
no 第31期."""

from __future__ import annotations

from rag_assistant.text import normalize_question


def _head(text: str) -> str:
    """The answer before its first marker, without the archive-gap note that may open it (round 34: 已收录的简报中
    没有2026年第12期，2026年第13期之前收录的是2025年第16期。), which names the issue stepped from."""
    head = text.split("[1]")[0]
    return head.split("。", 1)[1] if head.startswith("已收录的简报中没有") else head


def test_previous_issue_steps_back_from_the_last_turns_issue(assistant):
    a = assistant.ask("上一期呢", history=["第16期讲了啥"]).answer
    assert "2025年第14期" in _head(a) and "2026年第13期" not in _head(a), a
    a = assistant.ask("上一期呢？", history=["最新一期讲了啥"]).answer
    assert "2025年第16期" in _head(a) and "2026年第13期" not in _head(a), a
    assert a.startswith("已收录的简报中没有2026年第12期"), a  # the gap between 第16期 and 第13期 is said


def test_previous_issue_alone_is_still_the_newest(assistant):
    # twin: no issue in the conversation, so 上一期 is the last one published
    a = assistant.ask("上一期讲了啥").answer
    assert "2026年第13期" in _head(a), a


def test_next_issue_steps_forward(extra_assistant):
    a = extra_assistant.ask("下一期呢", history=["第16期讲了啥"]).answer
    assert "2025年第20期" in _head(a) and "2025年第16期" not in _head(a), a


def test_issue_number_without_di():
    assert normalize_question("30期讲的啥") == "第30期讲的啥"
    assert normalize_question("16期无锡走访了多少重点企业").startswith("第16期")
    # twins: a count of sessions and a project phase are no issue
    assert "第" not in normalize_question("3期培训班办在哪")
    assert "第" not in normalize_question("2期工程投了多少")


def test_issue_number_without_di_answers(extra_assistant):
    a = extra_assistant.ask("30期讲的啥").answer
    assert "2025年第30期" in _head(a) and "2026年第13期" not in _head(a), a
    a = extra_assistant.ask("31期讲的啥").answer  # twin: no such issue
    assert "没有第31期" in a, a
