"""Round-32 near misses (area H): an open question about a year no issue reaches, and a count said only as a rate.

Bundled 2025年第16期 (无锡): 抓获嫌疑人 8 人、刑拘 2 人 — the whole and its parts keep their answers. The latest bundled issue is
2026年第13期 (南通 六化建设); no issue reaches 2027, so 2027年…重点工作 is refused, while the issue's own year and
earlier years keep their answers. Extra 2026年第3期: 全省应急管理工作会议 (the 2026 work)."""

from __future__ import annotations

import pytest

from rag_assistant.numbers import extract_figures

_REFUSED = ("未给出", "未找到", "未涉及")


@pytest.mark.parametrize("question,has,lacks", [
    ("无锡查处的案件中抓获嫌疑人多少", "8 人", "未给出"),
    ("无锡巡察中立案了几人", "2 人", "未给出"),
    ("无锡巡察当中移交线索几件", "19 件", "未给出"),
])
def test_part_and_whole_answers(assistant, question, has, lacks):
    a = assistant.ask(question).answer
    assert has in a and lacks not in a.split("简报提到")[0], (question, a)


def test_judged_part_not_given_is_refused(assistant):
    a = assistant.ask("无锡抓获的嫌疑人里判刑了几个？").answer
    assert "未给出" in a.split("简报提到")[0], a


@pytest.mark.parametrize("question", ["2027年南通六化建设重点工作有哪些", "2027年全省应急管理重点工作是啥",
                                      "2027年宿迁隐患报告奖励机制打算咋搞"])
def test_an_open_question_of_a_later_year_is_refused(assistant, question):
    a = assistant.ask(question).answer
    assert "2027" in a and any(w in a.split("最接近的资料")[0] for w in _REFUSED), a
    assert "主要做法" not in a, a


@pytest.mark.parametrize("question,has", [("南通六化建设咋做的", "六化"), ("2026年南通六化建设咋搞的", "六化"),
                                          ("2025年无锡专项巡察咋开展的", "巡察")])
def test_open_questions_of_covered_years_stay_answered(assistant, question, has):
    a = assistant.ask(question).answer
    assert "主要做法" in a and has in a, a


def test_later_year_on_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("2026年全省应急管理工作重点是啥").answer
    assert "主要做法" in a and "2026年第3期" in a, a
    a = extra_assistant.ask("2028年常州粉尘涉爆治理有啥安排").answer
    assert "未涉及2028年" in a, a


def test_an_act_said_only_as_a_rate_gives_no_count():
    from rag_assistant.answer.rate_only import act_only_as_rate
    prev = "全市渔船渔业互助保险参保率达 96.3%。"
    sent = "出台渔船安全设备更新补贴办法，2024 年拟发放补贴资金 1260 万元，目前已发放 845 万元，惠及渔船 1176 艘。"
    assert act_only_as_rate("盐城渔船参保了多少艘", sent, prev)
    assert not act_only_as_rate("盐城渔船参保了多少艘", "全市参保渔船 1176 艘。", prev)  # the act said of the count
    assert not act_only_as_rate("盐城渔船参保了多少艘", sent, "全市渔船参保 1200 艘。")  # not as a rate


def test_rate_and_count_on_the_extra_issues(extra_assistant):
    # 2024年第8期 盐城: 参保率达 96.3% is the only 参保 figure; 惠及渔船 1176 艘 is the subsidy's
    a = extra_assistant.ask("盐城渔船参保了多少艘").answer
    assert "未给出" in a.split("简报提到")[0] and "1176" not in a.split("简报提到")[0], a
    assert "96.3%" in extra_assistant.ask("盐城渔船互助保险参保率多少").answer
    a = extra_assistant.ask("盐城渔船补贴惠及了多少艘").answer
    assert "1176" in a and "未给出" not in a, a
