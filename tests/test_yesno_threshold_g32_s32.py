"""Yes/no thresholds as staff type them: an A-not-A verb (超没超95%, 过没过500, 达没达到98%), a spoken scale (超5个亿),
a final 了 asking what is done (是不是超过40公里了: the done 41.5公里, not the planned 126公里), and a bare number
whose unit is the measure named before it (死亡人数超400, 执法检查的家次过没过500).

Sentences of the extra issues (eval/extra_briefings/): 2025年第9期 淮安 用户端隐患整改率达97.3%; 全年计划改造126公里，
一季度已完成41.5公里; 罚款152.6万元; 2026年第3期 罚没款 4.86亿元, 移送司法机关 312起; 2024年第8期 镇江 开展危化品领域
执法检查 438 家次, 累计排查隐患 5821 条, 整改率达 92.6%; 2025年第20期 清江浦 选聘“楼道长”1.12万名, 今年1至7月 事故412起、死亡367人; 2026年第10期 1至2月 死亡83人; bundled 专刊 苏州
“苏州应急8分钟” 日均覆盖250万人次."""

from __future__ import annotations

from rag_assistant.answer.thresholds import relation_of
from rag_assistant.bare_threshold import bare_threshold
from rag_assistant.numbers import extract_figures
from rag_assistant.text import normalize_question


def _relation(question: str) -> str:
    return relation_of(question, [f for f in extract_figures(question) if f.unit != "年"][-1])


def test_a_not_a_verbs_ask_what_the_verb_asks():
    assert _relation("整改率超没超95%") == "gt"
    assert _relation("罚款超不超过200万元") == "gt"
    assert _relation("整改率达没达到98%") == "ge"
    assert _relation("楼道长够不够1万名") == "ge"
    assert _relation("整改率没超95%吗") != "gt"  # twin: a plain negation is not the A-not-A ask


def test_spoken_scale_and_bare_threshold_are_read_as_figures():
    assert "超5亿" in normalize_question("25年全省罚没款是不是超5个亿？")
    assert "2亿多" in normalize_question("改造资金投了2个多亿没")
    assert "5个万人" in normalize_question("建了5个万人广场吗")  # twin: 个 before a noun's 万 stays
    assert bare_threshold("死亡人数超400了没") == "死亡人数超400人了没"
    assert bare_threshold("执法检查的家次过没过500") == "执法检查的家次过没过500家次"
    assert bare_threshold("整改率超没超95") == "整改率超没超95%"
    assert bare_threshold("南通2+3工作制是不是") == "南通2+3工作制是不是"  # twin: no threshold word, no measure
    assert bare_threshold("罚款超没超200") == "罚款超没超200"  # twin: no measure named, left alone


def _first(assistant, question: str) -> str:
    return "\n".join(line for line in assistant.ask(question).answer.splitlines() if not line.startswith("（理解为")).removeprefix("（检索范围：2025年）")


def test_yes_no_thresholds_on_the_extra_issues(extra_assistant):
    for question, verdict, figure in (("淮安用户端隐患整改率超没超95%？", "是", "97.3%"),
                                      ("淮安用户端隐患整改率达到98%没？", "没有", "97.3%"),
                                      ("25年全省罚没款是不是超5个亿？", "不是", "4.86亿元"),
                                      ("25年移送司法机关的案子超没超300起", "是", "312起"),
                                      ("淮安一季度管网改造是不是超过40公里了", "是", "41.5公里"),
                                      ("淮安管网改造是不是超过100公里了", "不是", "41.5公里"),
                                      ("镇江执法检查的家次过没过500", "没有", "438家次"),
                                      ("镇江一季度排查隐患过没过5000条", "是", "5821条"),
                                      ("镇江园区整改率超没超95", "没有", "92.6%"),
                                      ("清江浦楼道长够不够1万名", "是", "1.12万名"),
                                      # the asked period picks the sentence: 1至7月 (2025年第20期), not 1至2月 or 全年
                                      ("1到7月全省死亡人数超400了没", "没有", "367人"),
                                      ("1至7月全省事故起数超400起了吗", "是", "412起"),
                                      ("1至2月全省死亡人数超过100人了吗", "没有", "83人")):
        a = _first(extra_assistant, question)
        assert a.startswith(verdict) and figure in a.split("。")[0], (question, a)


def test_yes_no_threshold_on_the_bundled_issues(assistant):
    a = _first(assistant, "苏州应急8分钟日均覆盖是不是超过200万人次")
    assert a.startswith("是") and "250万人次" in a, a
    a = _first(assistant, "苏州应急8分钟覆盖了300万人次吗")
    assert a.startswith("没有") and "250万人次" in a, a
