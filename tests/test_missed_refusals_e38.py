"""Unanswerable questions on the five bundled briefings and their answerable twins (round 38, helper e38).

- A shown clause is never cut at a dangling relative 的 or right before the next figure (window.closed_relative):
  对全市21021家生产经营单位报告的39777条较大以上风险 is shown whole.
- 靖江 lists 工业 268 / 行业 136 / 小场所 785 / 住宅 942 巡查单元: 数量最多的巡查单元是哪类 is the ranking ask that
  哪类巡查单元最多 is (lexicon.EXTREME_RE), while a ranking the text never makes (南通…最多的县是哪个) is still refused.
"""

from __future__ import annotations

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.window import closed_relative

_XUZHOU = "自主开发风险上报平台，对全市21021家生产经营单位报告的39777条较大以上风险，分级分类推送相关部门落实管控措施"


def test_a_shown_clause_does_not_stop_at_a_relative_de():
    assert closed_relative(_XUZHOU, "对全市21021家生产经营单位报告的") == "对全市21021家生产经营单位报告的39777条较大以上风险"
    assert closed_relative(_XUZHOU, "自主开发风险上报平台") == "自主开发风险上报平台"
    assert closed_relative(_XUZHOU, "不在句中的") == "不在句中的"
    nantong = "目前，全市 12 个重点行业领域已有 2.5 万家生产经营单位建立该机制，累计实施奖励金额约 3000 万元"
    assert closed_relative(nantong, "全市 12 个重点行业领域已有") == "全市 12 个重点行业领域已有 2.5 万家生产经营单位建立该机制"
    listed = "全市 54 家化工企业、374 家危化品经营企业全面建立事故隐患报告制度"
    assert closed_relative(listed, "全市 54 家化工企业") == "全市 54 家化工企业"  # a list's join parts its figures


def test_a_superlative_relative_clause_asks_a_ranking():
    assert lx.EXTREME_RE.search("靖江数量最多的巡查单元是哪类")
    assert lx.EXTREME_RE.search("宿迁建立隐患报告制度最多的企业是哪一类")
    assert lx.EXTREME_RE.search("靖江哪类巡查单元最多")
    assert not lx.EXTREME_RE.search("南通最多的时候排查了多少家企业")


def test_shown_clauses_are_whole_and_unlisted_risks_refused(assistant):
    a = assistant.ask("南通隐患报告奖励机制覆盖了多少个行业领域？")
    assert "12 个重点行业领域已有 2.5 万家" in a.answer, a.answer
    a = assistant.ask("徐州报告了多少条一般风险？")  # twin: 39777条 are 较大以上 risks
    assert a.answer.startswith("简报未给出"), a.answer


def test_a_superlative_said_as_a_relative_clause(assistant):
    a = assistant.ask("靖江数量最多的巡查单元是哪类？")
    assert a.answer.startswith("住宅巡查单元 942 个，最多"), a.answer
    a = assistant.ask("靖江数量最少的巡查单元是哪一类？")
    assert a.answer.startswith("行业巡查单元 136 个，最少"), a.answer
    a = assistant.ask("宿迁建立隐患报告制度最多的企业是哪一类？")
    assert "374" in a.answer and "最多" in a.answer and not a.answer.startswith("简报未给出"), a.answer
    for question in ("南通社会面小场所最多的县是哪个？", "宿迁奖励金额最高的企业是哪家？"):
        a = assistant.ask(question)
        assert a.answer.startswith("简报未给出"), (question, a.answer)


def test_a_severity_asked_of_things_counted_with_no_severity():
    from rag_assistant.answer.grades import severity_unsaid

    said = "向 21 个安委会成员单位通报行业领域突出问题 186 个"
    assert severity_unsaid("无锡巡察发现的问题中重大隐患有多少个", said)
    assert not severity_unsaid("无锡巡察发现了多少个问题", said)  # twin: no severity asked
    assert not severity_unsaid("南通危化企业重大隐患有多少条", "推动企业查改隐患 36975 条，其中重大事故隐患 115 条")
    assert not severity_unsaid("南通一般多少天整改完", said)  # 一般 (usually) is no grade


def test_a_severity_the_sentence_never_says_is_refused(assistant):
    a = assistant.ask("无锡巡察发现的问题中重大隐患有多少个？")
    assert a.answer.startswith("简报未给出") and "186" not in a.answer.split("；")[0], a.answer
    twin = assistant.ask("南通危化企业重大隐患有多少条？")
    assert "115" in twin.answer and not twin.answer.startswith("简报未给出"), twin.answer
    twin = assistant.ask("徐州重大隐患立案多少起？")
    assert "119" in twin.answer and not twin.answer.startswith("简报未给出"), twin.answer
