"""Single figures of the extra issues (eval/extra_briefings/) asked in staff wording, with twins.

2026年第10期: 春节期间，…发现并整改隐患3.8万余处 (a paragraph that opens with 今年1至2月); 2026年第7期: 春节假期，…
排查整治隐患11.6万处. 2026年第7期 海门: 按照企业风险等级分为A、B、C三类，分别给予每家每年8000元、5000元、3000元
的托管补助. 2024年第15期 兴化: 现有粮食烘干企业（点）680余家; 其中日烘干能力300吨以上的企业94家."""

from __future__ import annotations

import pytest

from rag_assistant.answer.match import resultative
from rag_assistant.answer.respective import _named_run
from rag_assistant.answer.scope import part_of_year
from rag_assistant.answer.threshold import threshold_unsaid


def test_a_holiday_is_the_asked_period_not_a_part_of_the_year():
    paragraph = "会议指出，今年1至2月，全省共发生生产安全事故96起。春节期间，…发现并整改隐患3.8万余处。"
    assert not part_of_year("26年春节全省查出并改掉的隐患有多少", [], paragraph)
    assert part_of_year("2026年全省查出多少隐患", [], paragraph)  # twin: the whole year asked


def test_a_search_with_its_result_is_said_as_found():
    assert resultative("查出", "发现并整改隐患3.8万余处") == 1.0
    assert resultative("查出", "排查整治隐患11.6万处") == 0.5  # twin: the search alone
    assert resultative("达到", "发现问题") == 0.0  # not a search verb


def test_the_words_before_a_run_are_said_of_every_item():
    named = _named_run("按照企业风险等级分为A、B、C三类", 3)
    assert named == ["按照企业风险等级分为A", "按照企业风险等级分为B", "按照企业风险等级分为C"]
    assert _named_run("分为A、B两类", 3) is None


def test_a_size_threshold_must_be_stated():
    total = "兴化市是全国产粮大县，现有粮食烘干企业（点）680余家、烘干机2150台。"
    subset = "其中日烘干能力300吨以上的企业94家。"
    assert threshold_unsaid("一天能烘500吨的大户几家", total)
    assert threshold_unsaid("一天能烘500吨以上的大户几家", subset)
    assert not threshold_unsaid("一天能烘300吨以上的大户有几个", subset)
    assert not threshold_unsaid("兴化烘干了多少吨", total)  # a measure asked, no threshold
    assert not threshold_unsaid("常熟检测纺织企业过3000家了吗", total)  # a count threshold of the answer


@pytest.mark.parametrize("question, has, lacks", [
    ("26年春节那阵子，全省查出并改掉的隐患有多少", "3.8万", "11.6万"),
    ("26年春节假期全省排查整治隐患多少处", "11.6万", "3.8万"),  # twin: the other issue's words
    ("海门C类企业每家一年补多少", "3000元", "8000元"),
    ("海门A类的每家每年补助多少", "8000元", "3000元"),  # twin: the first of the run
    ("泰州粮食烘干那篇，一天能烘300吨以上的大户有几个", "94家", "未给出"),
    ("兴化粮食烘干企业一共多少家", "680余家", "94家"),  # twin: the whole
])
def test_answers_on_the_extra_issues(extra_assistant, question, has, lacks):
    a = extra_assistant.ask(question).answer
    assert has in a.split("简报提到")[0] and lacks not in a.split("简报提到")[0], (question, a)


def test_an_unstated_threshold_is_refused(extra_assistant):
    a = extra_assistant.ask("兴化烘干企业里能一天烘500吨的大户几家").answer
    assert "未给出" in a and "680余家" not in a.split("简报提到")[0], a
