"""Multi-part figure questions (two or three figures in one message): a dimension asked after its noun (海岸线多长,
总里程多长) is a part of its own beside another asked figure, asked in length; a holiday opening the asked noun
(春节假期事故) dates the figure and is no part of the counted thing.

Sentences of the synthetic extra issues (eval/extra_briefings/): 2024年第8期 镇江 在全市 4 个化工园区 / 盐城市海岸线长
582 公里; 2025年第24期 六合区境内有油气长输管道11条、总里程386公里; 2025年第4期 春节假期（1月28日至2月4日），全省共
发生生产安全事故37起、死亡29人; 2024年第21期 连云港 (no money said); 2025年第9期 淮安 全年计划改造126公里，
一季度已完成41.5公里 (a part that names its own period, 一季度, is not held to another part's 全年)."""

from __future__ import annotations

from rag_assistant.answer.measure import asked_class, measure_of
from rag_assistant.answer.segments import asking_segments


def test_a_dimension_ask_is_a_part_beside_another_figure():
    assert asking_segments("镇江有几个化工园区，盐城海岸线多长") == ["镇江有几个化工园区", "盐城海岸线多长"]
    assert asking_segments("六合区油气管道有几条，总里程多长") == ["六合区油气管道有几条", "总里程多长"]
    assert asked_class("盐城海岸线多长") == ("", "length")
    # a duration is no dimension: 多长时间 does not end its clause
    assert asked_class("这次行动持续了多长时间")[1] != "length"


def test_a_holiday_is_not_the_counted_noun():
    assert measure_of("25年春节假期事故多少起") == "事故"
    assert measure_of("2025年春节假期全省事故多少起") == "事故"  # 全省 is the extent (scope checks), not the noun
    assert measure_of("五一假期游客多少人次") == "游客"
    assert measure_of("假期事故多少起") == "事故"


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("镇江有几个化工园区，盐城海岸线多长", ("4 个化工园区", "582 公里"), "未找到"),
                                 ("六合区油气长输管道几条，总里程多少", ("11条", "386公里"), "未给出"),
                                 ("六合区油气管道有几条，总里程多长", ("11条", "386公里"), "未给出"),
                                 ("25年春节假期事故多少起", ("37起",), "未给出"),
                                 ("25年春节假期全省事故多少起、死亡多少人", ("37起", "29人"), "未给出"),
                                 ("春节假期全省发生事故多少起，死亡多少人", ("37起", "29人"), "未给出"),
                                 ("25年国庆假期全省事故多少起", ("未给出",), "37起"),
                                 ("连云港石化基地入驻企业多少家，投入资金多少？", ("68家", "未给出"), ""),
                                 ("盐城渔船多少艘，罚款多少？", ("2968", "未给出"), ""),
                                 # a part naming its own period is not in another part's 全年
                                 ("淮安燃气管网全年计划改造多长，一季度完成了多少公里", ("126公里", "41.5公里"), "未给出"),
                                 ("淮安燃气管网全年改造了多少公里", ("未给出",), "")):
        a = extra_assistant.ask(question).answer
        assert all(h in a for h in has) and (not lacks or lacks not in a.split("简报提到")[0]), (question, a)
