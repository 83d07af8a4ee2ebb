"""Yes/no questions stating a count: the answer word first, then the text's own count of the asked thing.

Sentences of the bundled briefings: 2021年第10期 扬州 全市多部门联动检查各类生产经营单位947家 (beside the rule 每月抽取
不少于5家单位); 2025年第14期 南通 全市累计排查企业 31933 家 (beside 2025年第16期 推动企业查改隐患 36975 条 and
2.5 万家生产经营单位建立该机制); 专刊 苏州全市有80902家生产企业，548家危化品企业; 2026年第13期 南通 配备巡查员6758人.
Extra issues: 2024年第21期 宿迁 检查销售门店1136家; 2025年第26期 全省累计排查危险化学品企业6320家."""

from __future__ import annotations

from rag_assistant.answer.possessor import possessor
from rag_assistant.answer.thresholds import relation_of
from rag_assistant.numbers import extract_figures


def _relation(question: str) -> str:
    f = next(f for f in extract_figures(question) if f.unit)
    return relation_of(question, f)


def test_a_place_before_de_owns_the_noun():
    assert possessor("苏州")
    assert possessor("南通市")
    assert possessor("全市")
    assert not possessor("立案")  # twin: an action restricting the noun (立案的企业)
    assert not possessor("南通排查")


def test_a_round_count_done_with_le_asks_whether_it_is_reached():
    assert _relation("南通排查了2万家企业吗") == "ge"
    assert _relation("宿迁电动车检查销售门店超1000家没") == "gt"
    assert _relation("是不是核增了80个编制") == "eq"  # twin: 是不是 names the figure itself
    assert _relation("无锡巡察向市委交了10篇专题报告，对吧") == "eq"  # twin: so does a confirmation tag
    assert _relation("南通排查了31933家企业吗") == "eq"  # twin: not a round figure
    assert _relation("连云港石化基地建了5个专职消防特勤站吗") == "eq"  # twin: a single unit figure is exact
    assert _relation("事故下降了10%吗") == "eq"  # twin: a change, not a count


def _head(assistant, question: str) -> str:
    return assistant.ask(question).answer.split("。")[0]


def test_answers_on_the_bundled_issues(assistant):
    for question, word, figure in (("扬州是不是查了300多家单位", "不是", "947家"),
                                   ("扬州检查单位有没有超过900家", "是", "947家"),
                                   ("南通排查了2万家企业吗", "是", "31933家"),
                                   ("南通排查企业超过4万家没", "没有", "31933家"),
                                   ("南通排查了4万家企业吗", "没有", "31933家"),
                                   ("苏州的危化品企业有没有超过500家", "是", "548家"),
                                   ("苏州危化企业是不是不到500家", "不是", "548家"),
                                   ("苏州生产企业有10万家吗", "没有", "80902家"),
                                   ("南通巡查员是不是超过7000人", "不是", "6758人"),
                                   ("南通配了6000多名巡查员吗", "是", "6758人")):
        head = _head(assistant, question)
        assert head.startswith(word) and figure in head, (question, head)


def test_answers_on_the_extra_issues(extra_assistant):
    for question, word, figure in (("宿迁电动车检查销售门店超1000家没", "是", "1136家"),
                                   ("宿迁查处违法行为有没有500起", "没有", "427起"),
                                   ("全省危化品企业排查了5000家吗", "是", "6320家"),
                                   ("26期里全省排查危化企业是不是不到6000家", "不是", "6320家")):
        head = _head(extra_assistant, question).split("）")[-1]
        assert head.startswith(word) and figure in head, (question, head)
