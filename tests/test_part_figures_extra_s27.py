"""Multi-part figure questions over the extra issues (eval/extra_briefings/): each part answered by its own figure or
said missing, never filled with a neighbouring column's or segment's figure.

Sentences read from the briefings: 2025年第30期 宜兴 table 镇（街道）| 燃气窑炉企业（家）| 排查隐患（处）| 主要做法 with the
row 周铁镇 96 680 (no 已整改 column); 2025年第24期 吴江 1.全面排查建档。组织…逐一上门排查，发现电气线路隐患2.18万处;
2026年第10期 全省共发生生产安全事故96起、死亡83人…；全省共发生森林火情7起，过火面积26.4公顷，…，未发生人员伤亡."""

from __future__ import annotations

from rag_assistant.answer.cell_focus import cell_lacks_focus
from rag_assistant.answer.event_kind import other_event, said_up_to
from rag_assistant.answer.steps import action_elsewhere
from rag_assistant.answer.window import figures_of

_ROW = "周铁镇\t96\t680\t村企共建燃气巡查队，每周夜查一次"
_CONTEXT = "表 宜兴市重点镇（街道）陶瓷窑炉燃气整治进展 镇（街道）\t燃气窑炉企业（家）\t排查隐患（处）\t主要做法"
_FIRE = "今年1至2月，全省共发生生产安全事故96起、死亡83人，同比分别下降12.7%和9.8%；全省共发生森林火情7起，过火面积26.4公顷，未发生人员伤亡。"


def test_a_cell_answers_only_a_part_its_table_names():
    assert cell_lacks_focus(_ROW, _CONTEXT, ("整改",))
    assert not cell_lacks_focus(_ROW, _CONTEXT, ("排查", "隐患"))  # twin: the 排查隐患 column
    assert not cell_lacks_focus("移送司法机关\t312起\t增长15.6%", "项目\t2025年\t同比", ("变化",), ("同比",))  # a change
    assert not cell_lacks_focus("共排查隐患3470处，已整改3360处", "", ("整改",))  # prose is not a table row


def test_a_list_items_number_is_no_figure():
    assert figures_of("1.全面排查建档。") == ()
    assert [f.surface for f in figures_of("1.2万人参加演练")] == ["1.2万人"]  # twin: a decimal figure


def test_a_search_clause_without_figures_owns_the_find_after_it():
    s = "组织电工技术人员和第三方机构对全区纺织企业逐一上门排查，发现电气线路隐患2.18万处，建立“一企一档”。"
    assert not action_elsewhere("排查", s, s.index("发现"), s.index("，建立"))
    t = "检查企业3920家次，发现隐患2415处"
    assert action_elsewhere("检查", t, t.index("发现"), len(t))  # twin: the search clause counts its own figure


def test_a_figure_of_another_event_kind():
    at = _FIRE.index("83人")
    assert other_event("1至2月森林火情死了几个人", _FIRE, at)
    assert not other_event("1至2月事故死了多少人", _FIRE, at)  # twin: the accidents' deaths
    assert said_up_to("1至2月森林火情几起、死了几个人", "死了几个人") == "1至2月森林火情几起、死了几个人"
    assert said_up_to("今年1至2月死了多少人、森林火情几起", "今年1至2月死了多少人") == "今年1至2月死了多少人"


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (
            ("宜兴周铁镇排查隐患多少、已整改多少？", "680", "96"),
            ("宜兴丁蜀镇排查隐患多少、整改了多少？", "2260", "3360"),
            ("苏州市岁末年初检查发现隐患多少、已整改多少？", "6.9万", ""),
            ("吴江纺织企业电气隐患排查多少、整改了多少处？", "2.18万处", "1.全面排查建档"),
            ("吴江纺织企业电气隐患排查了多少处？", "2.18万处", "未给出"),
            ("六合区管道隐患排查了多少处、整改了多少？", "186处", "未给出"),
            ("2025年移送司法机关多少起、同比怎样？", "15.6%", ""),
            ("1至2月森林火情几起、死了几个人？", "7起", "83人"),
            ("1至2月森林火情死了几个人？", "未发生人员伤亡", "83人"),
            ("1至2月森林火情几起、事故死了多少人？", "83人", ""),
            ("金坛电芯制造排查隐患和已整改各多少？", "463", "未给出"),
            ("无锡奖补资金安排多少、兑现了多少？", "1280万元", "未给出")):
        a = extra_assistant.ask(question).answer
        assert has in a and (not lacks or lacks not in a), (question, a)
    for question, missing in (("宜兴周铁镇排查隐患多少、已整改多少？", "已整改"),
                              ("宜兴丁蜀镇排查隐患多少、整改了多少？", "整改"),
                              ("吴江纺织企业电气隐患排查多少、整改了多少处？", "整改")):
        a = extra_assistant.ask(question).answer
        assert "未给出" in a and missing in a.split("未给出")[1], (question, a)
