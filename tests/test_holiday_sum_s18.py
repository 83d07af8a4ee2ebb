"""A holiday a figure question names must be the figure's own (清明 is not 春节), and a sum word after the asked
noun (罚款总额, 巡查单元总量) asks that noun's figure or sum, not a thing called 总额.

Sentences of the synthetic extra issues (eval/extra_briefings/): 2026年第10期 句容 今年春节假期，句容市共接待游客
112.6万人次 and the 清明 meeting's 春节期间，全省各级累计出动检查人员4.3万人次; 2026年第3期 2025年全省共发生生产安全
事故1036起 (a year, no holiday); 2025年第4期 江阴 …罚款186.5万元. The 靖江 sentence of 2026年第13期 lists four kinds
of 巡查单元 and states no sum."""

from __future__ import annotations

from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.times import festival_unmet


def test_the_holiday_asked_must_be_the_sentences_or_the_articles():
    spring = "今年春节假期，句容市共接待游客112.6万人次，同比增长18.3％，实现了安全平稳。"
    assert festival_unmet("句容今年清明假期接待了多少游客", spring, spring)
    assert not festival_unmet("句容春节假期接待了多少游客", spring, spring)
    assert not festival_unmet("句容今年接待了多少游客", spring, spring)  # no holiday asked: no scope to meet
    year = "2025年全省共发生生产安全事故1036起"
    assert festival_unmet("25年国庆假期全省发生了多少起事故", year, "全省应急管理工作会议在南京召开 " + year)
    # a sentence without a holiday of its own is read in its article: 为迎接元旦春节销售旺季，… then the figures
    assert not festival_unmet("新沂元旦前取缔了多少个无证网点", "取缔无证经营网点27个",
                              "为迎接元旦春节销售旺季，新沂市应急管理局从10月起开展烟花爆竹经营安全全链条整治。取缔无证经营网点27个")


def test_a_sum_word_is_not_the_counted_thing():
    assert measure_of("靖江巡查单元总量是多少") == "巡查单元"
    assert measure_of("江阴港船联动执法罚款总额多少") in ("罚款", "")


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("句容今年清明假期接待了多少游客？", "未给出", "112.6万人次"),
                                 ("句容今年春节假期接待了多少游客？", "112.6万人次", "未给出"),
                                 ("清明期间全省出动了多少检查人员？", "未给出", "4.3万人次"),
                                 ("春节期间全省出动了多少检查人员？", "4.3万人次", "未给出"),
                                 ("25年国庆假期全省发生了多少起生产安全事故？", "未给出", "1036起"),
                                 ("江阴港船联动执法罚款总额多少？", "186.5万元", "未给出"),
                                 ("靖江住宅巡查单元总量是多少？", "942", "未给出"),
                                 ("靖江巡查单元总量是多少？", "未给出", "")):
        a = extra_assistant.ask(question).answer
        assert has in a and (not lacks or lacks not in a.split("简报提到")[0]), (question, a)
