"""Yes/no and compare questions of round 33 (helper C), each with a twin whose right answer differs.

Sentences of the bundled 2026年第13期 (南通 创建 137 家省先进级智能工厂，27 家企业获评 5G 工厂) and of the extra issues:
2024年第8期 镇江 查找问题 312 项，已整改 289 项 and 企业累计投入改造资金 2.36 亿元; 2026年第3期 无锡 对…47家企业主要
负责人进行约谈，对32家企业实施联合惩戒; 2026年第10期 句容 A级旅游景区23家 … 已完成19家A级景区安全复查, 春节接待游客
112.6万人次, 金坛 锂电企业未发生火灾事故，全区工贸企业火灾起数同比下降27.3%, 2025年产值突破1200亿元; 2025年第30期
举报奖励资金较去年翻了一番，达到680万元, 丹阳 排查发现隐患八千六百余处，目前已整改百分之九十以上, 未发生亡人火灾事故."""

from __future__ import annotations

from rag_assistant.answer.busier_clause import outweighed
from rag_assistant.answer.doubling import other_doubling
from rag_assistant.answer.done_share import share_short
from rag_assistant.answer.result_complement import without_result
from rag_assistant.wording import vague_threshold


def _head(answer: str) -> str:
    return answer.split("据")[0]


def test_spoken_round_thresholds_read_as_figures():
    assert "超过100万" in vague_threshold("句容春节接待游客破百万了没")
    assert "超过1000亿" in vague_threshold("金坛锂电企业产值过千亿了吗")
    assert "超过1000家" in vague_threshold("超没超过千家")
    assert vague_threshold("句容春节接待游客有多少") == "句容春节接待游客有多少"  # twin: no yes/no, no threshold


def test_result_complement_is_no_asked_word():
    assert without_result("镇江园区查出的问题都整改完了吗", ("园区", "查出", "问题", "整改", "完")) == \
        ("园区", "查出", "问题", "整改")
    assert without_result("完了吗", ("完",)) == ("完",)  # twin: a lone word is kept


def test_negation_of_a_narrower_clause_and_its_twin():
    s = "今年1至2月，金坛区锂电企业未发生火灾事故，全区工贸企业火灾起数同比下降27.3%。"
    assert outweighed(["工贸", "企业", "火灾", "下降"], "金坛区锂电企业未发生火灾事故", s)
    t = "活动开展以来，丹阳市眼镜产业集聚区火灾起数同比下降三成，未发生亡人火灾事故。"
    assert not outweighed(["眼镜", "集聚", "亡人", "火灾"], "未发生亡人火灾事故", t)


def test_doubling_and_share_readings():
    s = "全省兑现安全生产举报奖励资金较去年翻了一番，达到680万元。"
    assert other_doubling("举报奖励资金今年是不是翻了两番", s) == "翻了一番"
    assert other_doubling("举报奖励资金今年是不是翻了一番", s) == ""
    d = "对眼镜企业逐家上门检查，排查发现隐患八千六百余处，目前已整改百分之九十以上。"
    assert share_short("丹阳眼镜企业隐患都整改完了没", d)
    assert not share_short("丹阳眼镜企业隐患都整改完了没", "目前已整改100%。")


def test_bundled_threshold_reads_the_named_item(assistant):
    a = assistant.ask("南通评上的省先进级智能工厂有没有超过100家").answer
    assert _head(a).startswith("是") and "137" in _head(a) and "第13期" in a, a
    a = assistant.ask("南通5G工厂超没超30家").answer  # twin: the next item of the list
    assert _head(a).startswith("没有") and "27" in _head(a), a


def test_extra_yes_no_shapes(extra_assistant):
    for question, head_starts, figure, issue in (
            ("句容春节接待游客破百万了没", "是", "112.6万人次", "第10期"),
            ("金坛锂电企业产值过千亿了吗", "是", "1200亿元", "第10期"),
            ("金坛规上锂电企业过百家了吗", "没有", "64", "第10期"),  # twin
            ("镇江老旧装置改造资金投了2个多亿没", "是", "2.36亿元", "第8期"),
            ("金坛工贸企业火灾起数是不是下降了", "是", "27.3%", "第10期"),
            ("丹阳眼镜集聚区出过亡人火灾没有", "没有", "未发生亡人火灾", "第30期"),  # twin
            ("镇江园区查出的问题都整改完了吗", "没有", "289", "第8期"),
            ("句容A级景区都复查完了吗", "没有", "19家", "第10期"),
            ("金坛电芯制造企业隐患都整改完了吗", "没有", "463", "第10期"),  # twin: a table row
            ("丹阳眼镜企业隐患都整改完了没", "没有", "百分之九十", "第30期"),
            ("举报奖励资金今年是不是翻了两番", "不是", "翻了一番", "第30期"),
            ("举报奖励资金今年是不是翻了一番", "是", "680万元", "第30期")):  # twin
        a = extra_assistant.ask(question).answer
        assert _head(a).startswith(head_starts) and figure in a and issue in a, (question, a)


def test_compare_heads_counted_by_their_firms(extra_assistant):
    a = extra_assistant.ask("无锡约谈的企业负责人和联合惩戒的企业哪个多").answer
    assert "47家" in a and "32家" in a and "约谈的企业负责人多" in a and "第3期" in a, a
    a = extra_assistant.ask("无锡约谈的企业负责人比联合惩戒的企业多多少").answer
    assert "15" in a, a
    a = extra_assistant.ask("镇江约谈了多少名企业负责人").answer  # twin: heads counted in 名
    assert "11" in a and "第8期" in a, a
