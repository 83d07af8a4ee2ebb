"""The extractive answer path on the real corpus, and the pure pieces it is built from."""

from __future__ import annotations

import re

import pytest

from support import squash, raw_briefing as raw
from rag_assistant.answer.cite import build_citations
from rag_assistant.answer.judge import figure_window
from rag_assistant.backends import make_backend
from rag_assistant.numbers import contains_figure, extract_figures
from rag_assistant.text import clean_question
from rag_assistant.types import Chunk, Hit



def assert_cited_verbatim(answer, source: str, issue: str | None):
    assert answer.citations, answer.answer
    assert any(c.source == source and c.issue == issue and squash(c.quote) in raw(source) for c in answer.citations), \
        [(c.source, c.issue, c.quote) for c in answer.citations]


# ---------------------------------------------------------------- pure pieces

def _window(sentence: str, surface: str) -> str:
    figures = extract_figures(sentence)
    figure = next(f for f in figures if f.surface == surface)
    a, b = figure_window(sentence, figure, figures)
    return sentence[a:b]


def test_each_figure_keeps_its_own_noun_in_an_enumeration():
    s = "全市 54 家化工企业、374 家危化品经营企业全面建立事故隐患报告制度"
    assert "化工企业" in _window(s, "54 家") and "危化品" not in _window(s, "54 家")
    assert "危化品经营企业" in _window(s, "374 家") and "化工企业" not in _window(s, "374 家")
    s = "精准识别化工生产企业 248 家、医药生产企业 121 家，立案查处违法违规行 9 家次。"
    assert "化工生产企业" in _window(s, "248 家") and "医药" not in _window(s, "248 家")
    assert "医药生产企业" in _window(s, "121 家")


def _hit(n: int, text: str) -> Hit:
    chunk = Chunk(id=f"c{n}", source=f"s{n}.txt", issue="2025年第14期", date="2025-05-30", title=f"标题{n}",
                  section=None, article_id=f"a{n}", start=0, end=len(text), text=text)
    return Hit(chunk=chunk, score=1.0, rank=n)


def test_citations_are_renumbered_in_order_and_quote_the_figure_sentence():
    hits = [_hit(1, "甲市检查企业 10 家。乙句无数字。"), _hit(2, "丙市检查企业 20 家。丁市整改隐患 30 条。")]
    text, cites = build_citations("丁市整改隐患 30 条[2]。甲市检查 10 家[1]。另有[7]。", hits)
    assert text == "丁市整改隐患 30 条[1]。甲市检查 10 家[2]。另有[7]。"
    assert [(c.n, c.source, c.quote) for c in cites] == [(1, "s2.txt", "丁市整改隐患 30 条。"), (2, "s1.txt", "甲市检查企业 10 家。")]


def test_unknown_backend_lists_the_valid_ones(built_index):
    with pytest.raises(ValueError, match="extractive, llamacpp, openai"):
        make_backend("gpt", built_index)


def test_question_cleaning_strips_controls():
    assert clean_question("  南通\x00市\x1b多少家？ ") == "南通市多少家？"


# ---------------------------------------------------------------- the extractive path, real corpus

FIGURE_CASES = [  # (question, figure as printed, source, issue) — read off the briefings
    ("南通市化工、医药企业“打非治违”专项治理行动累计排查了多少家企业？", "31933 家", "000_c4edaeb9e379b5d7.txt", "2025年第14期"),
    ("宿迁市2025年度共消除事故隐患多少条？", "1620 条", "001_9ab1dbcf5bb79156.txt", "2025年第16期"),
    ("宿迁拟发放奖励金额多少？", "175.1 万元", "001_9ab1dbcf5bb79156.txt", "2025年第16期"),
    ("南通督促企业整改率达到多少？", "98.2%", "002_ca7909b6935f5c44.txt", None),
    ("泰州靖江市划分了多少个工业巡查单元？", "268 个", "003_07edcc791e64548a.txt", "2026年第13期"),
    ("南通新增物联感知设备多少套？", "2030 套", "003_07edcc791e64548a.txt", "2026年第13期"),
    ("苏州在“小化工”专项整治中组织多少人次进村入企？", "11.3 万余人次", "004_91fdd76356558e47.txt", "2021年第10期"),
]


@pytest.mark.parametrize("question,figure,source,issue", FIGURE_CASES)
def test_figure_question_gets_the_figure_with_a_verbatim_citation(assistant, question, figure, source, issue):
    a = assistant.ask(question)
    assert not a.refused and a.backend == "extractive"
    assert contains_figure(a.answer, figure), a.answer
    assert_cited_verbatim(a, source, issue)
    assert a.unsupported_numbers == () and a.invalid_markers == ()
    label = f"据{issue}简报" if issue else "据简报专刊"
    body = re.sub(r"^（检索范围：[^）]*）", "", a.answer)  # a year in the question is a search scope, said first
    assert body.startswith(label) and "[1]" in a.answer


def test_two_figure_question_gets_both(assistant):
    a = assistant.ask("扬州市多部门联动检查发现问题隐患多少条，处罚金额多少？")
    assert contains_figure(a.answer, "4088条") and contains_figure(a.answer, "282.87万元"), a.answer
    a = assistant.ask("宿迁市拟发放奖励金额和已发放奖励金额分别是多少？")
    assert contains_figure(a.answer, "175.1万元") and contains_figure(a.answer, "23.47万元"), a.answer


def test_followup_uses_the_history(assistant):
    a = assistant.ask("那危化品经营企业呢？", history=["宿迁市有多少家化工企业建立了事故隐患报告制度？"])
    assert "危化品经营企业" in a.standalone_question and "宿迁" in a.standalone_question
    assert contains_figure(a.answer, "374家")
    assert_cited_verbatim(a, "001_9ab1dbcf5bb79156.txt", "2025年第16期")


