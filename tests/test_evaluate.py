"""The eval's scoring functions on hand-made answers, the split and thresholds, and short real runs."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from rag_assistant.evaluation import (EvalResult, check_thresholds, load_all, load_items, load_thresholds, run_eval,
                                      split_of, write_report)
from rag_assistant.evaluation.baseline import BASELINE_KINDS, quote_answer
from rag_assistant.evaluation.claims import (CorpusFacts, declines, false_absence_claims, first_clause, polarity)
from rag_assistant.evaluation.corpus import corpus_assistant
from rag_assistant.evaluation.items import DEFAULT_QUESTIONS, EXTRA_BRIEFINGS, EXTRA_QUESTIONS, KINDS, EvalItem
from rag_assistant.evaluation.points import score_points
from rag_assistant.evaluation.record import ItemRecord, aggregate, score_item
from rag_assistant.evaluation.result import DEFAULT_THRESHOLDS, summarise
from rag_assistant.evaluation.score import (citation_correct, faithfulness, figure_support, figures_correct, gold_rank,
                                            missing_figures, missing_terms, percentile, quote_in_source,
                                            retrieval_summary, squeeze, terms_correct, uncited_sources)
from rag_assistant.ingest.load import SUPPORTED_SUFFIXES
from rag_assistant.settings import PROJECT_ROOT
from rag_assistant.types import Citation
from rag_assistant.verify import verify_answer

S14 = "000_c4edaeb9e379b5d7.txt"
S16 = "001_9ab1dbcf5bb79156.txt"
# Stand-ins for the raw files: the same words as the briefings, with their odd spacing and line breaks.
SOURCE_TEXT = (
    "截至当前，全市累计排查\n企业 31933 家，精准识别化工生产企业 248 家、医药生产企业 121 家，立案查处违法违规行 9 家次。\n\n"
    "一是高位推动强部署。同步建立专项联络群组 22 个。二是创新机制提质效，打造立体监管网络。\n"
    "三是科技赋能严执法。四是标本兼治固根基。"
)
SOURCE_16 = "南通强化风险隐患防控 筑牢安全发展基石\n一是强化风险隐患防控。宿迁 343 家企业落实隐患报告奖励机制。"
POINTS = (("高位推动强部署", "构建三级联动体系"), ("创新机制提质效",), ("科技赋能严执法",), ("标本兼治固根基",))


def cite(n: int, quote: str, issue: str | None = "2025年第14期", source: str = S14, title: str = "南通打非治违") -> Citation:
    return Citation(n=n, source=source, issue=issue, date="2025-05-30", title=title, quote=quote)


# ---------------------------------------------------------------- gold files and the split

def test_split_is_the_formula_written_in_eval_readme():
    readme = (PROJECT_ROOT / "eval" / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Dev/test split.*?```python\n(.*?)```", readme, re.S).group(1)
    for item_id in ("q001", "q002", "q126", "q315", "x001", "x049", "A"):
        scope = {"id": item_id}
        exec(block, scope)  # the documented lines, run as written
        assert split_of(item_id) == scope["split"]


def test_split_depends_on_the_id_only_and_matches_the_documented_counts():
    main, extra = load_items(DEFAULT_QUESTIONS), load_items(EXTRA_QUESTIONS)
    # The totals of eval/README.md "Counts per kind" (one row per batch there, recomputed when a batch is added).
    assert Counter(i.split for i in main) == {"dev": 1090, "test": 1097}
    assert Counter(i.split for i in extra) == {"dev": 621, "test": 599}
    assert Counter(i.split for i in main if i.kind == "open") == {"dev": 158, "test": 181}
    moved = EvalItem(id="q001", kind="open", question="另一个问题", expected_points=(("x",),))
    assert moved.split == next(i for i in main if i.id == "q001").split
    assert [i.id for i in load_all(split="test")] == [i.id for i in main + extra if i.split == "test"]


def test_gold_files_load_with_every_kind_and_field():
    items = load_all()
    assert len(items) == 2187 + 1220 and len({i.id for i in items}) == len(items)
    assert {i.kind for i in items} == set(KINDS)
    assert all(i.should_refuse == (i.kind == "unanswerable") for i in items)
    assert all(i.expected_answer in ("yes", "no") for i in items if i.kind == "yesno")
    assert all(i.expected_points for i in items if i.kind == "open")
    assert {i.corpus for i in items if i.id.startswith("x")} == {"extra"}
    unscoped = next(i for i in items if i.id == "q161")
    assert [name for name, _ in unscoped.sources][:2] == ["003_07edcc791e64548a.txt", S16]


def test_a_malformed_gold_line_names_its_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "q1", "kind": "figure", "question": "多少？"}\n{"id": "q2", "kind": "yesno", "question": "有没有？"}\n',
                   encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2: a yesno item needs expected_answer"):
        load_items(bad)
    with pytest.raises(ValueError, match="split must be one of"):
        load_all([DEFAULT_QUESTIONS], split="train")


# ---------------------------------------------------------------- figures, terms, citations, faithfulness

def test_figures_use_unit_aware_normalisation_and_reject_rounding():
    assert figures_correct("全市累计排查企业 31,933 家[1]。", [["31933家"]])
    assert figures_correct("共 2.8 万名", [["2.8万人"]])  # 名 and 人 both count people
    assert not figures_correct("约3.19万家", [["31933家"]])  # rounded: the verifier rejects it too
    assert not figures_correct("31933次", [["31933家"]])  # wrong unit
    assert missing_figures("248 家", [["248家"], ["121家", "121 家"]]) == ["121家"]


def test_terms_ignore_spacing_and_need_every_group():
    answer = "最新一期是2026年第 13 期简报，印发日期为2026年3月26日[1]。"
    assert terms_correct(answer, [["2026年第13期"], ["2026-03-26", "2026年3月26日"]])
    assert missing_terms(answer, [["南通"], ["2026年3月26日"]]) == ["南通"]


def test_citation_needs_a_verbatim_quote_and_the_right_issue():
    good = cite(1, "截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家")
    assert quote_in_source(good.quote, SOURCE_TEXT)  # the source's line break and spaces do not matter
    assert citation_correct([good], SOURCE_TEXT, "2025年第14期")
    assert not citation_correct([good], SOURCE_TEXT, "2025年第16期")
    glued = cite(1, "截至当前，全市累计排查企业 31933 家。同步建立专项联络群组 22 个。")  # not adjacent in the source
    assert not citation_correct([glued], SOURCE_TEXT, "2025年第14期")
    assert not citation_correct([good], None, "2025年第14期")


def test_a_sentence_cut_by_a_page_break_is_quoted_verbatim():
    # extra_2024_08.txt: 淘汰落后工艺装 / — 2 — / running header / 备 38 套 (CRLF, a form feed): the page's
    # furniture is no text, so the whole sentence is a verbatim quote; a sentence that is not there is not.
    raw = (EXTRA_BRIEFINGS / "extra_2024_08.txt").read_bytes().decode("utf-8")
    assert quote_in_source("共排查老旧装置 215 套，淘汰落后工艺装备 38 套，完成自动化、信息化改造 74 套", raw)
    assert not quote_in_source("共排查老旧装置 215 套，淘汰落后工艺装备 83 套", raw)


def test_multi_source_items_need_a_citation_of_every_expected_briefing():
    texts = {S14: SOURCE_TEXT, S16: SOURCE_16}
    expected = [(S16, "2025年第16期"), (S14, "2025年第14期")]
    from14 = cite(1, "同步建立专项联络群组 22 个")
    from16 = cite(2, "宿迁 343 家企业落实隐患报告奖励机制", issue="2025年第16期", source=S16)
    assert uncited_sources([from14, from16], expected, texts) == []
    assert uncited_sources([from14], expected, texts) == [S16]
    # A quote of file 16 labelled as if it came from file 14 cites neither.
    assert uncited_sources([cite(1, "宿迁 343 家企业落实隐患报告奖励机制", issue="2025年第16期")], expected, texts) == [S16, S14]


def test_faithfulness_counts_figures_like_the_verifier():
    c = [cite(1, "截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家")]
    answer = "据2025年第14期简报（2025-05-30），全市累计排查企业 31,933 家，另有 99 家[1]。"
    assert figure_support(answer, c) == (1, 2, ["99 家"])
    assert faithfulness(answer, c) == 0.5
    assert list(verify_answer(answer, c).unsupported_numbers) == ["99 家"]
    assert faithfulness("排查企业 31933 家[2]。", c) == 0.0  # a marker that names no citation supports nothing
    assert faithfulness("据2025年第14期简报，详见原文[1]。", c) is None


def test_gold_rank_retrieval_summary_and_percentile():
    texts = ["无关", "全市累计排查\n企业 31933 家，精准识别", "全市累计排查企业 31933 家"]
    assert gold_rank(texts, "全市累计排查企业 31933 家") == 2
    assert gold_rank(texts, "不存在的证据") is None and gold_rank(texts, None) is None
    assert retrieval_summary([1, 2, None, 6]) == {"n": 4, "hit_at_1": 0.25, "hit_at_5": 0.5,
                                                  "mrr": pytest.approx((1 + 1 / 2 + 1 / 6) / 4)}
    assert percentile([400, 100, 300, 200], 50) == 200 and percentile([], 50) is None
    assert squeeze(" a\u3000b\n c\t") == "abc"


# ---------------------------------------------------------------- key points of open answers

def test_key_points_are_found_ignoring_spacing_and_cited_by_the_next_marker_on_their_line():
    answer = ("南通的做法（2025年第14期）：\n"
              "一是高位推动强部署，构建三级联动体系[1]。\n"
              "二是创新 机制提质效[1]。\n"
              "三是科技赋能严执法。具体见原文[2]\n"
              "四是标本兼治固根基。")  # no marker on this line
    score = score_points(answer, POINTS, [cite(1, "一是高位推动强部署"), cite(2, "三是科技赋能严执法")], {S14: SOURCE_TEXT})
    assert (score.found, score.cited) == ((0, 1, 2, 3), (0, 1, 2))
    assert score.recall == 1.0 and score.cited_share == 0.75 and not score.passed
    # A marker at the start of the next line does not cite the line before it.
    assert score_points("一是高位推动强部署\n[1] 另起一行", POINTS[:1], [cite(1, "x")], {S14: SOURCE_TEXT}).cited == ()


def test_a_line_that_puts_its_marker_first_cites_what_follows():
    answer = "[1] 一是高位推动强部署；二是创新机制提质效；三是科技赋能严执法；四是标本兼治固根基。"
    score = score_points(answer, POINTS, [cite(1, "q")], {S14: SOURCE_TEXT})
    assert score.cited == (0, 1, 2, 3) and score.passed


def test_markers_to_another_briefing_or_to_no_citation_do_not_cite_a_point():
    answer = "一是高位推动强部署[1]\n二是创新机制提质效[2]\n三是科技赋能严执法[3]"
    citations = [cite(1, "一是高位推动强部署"), cite(2, "强化风险隐患防控", issue="2025年第16期", source=S16)]
    score = score_points(answer, POINTS, citations, {S14: SOURCE_TEXT})
    assert (score.found, score.cited) == ((0, 1, 2), (0,))  # [2] is another file, [3] names no citation
    assert score.recall == 0.75 and score.cited_share == pytest.approx(1 / 3)


def test_each_point_must_be_cited_by_a_file_that_holds_it():
    sources = {S14: SOURCE_TEXT, S16: SOURCE_16}
    points = [("风险隐患防控",), ("高位推动强部署",)]
    wrong = score_points("风险隐患防控[1]；高位推动强部署[1]", points, [cite(1, "q")], sources)
    right = score_points("风险隐患防控[2]；高位推动强部署[1]", points,
                         [cite(1, "q"), cite(2, "q", issue="2025年第16期", source=S16)], sources)
    assert wrong.cited == (1,) and right.cited == (0, 1)
    unknown_text = score_points("风险隐患防控[2]", points[:1], [cite(2, "q", source=S16)], {S16: None})
    assert unknown_text.cited == (0,)  # the file's text is unknown: its name decides


def test_an_item_passes_at_recall_0_8_with_every_found_point_cited():
    five = POINTS + (("同步建立专项联络群组",),)
    four_of_five = "一是高位推动强部署[1]\n二是创新机制提质效[1]\n三是科技赋能严执法[1]\n四是标本兼治固根基[1]"
    assert score_points(four_of_five, five, [cite(1, "q")], {S14: SOURCE_TEXT}).passed  # 0.8
    three_of_four = "一是高位推动强部署[1]\n二是创新机制提质效[1]\n三是科技赋能严执法[1]"
    assert not score_points(three_of_four, POINTS, [cite(1, "q")], {S14: SOURCE_TEXT}).passed  # 0.75


# ---------------------------------------------------------------- yes / no

@pytest.mark.parametrize("answer, expected", [
    ("有。宿迁已有 343 家企业落实隐患报告奖励机制[1]。", "yes"),
    ("是的，南京是全国18个试点城市之一[1]。", "yes"),
    ("据2025年第16期简报（2025年6月27日），宿迁已有 343 家企业落实[1]。", "yes"),  # the source preamble is skipped
    ("没有。现有简报中没有关于镇江的报道。", "no"),
    ("不是，常州只提出了目标[1]。", "no"),
    ("简报中没有关于镇江的报道。", "no"),
    ("据简报专刊《徐州：内外结合压实企业主体责任》，未建立该制度。", "no"),  # the colon in the title is no clause break
    ("无锡移交边巡边查问题线索 19 件[1]。", None),  # 无锡 is a place, and the clause says neither yes nor no
    ("宿迁有没有建立？见下文", None),  # an echo of the question is not an answer
    ("对，已整改。", "yes"),
    ("据简报专刊，对基地企业实行“一企一账”隐患管理，重大事故隐患整改率100%[1]。", None),  # 对 as a preposition
    ("据简报专刊《徐州：内外结合压实企业主体责任》，健全企业内部举报奖励制度[1]。", None),
])
def test_yes_no_is_read_from_the_first_clause(answer, expected):
    assert polarity(answer) == expected


def test_first_clause_skips_preambles_and_markers():
    assert first_clause("据2026年第13期简报（2026年3月26日）《泰州靖江市：依托…》，有[1]，划分了单元") == "有"
    assert first_clause("") == ""


def test_yes_no_items_need_the_right_answer_and_are_not_refusals_when_they_say_no():
    no_item = EvalItem(id="Y", kind="yesno", question="有没有关于镇江的报道？", expected_terms=(("没有", "未", "无"),),
                       expected_answer="no")
    said_no = score_item(no_item, "没有。现有简报中没有关于镇江的报道。", False, [], {}, CorpusFacts("南通无锡", ()))
    assert (said_no["yesno_ok"], said_no["term_ok"], said_no["false_refusal"], said_no["false_reasons"]) == (True, True, False, [])
    refused = score_item(no_item, "简报中未找到相关内容。资料中没有关于镇江的相关记载。", True, [], {})
    assert (refused["yesno_ok"], refused["false_refusal"], refused["refusal_ok"]) == (False, True, False)
    yes_item = EvalItem(id="Z", kind="yesno", question="宿迁有没有建立隐患报告奖励机制？", expected_figures=(("343家",),),
                        expected_source=S16, expected_issue="2025年第16期", expected_answer="yes")
    quoted = score_item(yes_item, "宿迁聚焦化工领域，全市 343 家企业落实奖励机制[1]。", False,
                        [cite(1, "宿迁 343 家企业落实隐患报告奖励机制", issue="2025年第16期", source=S16)], {S16: SOURCE_16})
    assert (quoted["figure_ok"], quoted["citation_ok"], quoted["polarity"], quoted["yesno_ok"]) == (True, True, None, False)


# ---------------------------------------------------------------- refusals, partial answers, false reasons

def test_a_lead_that_says_not_given_and_states_no_figure_declines():
    assert declines("简报未给出宿迁救援队伍的数量；关于宿迁，简报提到：全市 54 家化工企业[1]。")
    assert declines("2025年第16期简报未给出具体数字。")  # issue numbers and dates are not answers
    assert not declines("宿迁有 54 支救援队伍[1]。简报未给出其他数字。")
    assert not declines("没有。现有简报中没有关于镇江的报道。")  # a plain no is an answer, not "not given"
    assert not declines("据2025年第14期简报，全市累计排查企业 31933 家[1]。")


def test_partial_answers_count_as_refusals_only_without_the_asked_figure():
    unanswerable = EvalItem(id="U", kind="unanswerable", question="宿迁全市有多少支应急救援队伍？", should_refuse=True)
    partial = "简报未给出宿迁应急救援队伍的数量；关于宿迁，简报提到：全市 54 家化工企业建立报告制度[1]。"
    assert score_item(unanswerable, partial, False, [cite(1, "全市 54 家化工企业")], {})["refusal_ok"] is True
    claimed = "宿迁共有应急救援队伍 54 支[1]。简报未给出其他数字。"
    assert score_item(unanswerable, claimed, False, [cite(1, "全市 54 家化工企业")], {})["refusal_ok"] is False

    figure = EvalItem(id="F", kind="figure", question="南通精准识别了多少家化工生产企业？", expected_figures=(("248家",),),
                      expected_source=S14, expected_issue="2025年第14期")
    quote = [cite(1, "精准识别化工生产企业 248 家")]
    gave_it = score_item(figure, "简报未给出全市总数；精准识别化工生产企业 248 家[1]。", False, quote, {S14: SOURCE_TEXT})
    assert (gave_it["declined"], gave_it["false_refusal"], gave_it["figure_ok"]) == (True, False, True)
    without = score_item(figure, "简报未给出化工生产企业的数量；关于南通，简报提到：排查企业 31933 家[1]。", False, quote,
                         {S14: SOURCE_TEXT})
    assert (without["false_refusal"], without["refusal_ok"], without["figure_ok"]) == (True, False, False)


FACTS = CorpusFacts(text=squeeze("淮安市出台工作指引抓实基层安全生产监管队伍建设 南通市扎实推进 无锡开展安全生产专项巡察 常州2023年底"),
                    labels=("2025年第14期", "2025年第16期", "2024年第8期"),
                    titles=squeeze("淮安市出台工作指引抓实基层安全生产监管队伍建设 南通市扎实推进 无锡开展安全生产专项巡察"))


@pytest.mark.parametrize("answer, false", [
    ("简报中未找到相关内容。资料中没有关于淮安的相关记载。", ["淮安"]),  # 淮安 is in the corpus (the TOC line)
    ("资料中没有关于南通和无锡的相关记载。", ["南通", "无锡"]),
    ("简报中没有无锡市的报道。", ["无锡市"]),  # 无锡市 = 无锡
    ("索引中没有2024年的简报。", ["2024年"]),
    ("索引中没有第16期的简报。", ["第16期"]),
    ("资料中没有关于镇江的相关记载。", []),  # true: no 镇江 anywhere
    ("索引中没有2023年的简报。", []),  # true, although 2023年 occurs in an article body
    ("索引中没有2025年第15期的简报。", []),
    ("简报中未找到2024年第8期简报的印发日期：该期未注明日期[1]。", []),  # the date is missing, not the issue
    ("资料中没有关于南通巡查员人数的记载。", []),  # a narrower topic is not judged
    ("没有关于这方面的记载。", []),
    ("简报中未找到相关内容。已索引的简报中没有与「安全生产专项巡察」相关的文章。", ["安全生产专项巡察"]),
    ("简报中未找到与所问内容相关的记载。以下是最接近的资料，供参考。", []),
    ("无锡：据2025年第16期简报（2025年6月27日）《无锡开展安全生产专项巡察》，巡察7个市（县）区[1]。", []),  # 无锡 ≠ 无
    ("简报中未找到相关内容。资料中没有所问的数字。", []),
])
def test_absence_claims_are_false_when_the_corpus_has_the_place_or_issue(answer, false):
    assert false_absence_claims(answer, FACTS) == false


def test_for_an_answerable_item_a_claim_about_a_place_with_an_article_is_false_even_when_narrowed():
    claim = "简报中未找到相关内容。资料中没有关于南通巡查员人数的相关记载。"
    assert false_absence_claims(claim, FACTS, answerable=True) == ["南通巡查员人数"]  # 南通 has an article
    assert false_absence_claims(claim, FACTS, answerable=False) == []  # maybe true: the count may be missing
    assert false_absence_claims("资料中没有关于镇江燃气整治的相关记载。", FACTS, answerable=True) == []  # no 镇江 article
    item = EvalItem(id="O", kind="open", question="淮安是怎么加强镇街安全监管队伍建设的？", expected_points=(("立足镇街实际",),),
                    expected_source=S14, expected_issue="2025年第14期")
    refusal = "简报中未找到相关内容。资料中没有关于淮安镇街队伍的相关记载。"
    assert score_item(item, refusal, True, [], {S14: SOURCE_TEXT}, FACTS)["false_reasons"] == ["淮安镇街队伍"]


def test_an_absence_claim_contradicted_by_its_own_citation_or_the_gold_file_is_false():
    cited = [cite(1, "燃气安全专项整治", title="镇江市：燃气安全专项整治")]
    assert false_absence_claims("资料中没有关于镇江的相关记载。", FACTS, cited) == ["镇江"]
    item = EvalItem(id="G", kind="figure", question="镇江排查了多少家？", expected_figures=(("12家",),),
                    expected_source="extra.txt", expected_issue="2024年第21期")
    scores = score_item(item, "简报中未找到相关内容。资料中没有关于镇江的相关记载。索引中没有2024年第21期的简报。", True, [],
                        {"extra.txt": "镇江市：燃气整治 共排查 12 家"}, FACTS)
    assert scores["false_reasons"] == ["镇江", "2024年第21期"]  # the gold file and its label are in the corpus


# ---------------------------------------------------------------- aggregation over a toy set

def record(item: EvalItem, answer: str, refused: bool, citations: list[Citation], rank: int | None = None,
           split: str = "dev", texts: dict | None = None, latency: float = 100.0) -> ItemRecord:
    scores = score_item(item, answer, refused, citations, texts if texts is not None else {S14: SOURCE_TEXT}, FACTS)
    return ItemRecord(id=item.id, kind=item.kind, question=item.question, answer=answer, refused=refused,
                      should_refuse=item.should_refuse, split=split, citations=[c.to_dict() for c in citations],
                      in_retrieval=item.in_retrieval, latency_ms=latency,
                      ranks={"hybrid": rank} if item.in_retrieval else {}, **scores)


def toy_records() -> list[ItemRecord]:
    good = cite(1, "截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家")
    a = EvalItem(id="A", kind="figure", question="南通累计排查了多少家企业？", expected_figures=(("31933家",),),
                 expected_source=S14, expected_issue="2025年第14期", evidence="全市累计排查企业 31933 家")
    b = EvalItem(id="B", kind="open", question="南通打非治违采取了哪些措施？", expected_points=POINTS,
                 expected_source=S14, expected_issue="2025年第14期", evidence="一是高位推动强部署")
    c = EvalItem(id="C", kind="unanswerable", question="淮安镇街安全监管人员有多少人？", should_refuse=True)
    d = EvalItem(id="D", kind="yesno", question="南通有没有开展打非治违？", expected_answer="yes",
                 expected_source=S14, expected_issue="2025年第14期")
    return [
        record(a, "全市累计排查企业 31,933 家[1]。", False, [good], rank=1, latency=100.0),
        # Two of four points, both cited: recall 0.5.
        record(b, "一是高位推动强部署[1]\n二是创新机制提质效[1]", False, [cite(1, "一是高位推动强部署。")], rank=3,
               split="test", latency=200.0),
        # A correct refusal, but with a false reason.
        record(c, "简报中未找到相关内容。资料中没有关于淮安的相关记载。", True, [], split="test", latency=300.0),
        # A wrongly refused yes/no item.
        record(d, "简报中未找到相关内容。以下是最接近的资料。", True, [good], split="test", latency=400.0),
    ]


def test_toy_set_aggregates_as_computed_by_hand():
    a, b, c, d = toy_records()
    assert a.correct and not b.correct and not c.correct and not d.correct
    assert (c.refusal_ok, c.false_reasons, d.false_refusal, d.yesno_ok) == (True, ["淮安"], True, False)
    m = aggregate([a, b, c, d])
    assert m["n"] == 4 and m["accuracy"] == 1 / 4
    assert m["refusal_accuracy"] == 3 / 4  # A, B, C; D refused an answerable item
    assert m["false_refusal_rate"] == 1 / 3  # D among A, B, D
    assert m["missed_refusal_rate"] == 0.0
    assert m["false_reasons"] == 1
    assert m["point_recall"] == 0.5 and m["points_cited"] == 1.0 and m["point_pass"] == 0.0
    assert m["yesno_accuracy"] == 0.0
    assert m["citation_accuracy"] == 2 / 3  # A and B cite file 14 verbatim; D was refused
    assert m["hit_at_1"] == 1 / 2 and m["hit_at_5"] == 1.0  # A at 1, B at 3
    assert m["latency_p50_ms"] == 200.0


def test_summary_keeps_dev_and_test_apart_and_reports_their_gap():
    records = toy_records()
    result = EvalResult(created="now", backend="extractive", settings={}, records=records, metrics=summarise(records))
    flat = result.flat_metrics()
    assert flat["dev.n"] == 1 and flat["test.n"] == 3 and flat["all.n"] == 4
    assert flat["dev.accuracy"] == 1.0 and flat["test.accuracy"] == 0.0
    assert flat["gap.accuracy"] == 1.0  # |dev − test|
    assert flat["test.kind_open_point_recall"] == 0.5
    assert "dev.main.accuracy" not in flat  # one corpus only: no separate "main" group


# ---------------------------------------------------------------- thresholds

def test_threshold_tables_become_dotted_names(tmp_path):
    path = tmp_path / "limits.toml"
    path.write_text("[test]\nfigure_accuracy_min = 0.5\n[test.main]\naccuracy_min = 0.1\n[gap]\naccuracy_max = 0.03\n",
                    encoding="utf-8")
    assert load_thresholds(path) == {"test.figure_accuracy_min": 0.5, "test.main.accuracy_min": 0.1,
                                     "gap.accuracy_max": 0.03}


def test_check_thresholds_reports_each_violation():
    records = toy_records()
    result = EvalResult(created="now", backend="extractive", settings={}, records=records, metrics=summarise(records))
    assert check_thresholds(result, {"test.false_refusal_rate_max": 0.5, "dev.accuracy_min": 1.0}) == []
    assert check_thresholds(result, {
        "test.false_refusal_rate_max": 0.4, "test.false_reasons_max": 0, "gap.accuracy_max": 0.03,
        "test.kind_figure_accuracy_min": 0.9, "test.nothing_min": 0.1, "test.accuracy": 0.1,
    }) == [
        "test.false_refusal_rate = 0.500 is above the maximum 0.400",
        "test.false_reasons = 1.000 is above the maximum 0.000",
        "gap.accuracy = 1.000 is above the maximum 0.030",
        "test.kind_figure_accuracy_min: unknown metric 'test.kind_figure_accuracy'",  # A (the figure item) is in dev
        "test.nothing_min: unknown metric 'test.nothing'",
        "test.accuracy: threshold names must end in _min or _max",
    ]
    dev_only = [r for r in records if r.split == "dev"]
    dev_run = EvalResult(created="now", backend="extractive", settings={}, records=dev_only, metrics=summarise(dev_only))
    assert check_thresholds(dev_run, {"test.accuracy_min": 0.9, "gap.accuracy_max": 0.03, "dev.accuracy_min": 1.0}) == []


def test_thresholds_file_names_only_metrics_the_eval_produces():
    records = []
    for kind in KINDS:
        for split in ("dev", "test"):
            for corpus in ("main", "extra"):
                records.append(ItemRecord(id=f"{kind}{split}{corpus}", kind=kind, question="?", answer="", refused=False,
                                          should_refuse=kind == "unanswerable", split=split, corpus=corpus,
                                          in_retrieval=True, ranks={"bm25": 1, "dense": 2, "hybrid": 1}))
    result = EvalResult(created="now", backend="extractive", settings={}, records=records, metrics=summarise(records))
    limits = load_thresholds(DEFAULT_THRESHOLDS)
    assert limits, "eval/thresholds.toml sets no limits"
    names = set(result.flat_metrics())
    # a gap needs a value on both splits (these records hold no figures); its metric must be a split's metric
    metric = {key: key.rpartition("_")[0].replace("gap.", "test.", 1) for key in limits}
    assert [key for key in limits if metric[key] not in names] == []
    # CI gates on the test split, and on how far it falls behind the dev split (the tuning half)
    assert all(key.split(".")[0] in ("test", "gap") for key in limits)
    assert any(key.startswith("test.") for key in limits)


# ---------------------------------------------------------------- baselines

def test_baseline_answer_is_its_top_chunks_one_line_each_with_its_citation():
    found = [("一是高位推动强部署，\n构建三级联动体系", S14), ("二是创新机制提质效", S14), ("强化风险隐患防控", S16), ("第四块", S14)]
    answer, citations = quote_answer(found, {S14: "2025年第14期", S16: "2025年第16期"})
    assert answer.splitlines() == ["一是高位推动强部署， 构建三级联动体系[1]", "二是创新机制提质效[2]", "强化风险隐患防控[3]"]
    assert [(c.n, c.source, c.issue) for c in citations] == [(1, S14, "2025年第14期"), (2, S14, "2025年第14期"),
                                                             (3, S16, "2025年第16期")]
    assert citations[0].quote == found[0][0]  # the quote is the chunk as retrieved
    assert score_points(answer, POINTS[:2], citations, {S14: SOURCE_TEXT}).cited == (0, 1)


# ---------------------------------------------------------------- real runs

@pytest.mark.slow
def test_extra_corpus_is_indexed_with_the_same_settings_in_a_temporary_directory(assistant):
    extra_files = {p.name for p in EXTRA_BRIEFINGS.iterdir() if p.suffix in SUPPORTED_SUFFIXES}
    with corpus_assistant(assistant, "extra") as (extra, corpus_dir):
        sources = {b.source for b in extra.store.briefings}
        assert extra_files <= sources and {b.source for b in assistant.store.briefings} <= sources
        assert PROJECT_ROOT not in corpus_dir.parents
        assert extra.settings.replace(index_dir=assistant.settings.index_dir,
                                      corpus_dir=assistant.settings.corpus_dir) == assistant.settings
        bundled = [c.id for c in extra.store.chunks if c.source not in extra_files]
        assert bundled == [c.id for c in assistant.store.chunks]  # same settings, same chunks
    assert not corpus_dir.exists()


@pytest.mark.slow
def test_run_eval_on_real_items_of_both_corpora_writes_reports(assistant, tmp_path):
    wanted = ["q001", "q075", "q090", "q105", "q126", "q184", "q206", "q207", "x001", "x045"]
    by_id = {i.id: i for i in load_all()}
    items = [by_id[i] for i in wanted]
    result = run_eval(assistant, items, backend="extractive", baseline=["tutorial-jieba"])
    json_path, md_path = write_report(result, tmp_path / "reports")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert [r["id"] for r in data["items"]] == wanted
    assert all(r["split"] == split_of(r["id"]) and r["corpus"] == by_id[r["id"]].corpus for r in data["items"])
    assert set(result.metrics) == {"all", "main", "extra"}
    assert result.metrics["extra"]["all"]["overall"]["n"] == 2 and "extra_index" in result.timings
    markdown = md_path.read_text(encoding="utf-8")
    assert "## Summary: dev and test" in markdown and "## Per kind (extra)" in markdown
    for name, value in result.flat_metrics().items():
        if value is None or name.rsplit(".", 1)[-1].split("_")[-1] in ("n", "ms", "reasons") or "latency" in name:
            continue
        assert 0.0 <= value <= 1.0, name
    baseline = result.baselines["tutorial-jieba"]
    assert {r.id for r in baseline["records"]} == {i.id for i in items if i.kind in BASELINE_KINDS or i.in_retrieval}
    assert baseline["retrieval"]["all"]["all"]["retrieval"]["ensemble"]["n"] == sum(i.in_retrieval for i in items)
    assert baseline["metrics"]["all"]["all"]["overall"]["n"] == sum(i.kind in BASELINE_KINDS for i in items)


@pytest.mark.slow
def test_eval_command_runs_one_split_and_fails_on_its_thresholds_only(built_index, tmp_path):
    import os
    import subprocess
    import sys

    lines = [line for line in DEFAULT_QUESTIONS.read_text(encoding="utf-8").splitlines()
             if json.loads(line)["id"] in ("q001", "q002", "q003")]
    questions = tmp_path / "three.jsonl"
    questions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    limits = tmp_path / "limits.toml"
    limits.write_text("[test]\naccuracy_min = 1.01\n[dev]\naccuracy_min = 1.01\n", encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "RAG_INDEX_DIR": str(built_index.index_dir),
           "RAG_CORPUS_DIR": str(built_index.corpus_dir), "RAG_CONFIG": str(tmp_path / "absent.toml")}
    out = subprocess.run([sys.executable, "-m", "rag_assistant.cli", "eval", "--questions", str(questions),
                          "--split", "test", "--no-baseline", "--thresholds", str(limits), "--report", str(tmp_path / "r")],
                         env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 1, out.stderr
    assert "低于阈值: test.accuracy = " in out.stderr and "dev.accuracy" not in out.stderr  # dev was not run
    items = json.loads((tmp_path / "r" / "report.json").read_text(encoding="utf-8"))["items"]
    assert [i["id"] for i in items] == [i for i in ("q001", "q002", "q003") if split_of(i) == "test"]
    assert "| items |" in out.stdout


def test_an_absence_claim_limited_to_one_issue_or_year_is_judged_on_those_issues_alone():
    facts = CorpusFacts(text=squeeze("南通市扎实推进 连云港石化基地"), labels=("2025年第14期", "2024年第21期"),
                        by_label=(("2025年第14期", squeeze("南通市扎实推进")), ("2024年第21期", squeeze("连云港石化基地"))))
    assert false_absence_claims("2024年第21期简报中没有关于南通的报道。", facts) == []  # true: 南通 is in another issue
    assert false_absence_claims("2025年第14期简报中没有关于南通的报道。", facts) == ["南通"]
    assert false_absence_claims("简报中没有关于南通的报道。", facts) == ["南通"]  # unscoped: the corpus has it
    # a year limits the claim to that year's issues
    assert false_absence_claims("2024年的简报中没有关于南通的报道。", facts) == []
    assert false_absence_claims("2025年的简报中没有关于南通的报道。", facts) == ["南通"]


def test_an_absence_claim_limited_to_the_special_issue_is_judged_on_it_alone():
    facts = CorpusFacts(text=squeeze("南通市扎实推进 常州：全面提升"), labels=("2025年第14期",),
                        by_label=(("2025年第14期", squeeze("南通市扎实推进")),), special=squeeze("常州：全面提升"))
    assert false_absence_claims("《应急先锋行》专刊中没有关于南通的报道。", facts) == []  # true: 南通 is in a numbered issue
    assert false_absence_claims("《应急先锋行》专刊中没有关于常州的报道。", facts) == ["常州"]


def test_a_special_issue_of_a_known_year_scopes_claims_about_that_year():
    from rag_assistant.evaluation.claims import corpus_facts
    from rag_assistant.types import Article, Briefing

    def briefing(source, year, number, title, text):
        article = Article(id=f"{source}#1", source=source, title=title, section=None, paragraphs=(text,), position=0)
        return Briefing(source=source, publication="江苏应急管理简报", year=year, number=number, date=None, office=None,
                        headline=None, articles=(article,))

    facts = corpus_facts([briefing("a.txt", 2021, 10, "扬州市：执法检查", "扬州"), briefing("b.txt", 2022, None, "常州：治理", "常州")])
    assert false_absence_claims("2022年的简报中没有关于扬州的报道。", facts) == []  # true: the 2022 special issue has none
    assert false_absence_claims("2022年的简报中没有关于常州的报道。", facts) == ["常州"]
