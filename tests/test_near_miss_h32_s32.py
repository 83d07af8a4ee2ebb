"""Round-32 near misses (area H): an open question about a year no issue reaches, and a whole told beside its part.

Bundled 2025年第16期 (无锡): 公安机关查处安全生产领域案件 5 起，抓获嫌疑人 8 人、刑拘 2 人 — the part 刑拘 is said
of 2 人 in the same sentence, so 抓获嫌疑人中刑拘了几个 is 2 人, not the whole 8 人. The latest bundled issue is
2026年第13期 (南通 六化建设); no issue reaches 2027, so 2027年…重点工作 is refused, while the issue's own year and
earlier years keep their answers. Extra 2026年第3期: 全省应急管理工作会议 (the 2026 work)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.locative_part import whole_beside_part
from rag_assistant.numbers import extract_figures

_REFUSED = ("未给出", "未找到", "未涉及")


def test_whole_beside_its_part_in_one_sentence():
    text = "公安机关查处安全生产领域案件 5 起，抓获嫌疑人 8 人、刑拘 2 人，巡察利剑作用得到进一步彰显。"
    figures = extract_figures(text)
    eight = next(f for f in figures if text[f.start:f.end].startswith("8"))
    two = next(f for f in figures if text[f.start:f.end].startswith("2"))
    start = text.index("抓获")
    terms = ["抓获", "嫌疑人", "刑拘"]
    assert whole_beside_part("无锡抓获嫌疑人中刑拘了几个", terms, text, start, eight, figures)
    assert not whole_beside_part("无锡抓获嫌疑人中刑拘了几个", terms, text, start, two, figures)
    assert not whole_beside_part("无锡抓获嫌疑人刑拘了几个", terms, text, start, eight, figures)  # no locative
    # a part worded otherwise (判刑): no sibling says it, so the whole is left to the other checks
    assert not whole_beside_part("无锡抓获嫌疑人中判刑了几个", ["抓获", "嫌疑人", "判刑"], text, start, eight, figures)


@pytest.mark.parametrize("question,has,lacks", [
    ("无锡抓获嫌疑人中刑拘了几个", "2 人", "8 人"),
    ("无锡抓获嫌疑人中有几个被刑拘了？", "2 人", "8 人"),
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
