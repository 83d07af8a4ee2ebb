"""The eval's scoring functions on hand-computed toy inputs, and one short run on real gold items."""

from __future__ import annotations

import json

import pytest

from rag_assistant.evaluate import (
    EvalItem, EvalResult, ItemRecord, aggregate, check_thresholds, citation_correct, faithfulness,
    figure_support, figures_correct, gold_rank, load_items, missing_figures, missing_terms, percentile,
    quote_in_source, retrieval_summary, run_eval, score_item, squeeze, terms_correct, write_report,
)
from rag_assistant.types import Citation
from rag_assistant.verify import verify_answer

S14 = "000_c4edaeb9e379b5d7.txt"
# A stand-in for the raw file: the same words as the briefing, with its odd spacing and a line break.
SOURCE_TEXT = (
    "截至当前，全市累计排查\n企业 31933 家，精准识别化工生产企业 248 家、医药生产企业 121 家，立案查处违法违规行 9 家次。\n\n"
    "一是高位推动强部署。同步建立专项联络群组 22 个。"
)


def cite(n: int, quote: str, issue: str | None = "2025年第14期", date: str | None = "2025-05-30") -> Citation:
    return Citation(n=n, source=S14, issue=issue, date=date, title="南通市扎实推进化工、医药企业“打非治违”专项治理行动",
                    quote=quote)


# ---------------------------------------------------------------- single checks

def test_figures_use_unit_aware_normalisation_and_reject_rounding():
    assert figures_correct("全市累计排查企业 31,933 家[1]。", [["31933家"]])
    assert figures_correct("共 2.8 万人参加", [["28000人"]])
    assert figures_correct("共 2.8 万名", [["2.8万人"]])  # 名 and 人 both count people
    assert not figures_correct("约3.19万家", [["31933家"]])  # rounded: the verifier rejects it too
    assert not figures_correct("31933次", [["31933家"]])  # wrong unit
    assert missing_figures("248 家", [["248家"], ["121家", "121 家"]]) == ["121家"]
    assert figures_correct("于5月29日启动", [["5月29日", "5 月 29 日"]])  # dates are looked up verbatim


def test_terms_ignore_spacing_and_need_every_group():
    answer = "最新一期是2026年第 13 期简报，印发日期为2026年3月26日[1]。"
    assert terms_correct(answer, [["2026年第13期"], ["2026-03-26", "2026年3月26日"]])
    assert missing_terms(answer, [["南通"], ["2026年3月26日"]]) == ["南通"]
    assert terms_correct("anything", [])


def test_citation_needs_a_verbatim_quote_and_the_right_issue():
    good = cite(1, "截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家、医药生产企业 121 家，立案查处违法违规行 9 家次。")
    assert quote_in_source(good.quote, SOURCE_TEXT)  # the source's line break and spaces do not matter
    assert citation_correct([good], SOURCE_TEXT, "2025年第14期")
    assert not citation_correct([good], SOURCE_TEXT, "2025年第16期")  # wrong issue label
    # Two sentences glued together that are not adjacent in the source: not a verbatim span.
    glued = cite(1, "截至当前，全市累计排查企业 31933 家。同步建立专项联络群组 22 个。")
    assert not citation_correct([glued], SOURCE_TEXT, "2025年第14期")
    assert citation_correct([glued, good], SOURCE_TEXT, "2025年第14期")  # some citation is enough
    special = cite(1, "同步建立专项联络群组 22 个", issue=None, date=None)
    assert citation_correct([special], SOURCE_TEXT, None)  # None == None for the special feature
    assert not citation_correct([special], None, None)  # no source text: nothing to check against
    assert not quote_in_source("  ", SOURCE_TEXT)


def test_faithfulness_counts_figures_like_the_verifier():
    quote = "截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家"
    c = [cite(1, quote)]
    # The issue label and the date restate where the quote came from: not counted.
    answer = "据2025年第14期简报（2025-05-30），全市累计排查企业 31,933 家，另有 99 家[1]。"
    assert figure_support(answer, c) == (1, 2, ["99 家"])
    assert faithfulness(answer, c) == 0.5
    assert list(verify_answer(answer, c).unsupported_numbers) == ["99 家"]
    # A figure cited with a marker that names no citation has no support.
    assert faithfulness("排查企业 31933 家[2]。", c) == 0.0
    # No counted figures: undefined, not 1.
    assert faithfulness("据2025年第14期简报，详见原文[1]。", c) is None
    # A date that is NOT the cited issue's date must be supported by the quote.
    # (2025年 equals the cited issue's year, so it is exempt like the verifier exempts it.)
    assert figure_support("2025年6月1日排查企业 31933 家[1]。", c) == (1, 3, ["6月", "1日"])


