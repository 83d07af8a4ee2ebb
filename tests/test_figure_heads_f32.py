"""Figure questions whose asked noun is a compound the segmenter cuts off its head (监测点位 → 监测点|位), and a figure
whose clause goes on to another figure's noun (全市 12 个重点行业领域已有 2.5 万家生产经营单位…).

Sentences: 2025年第4期 江阴 在码头前沿和罐区新增视频监控和可燃气体探测点位1560个 (储罐412座, 码头26个);
2025年第16期 南通 全市 12 个重点行业领域已有 2.5 万家生产经营单位建立该机制 and 宿迁 全市 54 家化工企业、374 家
危化品经营企业…; 2025年第14期 南通 精准识别化工生产企业 248 家 (no 危化品经营企业 is counted in Nantong)."""

from __future__ import annotations

from rag_assistant.answer.compound_head import inner_head
from rag_assistant.answer.counted import counts_measure
from rag_assistant.answer.next_owner import words_end
from rag_assistant.answer.window import figures_of


def test_the_inner_head_of_a_cut_compound():
    assert inner_head("监测点位") == "点位"
    assert counts_measure("监测点位", "探测点位")
    assert inner_head("消防安全员") == ""  # 消防安 is no word: 全员 is not its head
    assert inner_head("巡查员") == "" and inner_head("网格员") == ""
    assert not counts_measure("监测点位", "视频监控")  # twin: another thing stays another thing


def test_a_figure_with_its_own_noun_stops_at_the_next_figure():
    text = "全市 12 个重点行业领域已有 2.5 万家生产经营单位建立该机制"
    figs = figures_of(text)
    first = figs[0]
    assert words_end(text, len(text), first, figs, "重点行业领域") == figs[1].start
    assert words_end(text, len(text), first, figs, "") == len(text)  # twin: no own noun, the later words may name it
    listed = "全市 54 家化工企业、374 家危化品经营企业全面建立事故隐患报告制度"
    figs = figures_of(listed)  # twin: listed members share the predicate after the last one
    assert words_end(listed, len(listed), figs[0], figs, "化工企业") == len(listed)


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (("江阴码头罐区新增监测点位多少个", "1560个"),
                          ("码头和罐区探测点位加了几个？江阴的", "1560个"),
                          ("江阴储罐有几座", "412座"),
                          ("江阴码头有多少个", "26个"),
                          ("南通精准识别化工生产企业几家", "248"),
                          ("宿迁危化品经营企业多少家", "374"),
                          ("宿迁化工企业有几家", "54")):
        a = extra_assistant.ask(question).answer
        assert has in a and "未给出" not in a.split("简报提到")[0], (question, a)
    # 南通 counts no 危化品经营企业: not the 12 个重点行业领域 of a clause whose 生产经营单位 is 2.5 万家's
    a = extra_assistant.ask("南通排查的企业中危化品经营企业有几家").answer
    assert "12 个" not in a.split("简报提到")[0] and ("未给出" in a or "未找到" in a), a