@pytest.mark.parametrize("question,reason", [
    ("镇江市累计排查了多少家企业？", "镇江"),
    ("2023年第5期简报报道了什么？", "2023年第5期"),
    ("南京市今年发放了多少万元的安全生产奖励资金？", ""),
])
def test_questions_the_briefings_cannot_answer_are_refused(assistant, question, reason):
    a = assistant.ask(question)
    assert a.refused and a.answer.startswith("简报中未找到"), a.answer
    assert reason in a.answer


def test_refusal_lists_the_nearest_sources(assistant):
    a = assistant.ask("南京市今年发放了多少万元的安全生产奖励资金？")
    assert a.refused and 1 <= len(a.citations) <= 3
    assert all(squash(c.quote) in raw(c.source) for c in a.citations)


def test_latest_issue_question_is_answered_from_the_newest_issue(assistant):
    a = assistant.ask("最新一期简报是哪一期？")
    assert "2026年第13期" in a.answer and "2026年3月26日" in a.answer
    assert a.citations[0].source == "003_07edcc791e64548a.txt"
    a = assistant.ask("最新一期简报中南通全市配备了多少名巡查员？")
    assert contains_figure(a.answer, "6758人"), a.answer
    assert {c.source for c in a.citations} == {"003_07edcc791e64548a.txt"}


def test_issue_metadata_questions_use_the_parsed_briefings(assistant):
    a = assistant.ask("2025年第16期刊登了哪些文章？")
    for title in ("无锡开展安全生产专项巡察", "南通强化风险隐患防控", "宿迁多措并举"):
        assert title in a.answer
    assert a.unsupported_numbers == ()
    a = assistant.ask("2021年第10期简报是哪天印发的？")
    assert "2021年5月20日" in a.answer and a.citations[0].issue == "2021年第10期"


def test_printing_date_comes_from_the_footer_and_the_issue_date_from_the_masthead(assistant):
    text = raw("001_9ab1dbcf5bb79156.txt")
    assert "2025年6月27日" in text[:100] and "2025年6月30日印发" in text[-100:]
    a = assistant.ask("2025年第16期是哪天印发的？")
    assert a.answer.startswith("2025年第16期简报于2025年6月30日印发"), a.answer
    assert a.citations[0].quote == "2025 年 6 月 30 日印发"
    # 哪天出的 / 几号发的 may mean either date: the masthead's first, then the printing, each from its own line
    for question in ("2025年第16期是哪天出的？", "2025年第16期简报的日期是哪天？", "25年16期是几号发的？"):
        a = assistant.ask(question)
        assert a.answer.startswith("2025年第16期简报，日期为2025年6月27日[1]，于2025年6月30日印发[2]"), a.answer
        assert "2025 年 6 月 27 日" in a.citations[0].quote
        assert a.citations[1].quote == "2025 年 6 月 30 日印发"


def test_the_issue_that_carried_an_article_gives_its_printing_date_when_asked(assistant):
    a = assistant.ask("宿迁隐患报告奖励机制那篇文章是哪天印发的？")
    assert "2025年第16期" in a.answer and "2025年6月30日印发" in a.answer, a.answer
    assert a.citations[-1].quote == "2025 年 6 月 30 日印发"
    a = assistant.ask("宿迁的奖励机制是哪期简报写的？")
    assert "2025年第16期" in a.answer and "印发" not in a.answer, a.answer


def test_place_in_several_briefings_is_answered_from_the_one_holding_it(assistant):
    a = assistant.ask("南通累计开展警示教育和安全培训多少人次？")
    assert contains_figure(a.answer, "23.7万人次"), a.answer
    assert_cited_verbatim(a, "001_9ab1dbcf5bb79156.txt", "2025年第16期")


def test_stream_yields_pieces_then_the_answer(assistant):
    items = list(assistant.stream("扬州市多部门联动检查各类生产经营单位多少家？"))
    *pieces, final = items
    assert len(pieces) >= 2 and all(isinstance(p, str) for p in pieces)
    assert final.answer.startswith("".join(pieces).strip()[:20])
    assert contains_figure(final.answer, "947家")


@pytest.mark.parametrize("question", ["", "   ", "\x00\x01", "南" * 100_000])
def test_empty_or_overlong_questions_get_a_clear_message(assistant, question):
    a = assistant.ask(question)
    assert a.refused and a.citations == ()
    assert ("请输入" in a.answer) or ("问题过长" in a.answer and "500" in a.answer)


def test_answer_dict_has_the_public_contract(assistant):
    d = assistant.ask("泰州靖江市划分了多少个住宅巡查单元？").to_dict()
    assert set(d) == {"question", "standalone_question", "answer", "refused", "citations",
                      "unsupported_numbers", "invalid_markers", "claims", "notice", "backend", "timings_ms",
                      "understood"}
    assert d["claims"] and all(set(c) == {"text", "n", "figures", "status", "reason"} for c in d["claims"])
    assert d["invalid_markers"] == [] and d["notice"] is None
    assert d["understood"]["kind"] == "figure" and "靖江" in d["understood"]["places"]
    assert d["understood"]["parts"][0]["unit_class"] == "count"
    assert set(d["citations"][0]) == {"n", "source", "issue", "date", "title", "quote"}
    assert d["citations"][0]["date"] == "2026-03-26" and d["timings_ms"]["total_ms"] > 0


def test_ansi_escapes_and_lone_surrogates_are_removed_from_questions():
    assert clean_question("南通\x1b[31m市累计排查企业多少家？\x1b[0m") == "南通市累计排查企业多少家？"
    assert clean_question("南通\ud800市") == "南通市"