def test_gold_rank_retrieval_summary_and_percentile():
    texts = ["无关", "全市累计排查\n企业 31933 家，精准识别", "全市累计排查企业 31933 家"]
    assert gold_rank(texts, "全市累计排查企业 31933 家") == 2
    assert gold_rank(texts, "不存在的证据") is None
    assert gold_rank(texts, None) is None
    assert retrieval_summary([1, 2, None, 6]) == {"n": 4, "hit_at_1": 0.25, "hit_at_5": 0.5,
                                                  "mrr": pytest.approx((1 + 1 / 2 + 1 / 6) / 4)}
    assert retrieval_summary([])["hit_at_5"] is None
    assert percentile([400, 100, 300, 200], 50) == 200
    assert percentile([400, 100, 300, 200], 95) == 400
    assert percentile([7], 0) == 7
    assert percentile([], 50) is None
    assert squeeze(" a\u3000b\n c\t") == "abc"


# ---------------------------------------------------------------- a four-item toy set, computed by hand

def toy_records() -> list[ItemRecord]:
    items = [
        # A: figure, answered correctly and cited verbatim.
        EvalItem(id="A", kind="figure", question="南通累计排查了多少家企业？", expected_figures=(("31933家", "31933 家"),),
                 expected_source=S14, expected_issue="2025年第14期", evidence="全市累计排查企业 31933 家"),
        # B: multi_figure, one of two figures missing and one figure the quote does not hold.
        EvalItem(id="B", kind="multi_figure", question="化工和医药生产企业各多少家？",
                 expected_figures=(("248家",), ("121家",)), expected_source=S14, expected_issue="2025年第14期",
                 evidence="精准识别化工生产企业 248 家"),
        # C: unanswerable, but answered with a figure from a quote that does not support it.
        EvalItem(id="C", kind="unanswerable", question="镇江划分了多少个巡查单元？", should_refuse=True),
        # D: figure, wrongly refused (its nearest-material citations must not count).
        EvalItem(id="D", kind="figure", question="建立了多少个专项联络群组？", expected_figures=(("22个",),),
                 expected_source=S14, expected_issue="2025年第14期", evidence="同步建立专项联络群组 22 个"),
    ]
    answers = {
        "A": ("据2025年第14期简报（2025-05-30），全市累计排查企业 31,933 家[1]。", False,
              [cite(1, "截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家、医药生产企业 121 家，立案查处违法违规行 9 家次。")]),
        "B": ("化工生产企业 248 家，另有 99 家[1]。", False, [cite(1, "精准识别化工生产企业 248 家、医药生产企业 121 家，")]),
        "C": ("镇江共划分 300 个巡查单元[1]。", False, [cite(1, "共划分工业巡查单元 268 个", issue="2026年第13期")]),
        "D": ("简报中未找到与“建立了多少个专项联络群组？”相关的内容。", True, [cite(1, "同步建立专项联络群组 22 个。")]),
    }
    ranks = {"A": 1, "B": 3, "C": None, "D": None}
    latency = {"A": 100.0, "B": 200.0, "C": 300.0, "D": 400.0}
    records = []
    for item in items:
        text, refused, citations = answers[item.id]
        scores = score_item(item, text, refused, citations, SOURCE_TEXT if item.expected_source else None)
        records.append(ItemRecord(
            id=item.id, kind=item.kind, question=item.question, history=[], standalone=item.question, answer=text,
            refused=refused, should_refuse=item.should_refuse, citations=[c.to_dict() for c in citations],
            latency_ms=latency[item.id], in_retrieval=item.in_retrieval,
            ranks={"hybrid": ranks[item.id]} if item.in_retrieval else {}, **scores))
    return records


def test_toy_items_score_as_computed_by_hand():
    a, b, c, d = toy_records()
    assert (a.figure_ok, a.citation_ok, a.refusal_ok, a.faithfulness, a.correct) == (True, True, True, 1.0, True)
    assert (b.figure_ok, b.citation_ok, b.refusal_ok, b.faithfulness, b.missing, b.unsupported) == (
        False, True, True, 0.5, ["121家"], ["99 家"])
    assert (c.figure_ok, c.citation_ok, c.refusal_ok, c.faithfulness, c.in_retrieval) == (None, None, False, 0.0, False)
    assert (d.figure_ok, d.citation_ok, d.refusal_ok, d.faithfulness) == (False, False, False, None)


def test_toy_set_aggregates_as_computed_by_hand():
    m = aggregate(toy_records())
    assert m["n"] == 4
    assert m["accuracy"] == 1 / 4  # only A passes everything
    assert m["figure_accuracy"] == 1 / 3  # A of A, B, D
    assert m["citation_accuracy"] == 2 / 3  # A, B; D was refused
    assert m["refusal_accuracy"] == 2 / 4  # A, B right; C answered, D refused
    assert m["false_refusal_rate"] == 1 / 3  # D among the answerable A, B, D
    assert m["missed_refusal_rate"] == 1.0  # C
    assert m["term_accuracy"] is None and m["followup_accuracy"] is None
    assert m["faithfulness"] == pytest.approx((1.0 + 0.5 + 0.0) / 3)  # D refused: no figures counted
    assert m["retrieval_n"] == 3  # C has no evidence
    assert m["hit_at_1"] == 1 / 3 and m["hit_at_5"] == 2 / 3
    assert m["mrr"] == pytest.approx((1 + 1 / 3 + 0) / 3)
    assert m["latency_p50_ms"] == 200.0 and m["latency_p95_ms"] == 400.0


