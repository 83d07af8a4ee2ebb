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


def test_an_asked_town_the_article_tells_apart_needs_a_figure_that_names_it(extra_assistant):
    from rag_assistant.answer.stated import asked_towns
    article = "宜兴市…以丁蜀镇为重点…重点乡镇整治情况如下表"
    assert asked_towns("宜兴丁蜀镇燃气隐患整改率是多少", article) == ["丁蜀镇"]
    assert asked_towns("沭阳重点乡镇隐患多少处", article) == []  # a kind of town, not a named one
    a = extra_assistant.ask("吴江纺织企业电气隐患整治，盛泽镇的整改率是多少？")
    assert a.refused and "96.4" not in a.answer.split("简报提到")[0], a.answer  # 隐患整改率达96.4% is the district's
    a = extra_assistant.ask("宜兴丁蜀镇燃气隐患整改率是多少？")
    assert a.refused, a.answer  # 整改率96.8% is the city's; the 丁蜀镇 row gives no rate
    a = extra_assistant.ask("宜兴丁蜀镇对多少家拒不整改企业停气停产？")
    assert a.refused, a.answer


def test_a_town_row_and_the_whole_still_answer(extra_assistant):
    a = extra_assistant.ask("宜兴丁蜀镇排查燃气隐患多少处？")
    assert not a.refused and "2260" in a.answer, a.answer
    a = extra_assistant.ask("吴江盛泽镇有多少家纺织企业？")
    assert not a.refused and "8700" in a.answer, a.answer
    a = extra_assistant.ask("吴江纺织企业电气隐患整改率是多少？")
    assert not a.refused and "96.4" in a.answer, a.answer


def test_a_matter_classifier_does_not_count_the_asked_entities(assistant, extra_assistant):
    from rag_assistant.units import matters_for_entities
    assert matters_for_entities("家", "项") and matters_for_entities("支", "件")
    assert not matters_for_entities("处", "条") and not matters_for_entities("个", "项")  # 隐患多少处: 41024 条
    a = assistant.ask("常州基层综合应急救援队伍现在建了几支了")
    assert a.refused and "13件" not in a.answer.split("简报提到")[0], a.answer  # 13件共性预案 are plans
    a = extra_assistant.ask("南通重点企业中有多少家录入了基层单位应急预案？")
    assert "54397" not in a.answer.split("简报提到")[0], a.answer  # 应急预案54397条 are plans, not 家
    a = extra_assistant.ask("邳州在重点园区组建了几支专职消防队？")
    assert not a.refused and "9支" in a.answer, a.answer
    a = extra_assistant.ask("扬州三位一体执法检查了多少家生产经营单位？")
    assert not a.refused and "947" in a.answer, a.answer


def test_a_table_row_opening_with_the_town_speaks_of_it_in_every_cell(extra_assistant):
    a = extra_assistant.ask("新街街道今年要淘汰几台燃气窑炉？")
    assert not a.refused and "40" in a.answer, a.answer


def test_a_daily_rate_answers_a_rate_per_day_not_one_per_event(assistant):
    # 日均覆盖250万人次 (苏州, the special feature) is per day: it answers 平均每天, not 平均每场 (one 宣讲 each)
    assert asked_qualifiers("平均每天覆盖多少人次") == ("每日",)
    assert "平均" in asked_qualifiers("平均每场覆盖多少人次")
    a = assistant.ask("苏州安全宣传平均每天覆盖多少人次？")
    assert "250万人次" in a.answer and not a.refused, a.answer
    b = assistant.ask("苏州新安法宣讲平均每场覆盖多少人次？")
    assert "250万" not in b.answer.split("简报提到")[0] and "未给出" in b.answer, b.answer
