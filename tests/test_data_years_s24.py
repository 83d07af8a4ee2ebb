"""Time scopes of data against time scopes of issues (round 24). A year asked can be the year of the data, which the
next year's issue reports (2026年第3期 会议总结2025年…全年完成重大事故隐患整改4270项; 2025年第12期 去年接待水上游客约45万人次
= 2024), while a next-year sentence under no year of its own is that issue's (2026年第7期 1月份…死亡68人, 春节假期…3.2万
家次): it does not answer 2025年. 全年 asked is not a 今年以来 figure of an October issue. A month is not stated by a day of
it (1月20日，…会议召开), 去年 asked not by a sentence saying 今年. Several months or years in one issue question
(2月和3月各出了几期, 24年和26年各有几期) hold them all and count each. Each probe has a twin that keeps its answer.
Real sentences of the extra issues (eval/extra_briefings/). Probes 12 of 13 right after (8 before), twins 13 of 13
(11 before); dev 1697 -> 1697 of 1711, no item lost."""

from __future__ import annotations

import pytest

from rag_assistant.answer.data_year import may_report, reports_year, says_last_year, to_date_for_whole_year
from rag_assistant.types import Article
from rag_assistant.answer.period_groups import joined_months
from rag_assistant.answer.scope import period_said


def test_a_next_year_sentence_reports_the_year_it_or_its_article_states():
    review = "会议总结2025年全省应急管理工作。会议指出，2025年全省共发生生产安全事故1036起。"
    assert reports_year("全年完成重大事故隐患整改4270项。", review, 2026, 2025)
    assert reports_year("去年接待水上游客约45万人次。", "", 2025, 2024)
    assert not reports_year("会议通报，1月份全省共发生生产安全事故79起、死亡68人。", "2月24日，推进会召开。", 2026, 2025)
    assert not reports_year("全年完成整改4270项。", review, 2027, 2025)  # only the next year's issue reports a year
    # 去年 as the base of a comparison dates nothing
    assert not says_last_year("全省兑现安全生产举报奖励资金较去年翻了一番，达到680万元")
    assert says_last_year("去年以来，南京市依托城市生命线安全工程")


def test_an_article_may_report_a_year_it_prints_or_dates_by_last_year():
    def article(*paragraphs: str) -> Article:
        return Article(id="a", source="s", title="t", section=None, paragraphs=paragraphs, position=0)

    assert may_report(article("会议总结2025", "年全省应急管理工作。"), 2025)  # a page break inside the year
    assert may_report(article("去年以来，南京市依托城市生命线安全工程"), 2025)
    assert not may_report(article("奖励资金较去年翻了一番，达到680万元"), 2025)
    assert not may_report(article("2024年全省共发生生产安全事故"), 2025)


def test_whole_year_asked_is_not_a_to_date_figure_of_an_earlier_issue():
    said = "会议指出，今年以来，全省累计排查危险化学品企业6320家，其中重大事故隐患126项，已完成整改119项"
    assert to_date_for_whole_year("2025年全年完成重大事故隐患整改多少项", said, "已完成整改119项", "2025-10-17")
    assert not to_date_for_whole_year("2025年完成重大事故隐患整改多少项", said, "已完成整改119项", "2025-10-17")
    assert not to_date_for_whole_year("全年计划服务多少家", "截至9月底已服务1126家", "活动计划全年服务企业1500家",
                                      "2025-10-17")


def test_a_period_is_not_stated_by_a_day_or_another_years_sentence():
    assert not period_said("1月", 2026, "1月20日，全省应急管理工作会议在南京召开。会议指出，2025年全省共发生生产安全事故1036起")
    assert period_said("1月", 2026, "会议通报，1月份全省共发生生产安全事故79起")
    # a span of days inside the figure's sentence is not the month; the day of a meeting asked by its month is
    assert not period_said("1月", 2025, "会议通报，春节假期（1月28日至2月4日），全省共发生生产安全事故37起、死亡29人")
    assert period_said("8月", 2025, "8月20日，全省防汛防台风暨安全生产工作视频会议在南京召开。会议明确，省级下拨专项资金1.5亿元")
    gaoyou = "去年接待水上游客约45万人次。今年“五一”假期，高邮湖水上旅游预计接待游客8.5万人次"
    assert not period_said("去年", 2025, gaoyou)
    assert period_said("去年", 2025, "高邮湖水域面积约760平方公里，去年接待水上游客约45万人次")


