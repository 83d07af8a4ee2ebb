"""Yes/no asked the way staff type (round 38, helper g38): the question's own word for no, a short span the question
names, casualties said as a death count.

Sentences of the briefings: 2026年第13期 南通 配备巡查员6758人, 编印“安全口袋书”8 万余册; 2025年第24期 六合区 总里程386公里;
2025年第4期 春节假期（1月28日至2月4日），全省共发生生产安全事故37起、死亡29人…; 2026年第10期 今年1至2月，…全省共发生森林
火情7起，…未发生人员伤亡 (its 春节期间 sentence comes after); 2025年第9期 一季度全省共发生生产安全事故268起、死亡231人."""

from __future__ import annotations

import pytest

from rag_assistant.answer.occurrence_said import casualties_said
from rag_assistant.answer.period_claim import span_fit
from rag_assistant.answer.polarity import unsaid_year

_SPRING = "会议通报，春节假期（1月28日至2月4日），全省共发生生产安全事故37起、死亡29人，同比分别下降15.9%和12.1%。"
_FOREST = "今年1至2月，全省共发生生产安全事故96起、死亡83人；全省共发生森林火情7起，过火面积26.4公顷，未发生人员伤亡。"


def _verdict(assistant, question: str) -> str:
    answer = assistant.ask(question).answer
    return answer.split("。")[0].split("）")[-1]


def test_a_death_count_says_casualties_occurred():
    assert casualties_said("春节假期全省有没有人员伤亡？", _SPRING) == "人员伤亡"
    assert casualties_said("春节假期全省有没有人员伤亡？", "未发生人员伤亡。") == ""  # says the word itself
    assert casualties_said("春节假期全省有没有发生事故？", _SPRING) == ""  # casualties not asked
    assert casualties_said("有没有人员伤亡", "死亡率同比下降") == ""  # no count of people


def test_a_short_span_the_question_names_must_frame_the_sentence():
    question = "春节假期全省有没有人员伤亡？"
    assert span_fit(question, _FOREST, len(_FOREST), "全省春季森林防灭火暨清明假期安全防范工作视频会议召开") < 1.0
    assert span_fit(question, "春节期间，全省各级…", 8, "") == 1.0  # 春节期间 is the 春节假期
    assert span_fit("一季度全省有没有人员伤亡？", "1季度全省…", 5, "") == 1.0
    assert span_fit("1月份全省有没有发生事故？", "今年1至2月，全省…", 8, "") < 1.0  # 1至2月 is no 1月份
    assert span_fit("全省有没有人员伤亡？", _FOREST, len(_FOREST), "") == 1.0  # no span asked


@pytest.mark.parametrize("question, head, quoted", [
    ("春节假期全省有没有人员伤亡？", "有", "死亡29人"),
    ("一季度全省有没有人员伤亡？", "有", "死亡231人"),
])
def test_casualties_of_the_asked_span(extra_assistant, question, head, quoted):
    answer = extra_assistant.ask(question).answer
    assert _verdict(extra_assistant, question).split("，")[0] == head, answer
    assert quoted in answer.split("[1]")[0], answer


@pytest.mark.parametrize("question, head, figure", [
    ("六合区油气管道是不是超过400公里？", "不是", "386公里"),
    ("全省生命线监测点位是不是超过30万个？", "不是", "28.6万个"),
    ("全省生命线监测点位有没有超过25万个？", "是", "28.6万个"),
])
def test_a_threshold_answered_in_the_question_s_word_extra(extra_assistant, question, head, figure):
    verdict = _verdict(extra_assistant, question)
    assert verdict.split("，")[0] == head and figure in verdict, verdict


@pytest.mark.parametrize("question, head, figure", [
    ("南通安全口袋书印了是否超过10万册？", "不是", "8万余册"),
    ("南通企业班组安全员是不是达到10万名了？", "不是", "9.2万名"),
    ("南通智能感烟探测器装了有没有1万套？", "没有", "8731套"),
    ("南通巡查员有没有超过6000人？", "是", "6758人"),
])
def test_a_threshold_answered_in_the_question_s_word_bundled(assistant, question, head, figure):
    verdict = _verdict(assistant, question)
    assert verdict.split("，")[0] == head and figure in verdict, verdict


_LIUHE = "推行“人巡+机巡+技防”模式，每周开展联合巡护不少于2次，配备无人机14架。"


def test_a_year_the_article_never_names():
    article = f"六合区境内有油气长输管道11条。{_LIUHE}"
    assert unsaid_year("2023年六合区有没有开展三联三巡？", _LIUHE, None, 2025, article) == "2023年"
    assert unsaid_year("2024年六合区有没有开展三联三巡？", _LIUHE, None, 2025, f"去年以来，{article}") == ""  # 去年 = 2024
    assert unsaid_year("2023年六合区有没有开展三联三巡？", _LIUHE, None, 2025, f"2023年起，{article}") == ""
    assert unsaid_year("2025年六合区有没有开展三联三巡？", _LIUHE, 2025, 2025, article) == ""  # the scope year
    assert unsaid_year("六合区有没有开展三联三巡？", _LIUHE, None, 2025, article) == ""


@pytest.mark.parametrize("question, head", [
    ("2023年六合区有没有开展三联三巡？", "没有"),
    ("2020年南通是不是推进了六化建设？", "不是"),
])
def test_a_year_no_briefing_records_is_answered_no(extra_assistant, question, head):
    verdict = _verdict(extra_assistant, question)
    assert verdict.split("，")[0] == head and "简报未记载" in verdict, verdict


def test_the_year_twin_with_no_year_is_answered_yes(extra_assistant):
    assert _verdict(extra_assistant, "六合区有没有开展三联三巡？").split("，")[0] == "有"
