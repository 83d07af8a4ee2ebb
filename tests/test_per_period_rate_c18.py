"""Figures of another measure offered for the asked one (helper c18): a rate per period (每天, 每月) is not answered
by a total over the whole span (累计…3.2万人次), and a rate asked as a level (整改率是多少) is not answered by a
change of another measure (火灾起数同比下降38.5%). The answerable twins keep answering."""

from __future__ import annotations

from rag_assistant.answer.lexicon import asked_qualifiers


def test_a_rate_per_period_is_an_asked_qualifier():
    assert "每日" in asked_qualifiers("每天投入多少人")
    assert "每月" in asked_qualifiers("每个月巡护多少公里")
    assert "每日" not in asked_qualifiers("累计投入多少人")


def test_a_rate_per_period_is_not_answered_by_a_total(extra_assistant):
    a = extra_assistant.ask("江北新区塔式起重机安全监控系统每天发出多少次预警提示？")
    assert a.refused and "2.7万" not in a.answer.split("简报提到")[0], a.answer  # 累计发出预警提示2.7万次
    a = extra_assistant.ask("句容市春节假期每天接待游客多少人次？")
    assert a.refused, a.answer  # 共接待游客112.6万人次
    a = extra_assistant.ask("南京地下管网每月处置多少起险情？")
    assert a.refused, a.answer  # 全年处置管网险情680起


def test_a_rate_per_period_said_by_the_text_still_answers(extra_assistant):
    a = extra_assistant.ask("海门区第三方服务机构每月入企服务几次？")
    assert not a.refused and "1次" in a.answer, a.answer  # 每月至少入企服务1次
    a = extra_assistant.ask("句容市春节假期共接待游客多少人次？")
    assert not a.refused and "112.6" in a.answer, a.answer


def test_a_daily_average_answers_a_per_day_ask(assistant):
    a = assistant.ask("苏州应急8分钟每天覆盖多少人次？")
    assert not a.refused and "250" in a.answer, a.answer  # 日均覆盖250万人次


def test_a_level_rate_is_not_answered_by_a_change_of_another_measure(extra_assistant):
    a = extra_assistant.ask("金坛区锂电企业消防隐患整改率是多少？")
    assert a.refused and "27.3" not in a.answer.split("简报提到")[0], a.answer  # 火灾起数同比下降27.3%
    a = extra_assistant.ask("邳州板材加工行业隐患整改率多少？")
    assert a.refused, a.answer  # 火灾起数同比下降31.4%


def test_a_level_rate_said_and_an_asked_change_still_answer(extra_assistant):
    a = extra_assistant.ask("宜兴陶瓷窑炉企业燃气隐患整改率是多少？")
    assert not a.refused and "96.8" in a.answer, a.answer
    a = extra_assistant.ask("南京江北新区起重机械隐患数量同比下降多少？")
    assert not a.refused and "35.2" in a.answer, a.answer