def test_followup_and_metadata_items():
    item = EvalItem(id="F", kind="followup", question="那危化品经营企业呢？", history=("宿迁市有多少家化工企业建立了事故隐患报告制度？",),
                    expected_figures=(("374家",),), expected_source=S14, expected_issue="2025年第14期")
    source = "全市 54 家化工企业、374 家危化品经营企业全面建立事故隐患报告制度"
    scores = score_item(item, "374 家危化品经营企业[1]", False, [cite(1, "374 家危化品经营企业全面建立")], source)
    record = ItemRecord(id="F", kind="followup", question=item.question, history=list(item.history), standalone="",
                        answer="", refused=False, should_refuse=False, citations=[], **scores)
    assert record.followup_ok is True
    assert aggregate([record])["followup_accuracy"] == 1.0
    meta = EvalItem(id="M", kind="metadata", question="2025年第14期是哪天出的？",
                    expected_terms=(("2025年5月30日", "2025-05-30"),), expected_source=S14, expected_issue="2025年第14期",
                    evidence="2025 年 5 月 30 日")
    assert not meta.in_retrieval  # answered from metadata, its evidence is the masthead line
    header = "江苏应急管理简报\n\n2025 年第 14 期\n\n江苏省应急管理厅办公室\n\n2025 年 5 月 30 日"
    scores = score_item(meta, "2025年第14期简报，印发日期为2025年5月30日[1]。", False,
                        [cite(1, "江苏应急管理简报 2025 年第 14 期 江苏省应急管理厅办公室 2025 年 5 月 30 日")], header)
    assert scores["term_ok"] is True and scores["citation_ok"] is True and "figure_ok" not in scores


def _result(records: list[ItemRecord]) -> EvalResult:
    return EvalResult(created="now", backend="extractive", settings={}, records=records,
                      metrics={"overall": aggregate(records), "by_kind": {"figure": aggregate(records[:1])}},
                      retrieval={"hybrid": retrieval_summary([1, 3, None])})


def test_check_thresholds_reports_each_violation():
    result = _result(toy_records())
    assert check_thresholds(result, {"accuracy_min": 0.25, "false_refusal_rate_max": 0.34, "hybrid_hit_at_5_min": 0.6}) == []
    failures = check_thresholds(result, {
        "figure_accuracy_min": 0.5, "false_refusal_rate_max": 0.2, "hybrid_hit_at_5_min": 0.9,
        "kind_figure_figure_accuracy_min": 1.0, "term_accuracy_min": 0.1, "no_such_metric_min": 0.1, "figure_accuracy": 0.1,
    })
    assert failures == [
        "figure_accuracy = 0.333 is below the minimum 0.500",
        "false_refusal_rate = 0.333 is above the maximum 0.200",
        "hybrid_hit_at_5 = 0.667 is below the minimum 0.900",
        "term_accuracy_min: term_accuracy was not measured (no items apply)",
        "no_such_metric_min: unknown metric 'no_such_metric'",
        "figure_accuracy: threshold names must end in _min or _max",
    ]


def test_thresholds_file_names_only_known_metrics():
    from rag_assistant.evaluate import DEFAULT_THRESHOLDS, load_thresholds

    limits = load_thresholds(DEFAULT_THRESHOLDS)
    assert limits, "eval/thresholds.toml sets no limits"
    names = set(_result(toy_records()).flat_metrics())
    assert all(key.rpartition("_")[0] in names for key in limits)


def test_gold_file_loads_and_is_consistent():
    items = load_items()
    assert len(items) >= 90 and len({i.id for i in items}) == len(items)
    assert all(i.should_refuse == (i.kind == "unanswerable") for i in items)


# ---------------------------------------------------------------- a short real run

@pytest.mark.slow
def test_run_eval_on_real_items_writes_reports(assistant, tmp_path):
    wanted = {"q001", "q021", "q034", "q060", "q075", "q079", "q090", "q091", "q105", "q116"}
    items = [i for i in load_items() if i.id in wanted]
    result = run_eval(assistant, items, backend="extractive", baseline=["tutorial"])
    json_path, md_path = write_report(result, tmp_path / "reports")
    assert json_path.is_file() and md_path.is_file()
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert [r["id"] for r in data["items"]] == [i.id for i in items]
    assert "| **overall** |" in md_path.read_text(encoding="utf-8")
    for name, value in result.flat_metrics().items():
        if value is None or name == "n" or name.endswith("_n") or "latency" in name:
            continue
        assert 0.0 <= value <= 1.0, name
    assert set(result.metrics["by_kind"]) == {"figure", "multi_figure", "metadata", "unanswerable", "followup", "disambiguation"}
    assert result.retrieval["hybrid"]["n"] == 6  # items with evidence, not metadata
    assert result.baseline and set(result.baseline["tutorial"]) == {"config", "bm25", "dense", "ensemble"}
    assert result.overall["n"] == 10