def test_joined_months():
    q = "26年2月和3月各出了几期简报？"
    assert joined_months(q, q.find("3月")) == [2]
    q = "2025年4月、5月和6月出了几期"
    assert joined_months(q, q.find("6月")) == [4, 5]
    q = "2026年2月和2026年3月各出了几期"
    assert joined_months(q, q.find("3月")) == [2]


def _head(answer: str) -> str:
    return answer.split("关于")[0]


@pytest.mark.parametrize("question, has", [
    ("24年高邮湖接待了多少水上游客？", "45万人次"),                     # 去年 of a 2025 issue
    ("2025年第12期说高邮湖去年接待水上游客多少人次？", "45万人次"),      # twin, and not 今年“五一”'s 8.5万
    ("2025年全年完成重大事故隐患整改多少项？", "4270项"),                # not 今年以来…119项 of October
    ("2024年江阴危险货物港口联合检查了多少次？", "217次"),              # 去年以来 of a February 2025 issue
    ("2025年第4期江阴港口联合检查了多少次？", "217次"),
    ("2025年南京处置了多少起地下管网险情？", "680起"),
    ("26年第7期南京处置管网险情多少起？", "680起"),
    ("25年扬州有限空间作业一共审批了多少次？", "2.7万余次"),            # 2025年以来…全年累计审批
    ("2026年的简报里扬州有限空间作业审批了多少次？", "2.7万余次"),
    ("2026年1月份全省生产安全事故死了多少人？", "68人"),
    ("2026年春节期间全省检查了多少家次企业和场所？", "3.2万家次"),
    ("2025年全省兑现举报奖励资金多少？", "680万元"),                  # 较去年 compares; the figure is 2025's
])
def test_data_years_answered(extra_assistant, question, has):
    a = extra_assistant.ask(question)
    assert has in _head(a.answer) and not a.refused, a.answer


@pytest.mark.parametrize("question, lacks", [
    ("2025年1月份全省生产安全事故死了多少人？", ("68人", "894人")),      # 2026's 1月份; 2025's whole year
    ("2025年春节期间全省检查了多少家次企业和场所？", ("3.2万家次",)),    # 2026's 春节
    ("25年全年全省检查生产经营单位多少家次？", ("3.2万家次",)),          # a 2026 holiday's; 1至11月 only as a note
])
def test_a_next_years_own_figure_does_not_answer(extra_assistant, question, lacks):
    a = extra_assistant.ask(question)
    assert "未给出" in a.answer and not any(x in _head(a.answer) for x in lacks), a.answer


def test_several_months_or_years_are_each_counted(extra_assistant):
    a = extra_assistant.ask("26年2月和3月各出了几期简报？")
    assert "2月共1期" in a.answer and "3月共2期" in a.answer and "2026年第7期" in a.answer, a.answer
    a = extra_assistant.ask("上个月和这个月各出了几期？")  # 2026年2月和2026年3月, dated from the newest issue
    assert "2月共1期" in a.answer and "3月共2期" in a.answer, a.answer
    a = extra_assistant.ask("24年和26年的简报各有几期？")
    assert "2024年共4期" in a.answer and "2026年共4期" in a.answer, a.answer
    # twins: one month or one year keep the single count
    a = extra_assistant.ask("26年3月出了几期简报？")
    assert a.answer.startswith("共2期") and "2026年第7期" not in a.answer, a.answer
    a = extra_assistant.ask("2026年一共有几期简报？")
    assert a.answer.startswith("共4期"), a.answer
