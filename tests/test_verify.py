"""Answer verification: [n] markers must name a source, and figures must come from the cited quotes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rag_assistant.types import Citation
from rag_assistant.verify import Verification, drop_unsupported, highlight_unsupported, parse_markers, verify_answer

# Quotes copied from index/briefings (2025 年第 14 期 and 第 16 期, 2021 年第 10 期).
NANTONG = Citation(
    n=1,
    source="000_c4edaeb9e379b5d7.txt",
    issue="2025年第14期",
    date="2025-05-30",
    title="南通市扎实推进化工、医药企业“打非治违”专项治理行动",
    quote="截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家、医药生产企业 121 家，"
    "立案查处违法违规行 9 家次。",
)
SUQIAN = Citation(
    n=2,
    source="001_9ab1dbcf5bb79156.txt",
    issue="2025年第16期",
    date="2025-06-27",
    title="宿迁多措并举构建化工和危化品企业事故隐患内部报告奖励机制",
    quote="2025 年度，全市已有 343 家企业落实隐患报告奖励机制，共消除事故隐患 1620 条，"
    "拟发放奖励金额 175.1 万元，已发放奖励金额 23.47 万元。",
)
YANGZHOU = Citation(
    n=3,
    source="004_91fdd76356558e47.txt",
    issue="第10期",
    date="2021-05-20",
    title="扬州市：深入推进“三位一体”执法检查",
    quote="截至目前，全市多部门联动检查各类生产经营单位947家，发现问题隐患4088条，立案查处703件，处罚金额282.87万元。",
)
CITATIONS = (NANTONG, SUQIAN, YANGZHOU)


def core(result: Verification) -> tuple:
    """The answer-level fields of a verification (claims are checked in their own tests)."""
    return result.unsupported_numbers, result.invalid_markers, result.cited


def rate_citation(quote: str) -> Citation:
    return Citation(n=1, source="x.txt", issue=None, date=None, title="t", quote=quote)


# --- markers -------------------------------------------------------------------------


def test_parse_markers_reads_all_marker_styles_in_order():
    assert parse_markers("甲[1]乙[2][3]丙[1,4]丁[5、6]戊［7］己[８]") == [1, 2, 3, 4, 5, 6, 7, 8]


def test_parse_markers_removes_duplicates_keeping_first_occurrence():
    assert parse_markers("[3]……[1][3]……[2, 1]") == [3, 1, 2]


def test_parse_markers_accepts_spaces_and_fullwidth_separators():
    assert parse_markers("见[ 1 ，2 ]与[3 、 4]") == [1, 2, 3, 4]


def test_parse_markers_ignores_brackets_that_are_not_markers():
    assert parse_markers("“2+3 工作制”[注]与[a1]以及 [] 和 [1-2]") == []
    assert parse_markers("没有引用") == []


# --- verify_answer -------------------------------------------------------------------


def test_supported_answer_in_other_surface_forms_passes():
    answer = "南通全市累计排查企业31,933家[1]；宿迁拟发放奖励金额1751000元，已发放23.47万元[2]。"
    assert core(verify_answer(answer, CITATIONS)) == ((), (), (1, 2))


def test_wrong_percentage_is_unsupported():
    citation = rate_citation("今年以来，全市网上巡查7.5万余次，发现各类问题3814条，督促企业整改率达85%。")
    result = verify_answer("督促企业整改率达87%[1]，发现问题3814条[1]。", [citation])
    assert result.unsupported_numbers == ("87%",)
    assert result.cited == (1,)


def test_rounded_figure_is_unsupported():
    result = verify_answer("全市累计排查企业约3.19万家[1]。", CITATIONS)
    assert result.unsupported_numbers == ("3.19万家",)


def test_same_value_with_another_unit_is_unsupported():
    result = verify_answer("已发放奖励 23.47 万人[2]。", CITATIONS)
    assert result.unsupported_numbers == ("23.47 万人",)


def test_marker_pointing_at_no_source_is_invalid_and_does_not_support():
    # Each claim is judged on its own marker: [9] names no source, so 31933 has no support of its own.
    result = verify_answer("全市累计排查企业 31933 家[9]，立案 9 家次[1]。", CITATIONS)
    assert result.invalid_markers == (9,)
    assert result.cited == (1,)
    assert result.unsupported_numbers == ("31933 家",)
    assert [c.status for c in result.claims] == ["unsupported", "supported"]
    assert "[9]" in result.claims[0].reason


def test_only_an_invalid_marker_leaves_every_figure_unsupported():
    result = verify_answer("全市累计排查企业 31933 家[7]。", CITATIONS)
    assert core(result) == (("31933 家",), (7,), ())


def test_answer_without_markers_has_every_figure_unsupported():
    result = verify_answer("全市累计排查企业 31933 家，处罚金额282.87万元。", CITATIONS)
    assert core(result) == (("31933 家", "282.87万元"), (), ())
    assert {c.reason for c in result.claims} == {"未标注出处"}


def test_figure_found_only_in_an_uncited_quote_is_unsupported():
    result = verify_answer("处罚金额282.87万元[1]。", CITATIONS)
    assert result.unsupported_numbers == ("282.87万元",)


def test_issue_label_and_date_of_a_cited_source_are_exempt():
    answer = "据2025年第14期简报（2025年5月30日），全市累计排查企业 31933 家[1]。"
    assert verify_answer(answer, CITATIONS).unsupported_numbers == ()


def test_chinese_ordinal_of_the_cited_issue_is_exempt():
    assert verify_answer("第十四期简报称排查企业 31933 家[1]。", CITATIONS).unsupported_numbers == ()


def test_issue_label_of_an_uncited_source_is_not_exempt():
    answer = "据2025年第16期简报，全市累计排查企业 31933 家[1]。"
    assert verify_answer(answer, CITATIONS).unsupported_numbers == ("16期",)


def test_date_digits_with_a_non_calendar_unit_are_not_exempt():
    # The cited date 2025-05-30 has 30日; "30 家" is a count, not that date.
    assert verify_answer("另有 30 家企业[1]。", CITATIONS).unsupported_numbers == ("30 家",)


def test_bare_number_equal_to_a_date_part_is_not_exempt():
    # Only figures written as a year, month, day or issue borrow support from the label.
    assert verify_answer("共有 30 个[1]，其中 14 个[1]。", CITATIONS).unsupported_numbers == ("30 个", "14 个")
    assert verify_answer("数值为 30[1]。", CITATIONS).unsupported_numbers == ("30",)


def test_digits_inside_markers_are_not_figures():
    assert core(verify_answer("详见来源[1][2、3]。", CITATIONS)) == ((), (), (1, 2, 3))


def test_marker_between_number_and_unit_does_not_fuse_them():
    result = verify_answer("全市累计排查企业 31933[1] 家。", CITATIONS)
    assert result.unsupported_numbers == ()


def test_unsupported_numbers_are_listed_once_in_answer_order():
    result = verify_answer("共 88 家[1]，另 77 条[1]，又 88 家[1]。", CITATIONS)
    assert result.unsupported_numbers == ("88 家", "77 条")


def test_chinese_numeral_in_the_answer_is_checked_against_arabic_in_the_quote():
    assert verify_answer("共消除事故隐患一千六百二十条[2]。", CITATIONS).unsupported_numbers == ()
    assert verify_answer("共消除事故隐患一千六百条[2]。", CITATIONS).unsupported_numbers == ("一千六百条",)


def test_no_citations_at_all():
    assert core(verify_answer("共 3 家[1]。", [])) == (("3 家",), (1,), ())


# --- highlight_unsupported -----------------------------------------------------------


def test_highlight_wraps_each_unsupported_occurrence_with_the_template():
    answer = "整改率达87%[1]，即87%。"
    html = highlight_unsupported(answer, ("87%",), '<mark class="unsupported">{}</mark>')
    assert html == '整改率达<mark class="unsupported">87%</mark>[1]，即<mark class="unsupported">87%</mark>。'


def test_highlight_default_template_appends_a_warning_sign():
    assert highlight_unsupported("共 88 家[1]。", ["88 家"]) == "共 88 家⚠[1]。"


def test_highlight_leaves_markers_and_longer_numbers_alone():
    answer = "立案 1 件[1]，查处 185 件[1]，其中 1 件[2]。"
    assert highlight_unsupported(answer, ["1 件", "85 件", "1"]) == "立案 1 件⚠[1]，查处 185 件[1]，其中 1 件⚠[2]。"


def test_highlight_with_nothing_unsupported_returns_the_answer_unchanged():
    assert highlight_unsupported("共 88 家[1]。", []) == "共 88 家[1]。"


def test_verify_then_highlight_round_trip():
    citation = rate_citation("督促企业整改率达85%。")
    answer = "整改率达87%[1]，问题3814条[1]。"
    result = verify_answer(answer, [citation])
    assert highlight_unsupported(answer, result.unsupported_numbers, "**{}**") == "整改率达**87%**[1]，问题**3814条**[1]。"


# --- properties ----------------------------------------------------------------------

citations_strategy = st.lists(
    st.builds(
        Citation,
        n=st.integers(min_value=-3, max_value=12),
        source=st.text(max_size=8),
        issue=st.none() | st.text(max_size=12),
        date=st.none() | st.text(max_size=12),
        title=st.text(max_size=8),
        quote=st.text(max_size=80),
    ),
    max_size=4,
)
answer_text = st.text(max_size=120) | st.text(alphabet="0123456789[]［］,、 万%家人一二三十百年月日期第", max_size=60)


@settings(max_examples=200, deadline=None)
@given(answer_text, citations_strategy)
def test_verify_answer_never_raises(answer, citations):
    result = verify_answer(answer, citations)
    valid = {c.n for c in citations}
    assert set(result.cited) <= valid
    assert not set(result.invalid_markers) & valid
    for surface in result.unsupported_numbers:
        assert surface in answer


@settings(max_examples=200, deadline=None)
@given(answer_text, st.lists(st.text(max_size=6), max_size=3), st.text(max_size=10))
def test_highlight_and_parse_markers_never_raise(answer, unsupported, template):
    assert isinstance(highlight_unsupported(answer, unsupported, template), str)
    assert all(isinstance(n, int) for n in parse_markers(answer))


@settings(max_examples=150, deadline=None)
@given(answer_text)
def test_highlight_with_identity_template_is_identity(answer):
    figures = verify_answer(answer, []).unsupported_numbers
    assert highlight_unsupported(answer, figures, "{}") == answer


# --- claim by claim: each figure against its own citation's words ---------------------

XUZHOU = Citation(n=4, source="002_ca7909b6935f5c44.txt", issue=None, date=None, title="南通市：全面推进安全生产“六化”建设",
                  quote="依托基层治理“一张网”，全市103个镇街全部明确副书记（主任）主管安全，配备在编监管人员921人，"
                  "划分巡查单元6570个，配备巡查员6758人，实现全覆盖。推动10个县级部门安全监管机构由“挂”转“设”，增配人员16名。")


def reasons(answer: str, citations=CITATIONS + (XUZHOU,), **scope) -> list[tuple[str, str]]:
    """(status, reason) of every claim of ``answer`` that has a figure or a marker."""
    return [(c.status, c.reason) for c in verify_answer(answer, citations, **scope).claims if c.figures or c.n]


def test_a_figure_of_another_subject_in_the_same_sentence_is_unsupported():
    [(status, reason)] = reasons("南通累计排查企业248家[1]。")
    assert status == "unsupported" and "对象不符" in reason and "31933" in reason
    assert reasons("南通识别医药生产企业248家[1]。")[0][0] == "unsupported"  # 248 are chemical producers
    assert reasons("配备巡查员6570人[4]。")[0][0] == "unsupported"  # 6570 are 巡查单元
    assert reasons("南通精准识别248家化工企业、121家医药企业[1]。") == [("supported", "")]


def test_the_unit_must_agree_exactly_up_to_true_equivalences():
    assert reasons("南通累计排查企业31933名[1]。")[0][0] == "unsupported"
    assert reasons("配备在编监管人员921名[4]。") == [("supported", "")]  # 名 = 人
    assert reasons("全市累计排查31933个企业[1]。") == [("supported", "")]  # 个 for 家 of the same noun
    assert reasons("划分巡查单元6570名[4]。")[0][0] == "unsupported"  # 个 never becomes people


def test_a_change_is_not_a_total_and_a_plan_is_not_a_fact():
    assert "变化量" in reasons("共有人员16名[4]。")[0][1]  # 增配人员16名
    assert reasons("增配监管人员16名[4]。") == [("supported", "")]
    assert "变化量" in reasons("宿迁新增343家企业落实奖励机制[2]。")[0][1]
    assert reasons("宿迁已发放奖励金额175.1万元[2]。")[0][0] == "unsupported"  # 拟发放
    assert reasons("宿迁拟发放奖励金额23.47万元[2]。")[0][0] == "unsupported"  # 已发放
    assert reasons("宿迁拟发放奖励金额175.1万元[2]。") == [("supported", "")]


def test_vague_quantities_are_claims_only_a_quote_with_the_same_words_supports():
    for vague in ("上百家", "数千家", "两成", "三四十家"):
        [(status, reason)] = reasons(f"南通累计排查企业{vague}[1]。")
        assert status == "unsupported" and vague in reason
    quote = rate_citation("全市上百家企业参与演练。")
    assert reasons("上百家企业参与演练[1]。", (quote,)) == [("supported", "")]


def test_each_figure_is_checked_only_against_its_own_citation():
    # both figures are true, but each marker points at the other source
    result = verify_answer("南通累计排查企业31933家[2]，宿迁343家企业落实机制[1]。", CITATIONS)
    assert result.unsupported_numbers == ("31933家", "343家")
    assert verify_answer("南通累计排查企业31933家[1]，宿迁343家企业落实机制[2]。", CITATIONS).unsupported_numbers == ()


def test_marker_forms_and_positions_are_read_alike():
    for answer in ("南通累计排查企业31933家【1】。", "[1]南通累计排查企业31933家。", "南通累计排查企业31933家。[1]",
                   "南通累计排查企业31933家［１］。"):
        assert reasons(answer) == [("supported", "")], answer


def test_a_citation_outside_the_asked_issue_is_unsupported():
    [(status, reason)] = reasons("全市累计排查企业31933家[1]。", scope=("001_9ab1dbcf5bb79156.txt",),
                                 scope_label="2025年第16期")
    assert status == "unsupported" and "2025年第14期" in reason and "2025年第16期" in reason
    assert reasons("全市累计排查企业31933家[1]。", scope=("000_c4edaeb9e379b5d7.txt",)) == [("supported", "")]


def test_claims_without_figures_are_unverifiable_and_names_hold_no_figures():
    result = verify_answer("据2025年第14期简报《南通市“五个一”机制》，南通扎实推进专项治理[1]。", CITATIONS)
    assert [c.status for c in result.claims] == ["unverifiable", "unverifiable"] and result.unsupported_numbers == ()


def test_drop_unsupported_removes_the_claims_and_keeps_the_markers_of_the_rest():
    answer = "南通累计排查企业31933家，识别医药生产企业248家[1]。另有上百家企业整改[1]。"
    result = verify_answer(answer, CITATIONS)
    assert drop_unsupported(answer, result.claims) == "南通累计排查企业31933家[1]。"
    assert drop_unsupported("南通累计排查企业248家[1]。", verify_answer("南通累计排查企业248家[1]。", CITATIONS).claims) == ""


def test_a_year_before_a_fenbie_list_does_not_shift_the_pairing():
    # extra_2026_03: 2025年…1036起、死亡894人，同比分别下降11.2%和8.7%: 8.7% is the deaths' fall; the year
    # that dates the sentence is not one of the listed counts
    from support import EXTRA

    quote = next(line for line in (EXTRA / "extra_2026_03.txt").read_text(encoding="utf-8").splitlines()
                 if "死亡894人" in line).split("。")[0] + "。"
    cited = [Citation(1, "extra_2026_03.txt", "2026年第3期", "2026-01-23", "全省应急管理工作会议", quote)]
    good = verify_answer("死亡894人，同比下降8.7%[1]。", cited)
    assert good.unsupported_numbers == (), good.claims
