"""Scopes a question states that the chosen sentence does not (helper a17): the whole year (全年) against a figure of
a quarter, a whole prefecture (全市) against a district's, a dated event of another year or of another named
occasion (国庆 vs 清明 假期), and a total that must include a subset (连已停产的算上). Each is answered partially
(简报未给出…；关于…，简报提到：…), and its twin that the text does state keeps its answer."""

from __future__ import annotations

from rag_assistant.answer.own_noun import inclusion_unmet
from rag_assistant.answer.scope import part_of_asked_year
from rag_assistant.answer.times import event_year, other_event
from rag_assistant.ingest.gazetteer import find_places
from rag_assistant.answer.scope import sub_city_figure


def test_a_whole_year_asked_is_not_a_quarter_said():
    question = "淮安燃气老旧管网改造今年全年完成了多少公里"
    before = "（三）聚焦管网更新。实施老旧燃气管网更新改造，全年计划改造126公里，一季度已完成"
    assert part_of_asked_year(question, before, "一季度已完成41.5公里")
    assert not part_of_asked_year(question, "（三）聚焦管网更新。实施老旧燃气管网更新改造，全年计划改造", "全年计划改造126公里")
    assert not part_of_asked_year("淮安燃气管网改造一季度完成了多少公里", before, "一季度已完成41.5公里")


def test_a_whole_city_asked_is_not_a_district_of_it():
    titled = find_places("苏州市吴江区开展纺织企业电气火灾隐患专项整治")
    clause = "全区纺织企业电气火灾起数同比下降38.5%"
    assert sub_city_figure("苏州全市纺织企业电气火灾起数同比下降多少？", find_places("苏州"), titled, clause)
    assert not sub_city_figure("吴江区纺织企业电气火灾起数同比下降多少？", find_places("吴江区"), titled, clause)
    # a prefecture's own article (常州市现有规模以上工贸企业5860家) answers 常州全市
    assert not sub_city_figure("常州全市现有规模以上工贸企业多少家？", find_places("常州"),
                               find_places("常州市：“企业安全码”赋能工贸企业精准监管"), "常州市现有规模以上工贸企业5860家")


def test_a_dated_event_is_of_its_issue_year_and_of_its_named_occasion():
    assert event_year("3月18日", "", "2026-03-20", 2026) == 2026
    assert event_year("12月28日", "", "2026-01-09", 2026) == 2025  # a December event in a January issue
    terms = ("国庆", "假期", "安全", "防范", "视频", "会议", "视频会议")
    sentence = "3月18日，全省春季森林防灭火暨清明假期安全防范工作视频会议在南京召开。"
    assert other_event("2025年国庆假期安全防范视频会议是几号开的", terms, sentence)
    # the asker's own verbs (开始完善) are no occasion: only a time word (国庆, 冬季) names one
    assert not other_event("苏州从啥时候开始完善大数据+网格化+铁脚板的", ("苏州", "开始", "完善", "大数据", "网格化"),
                           "今年以来，苏州市不断完善“大数据+网格化+铁脚板”治理机制。")
    assert not other_event("国庆假期安全防范视频会议是几号开的", terms,
                           "9月11日，省安委办召开全省国庆假期安全防范工作视频会议，分析当前安全生产形势。")


def test_a_total_with_a_subset_needs_the_subset_said():
    sentence = "今年3月起，如皋市对全市126家涉氨制冷企业开展“清单化”专项整治。"
    assert inclusion_unmet("如皋涉氨制冷企业连已停产的算上一共多少家", sentence, "如皋市对全市126家涉氨制冷企业")
    assert not inclusion_unmet("如皋涉氨制冷企业一共多少家", sentence, "如皋市对全市126家涉氨制冷企业")
    whole = "吴江区是全国重要的纺织产业基地，全区有喷水织机等纺织企业1.26万家，其中盛泽镇8700余家。"
    assert not inclusion_unmet("吴江区纺织企业包括盛泽镇在内共有多少家", whole, "全区有喷水织机等纺织企业1.26万家")
    assert inclusion_unmet("吴江区纺织企业包括盛泽镇在内共有多少家", whole, "其中盛泽镇8700余家")


def test_stated_scopes_end_to_end(extra_assistant):
    partial = (
        "淮安燃气老旧管网改造今年全年完成了多少公里",
        "常熟纺织企业火灾起数全年同比下降多少？",
        "26年1到2月常州全市火灾起数同比下降多少",
        "苏州全市有喷水织机等纺织企业多少家？",
        "25年国庆假期安全防范视频会议是几号开的？",
        "全省冬季森林防灭火视频会议是几号开的？",
        "如皋涉氨制冷企业连已停产的算上一共多少家？",
    )
    for question in partial:
        a = extra_assistant.ask(question)
        assert a.answer.startswith(("简报未给出", "（检索范围")) and "简报未给出" in a.answer, (question, a.answer)
    answered = (
        ("淮安老旧燃气管网全年计划改造多少公里？", "126"),
        ("常熟一季度纺织企业火灾起数同比下降多少？", "42.5"),
        ("吴江区有喷水织机等纺织企业多少家？", "1.26"),
        ("24年国庆假期安全防范视频会议是几号开的？", "9月11日"),
        ("全省春季森林防灭火视频会议是几号开的？", "3月18日"),
        ("吴江区纺织企业包括盛泽镇在内共有多少家？", "1.26"),
    )
    for question, figure in answered:
        a = extra_assistant.ask(question)
        assert not a.refused and figure in a.answer.split("[1]")[0], (question, a.answer)
