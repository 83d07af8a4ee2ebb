"""Figure extraction and normalisation: the forms the briefings use, and the noise they must not produce."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rag_assistant.numbers import (
    Figure,
    contains_figure,
    extract_figures,
    normalize,
    same_figure,
    units_compatible,
)

CORPUS = Path(__file__).resolve().parent.parent / "index" / "briefings"


def D(text: str) -> Decimal:
    return Decimal(text)


def fig(surface: str) -> Figure:
    value, unit = normalize(surface)
    return Figure(surface, value, unit, 0, len(surface))


def triples(text: str) -> list[tuple[str, Decimal, str]]:
    return [(f.surface, f.value, f.unit) for f in extract_figures(text)]


# --- normalisation of single figures -------------------------------------------------


@pytest.mark.parametrize("surface", ["31933", "31,933", "31，933", "３１９３３", "3.1933万", "3.1933 万", "0.00031933亿"])
def test_every_surface_form_of_31933_normalises_to_31933(surface):
    assert normalize(surface) == (D("31933"), "")


@pytest.mark.parametrize(
    "surface, value, unit",
    [
        ("2.8万", "28000", ""),
        ("2.8 万人", "28000", "人"),
        ("2.8万人", "28000", "人"),
        ("2.8\u3000万人", "28000", "人"),  # full-width space
        ("31933 家", "31933", "家"),
        ("98.2%", "98.2", "%"),
        ("98.2％", "98.2", "%"),
        ("98.2 %", "98.2", "%"),
        ("175.1万元", "1751000", "元"),
        ("175.1 万元", "1751000", "元"),
        ("23.47 万元", "234700", "元"),
        ("282.87万元", "2828700", "元"),
        ("10.47 万余家", "104700", "家"),
        ("1600余处", "1600", "处"),
        ("2.39万起", "23900", "起"),
        ("11.3 万余人次", "113000", "人次"),
        ("12780多家次", "12780", "家次"),
        ("400 多个", "400", "个"),
        ("3000 余人次", "3000", "人次"),
        ("1万余个", "10000", "个"),
        ("3000 万元", "30000000", "元"),
        ("1.5亿元", "150000000", "元"),
        ("９８．２％", "98.2", "%"),
        ("1,234.5万元", "12345000", "元"),
        ("5月", "5", "月"),
        ("29日", "29", "日"),
        ("2025 年", "2025", "年"),
        ("2025 年度", "2025", "年"),
        ("第 14 期", "14", "期"),
        ("约3000万元", "30000000", "元"),
    ],
)
def test_arabic_figures_normalise_to_base_units(surface, value, unit):
    assert normalize(surface) == (D(value), unit)


@pytest.mark.parametrize(
    "surface, value, unit",
    [
        ("三家", "3", "家"),
        ("十五人", "15", "人"),
        ("十条", "10", "条"),
        ("二十多家", "20", "家"),
        ("一百二十家", "120", "家"),
        ("一百零五项", "105", "项"),
        ("一千零五十人次", "1050", "人次"),
        ("三千五百人", "3500", "人"),
        ("两万", "20000", ""),
        ("两万人", "20000", "人"),
        ("十五万元", "150000", "元"),
        ("三点五万人", "35000", "人"),
        ("两亿三千万元", "230000000", "元"),
        ("十万零一十个", "100010", "个"),
        ("四个", "4", "个"),
        ("第八期", "8", "期"),
        ("二〇二五年", "2025", "年"),
        ("五分钟", "5", "分钟"),
        ("百分之九十八点二", "98.2", "%"),
        ("百分之百", "100", "%"),
        ("九十八%", "98", "%"),
    ],
)
def test_chinese_numerals_with_a_unit_or_scale_normalise(surface, value, unit):
    assert normalize(surface) == (D(value), unit)


def test_values_are_plain_decimals_without_exponent_or_trailing_zeros():
    assert str(normalize("2.8万")[0]) == "28000"
    assert str(normalize("1.0000万")[0]) == "10000"
    assert str(normalize("98.20%")[0]) == "98.2"


def test_chinese_and_arabic_forms_are_the_same_figure():
    assert same_figure(fig("一百二十家"), fig("120家"))
    assert same_figure(fig("百分之九十八点二"), fig("98.2%"))
    assert same_figure(fig("两万人"), fig("2万人"))
    assert same_figure(fig("四个"), fig("4 个"))


@pytest.mark.parametrize(
    "text",
    [
        "一是", "二是", "三是高位推动", "三位一体", "一网统管", "一体化", "统一管理", "唯一", "一家",
        "一次性补助", "一件事", "十分重要", "千家万户", "万家灯火", "百日攻坚", "百团大战", "几十家",
        "数百人", "上万人", "三四十家", "一万二", "一万二人", "第三方", "党的二十大", "三大重点", "五定", "四不两直",
        "", "   ", "abc", "5G", "PM2.5", "一", "万",
    ],
)
def test_words_made_of_numeral_characters_are_not_figures(text):
    assert normalize(text) is None
    assert extract_figures(text) == []


@pytest.mark.parametrize("text", ["31933家企业", "2025年5月30日", "12 和 13", "共 2.8 万人召开"])
def test_normalize_rejects_text_that_is_more_than_one_figure(text):
    assert normalize(text) is None


# --- comparison ----------------------------------------------------------------------


def test_rounded_figure_does_not_match_the_exact_one():
    assert normalize("3.19万") == (D("31900"), "")
    assert not same_figure(fig("3.19万"), fig("31933"))
    assert not same_figure(fig("3.19万家"), fig("31933 家"))
    assert not contains_figure("全市累计排查企业 31933 家", "3.19万家")
    assert not contains_figure("全市累计排查企业 31933 家", "3.2万")


def test_same_value_with_different_units_is_not_the_same_figure():
    assert not same_figure(fig("2.8万人"), fig("2.8万元"))
    assert not same_figure(fig("175 人次"), fig("175 人"))
    assert not same_figure(fig("9 家次"), fig("9 家"))
    assert not same_figure(fig("5月"), fig("5日"))
    assert not same_figure(fig("30 家"), fig("30 日"))


def test_unit_compatibility_rules():
    assert units_compatible("", "人") and units_compatible("元", "")
    assert units_compatible("人", "名") and units_compatible("位", "人")
    assert units_compatible("个", "项") and units_compatible("家", "个")
    assert not units_compatible("人", "人次")
    assert not units_compatible("个", "次")
    assert not units_compatible("个", "元")
    assert not units_compatible("个", "%")
    assert not units_compatible("个", "年")
    assert not units_compatible("家", "条")


def test_a_figure_without_unit_matches_the_same_value_with_any_unit():
    assert same_figure(fig("2.8万"), fig("28000人"))
    assert same_figure(fig("31933"), fig("31933 家"))


def test_percent_sign_forms_are_the_same_figure_and_differ_from_other_values():
    assert same_figure(fig("98.2%"), fig("98.2％"))
    assert not same_figure(fig("87%"), fig("85%"))


@pytest.mark.parametrize(
    "surface", ["31933", "31,933", "31，933", "３１９３３", "3.1933万", "3.1933 万家", "31933家"]
)
def test_contains_figure_finds_any_surface_form(surface):
    assert contains_figure("截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家", surface)


def test_contains_figure_matches_wan_scaled_and_plain_forms_both_ways():
    assert contains_figure("负责人共 2.8 万人召开警示教育会", "28000")
    assert contains_figure("负责人共 2.8 万人召开警示教育会", "28000人")
    assert contains_figure("负责人共 28,000 人", "2.8万")
    assert not contains_figure("负责人共 2.8 万人召开警示教育会", "2.8万元")
    assert not contains_figure("负责人共 2.8 万人召开警示教育会", "2.8")


def test_contains_figure_does_not_match_inside_a_longer_number():
    assert not contains_figure("市民拨打 12350 举报热线", "1235")
    assert not contains_figure("立案查处 185 件", "85")
    assert contains_figure("立案查处 185 件", "185件")


def test_contains_figure_falls_back_to_verbatim_for_non_figures():
    assert contains_figure("创新搭建“三位一体”监管机制", "三位一体")
    assert not contains_figure("创新搭建监管机制", "三位一体")
    assert not contains_figure("任何文本", "")


# --- extraction ----------------------------------------------------------------------


def test_extraction_keeps_exact_surfaces_and_offsets_with_spaces():
    text = "共 2.8 万人召开警示教育会"
    (figure,) = extract_figures(text)
    assert figure == Figure("2.8 万人", D("28000"), "人", 2, 8)
    assert text[figure.start:figure.end] == figure.surface


def test_extraction_of_fullwidth_digits_reports_the_original_surface():
    assert triples("排查企业３１９３３家，整改率９８．２％") == [
        ("３１９３３家", D("31933"), "家"),
        ("９８．２％", D("98.2"), "%"),
    ]


def test_dates_and_issue_numbers_are_figures_with_calendar_units():
    assert triples("2025 年第 14 期") == [("2025 年", D("2025"), "年"), ("14 期", D("14"), "期")]
    assert triples("5月29日，我省") == [("5月", D("5"), "月"), ("29日", D("29"), "日")]
    assert triples("2025-05-30") == [("2025", D("2025"), "年"), ("05", D("5"), "月"), ("30", D("30"), "日")]
    assert triples("2025/5/3") == [("2025", D("2025"), "年"), ("5", D("5"), "月"), ("3", D("3"), "日")]


def test_thousands_separator_needs_groups_of_three():
    assert triples("共1,2345人") == [("1", D("1"), ""), ("2345人", D("2345"), "人")]
    assert triples("共 31,933 家") == [("31,933 家", D("31933"), "家")]


def test_a_unit_character_starting_a_word_is_not_taken_as_unit():
    assert triples("由工信、公安等 8 部门组成") == [("8", D("8"), "")]
    assert triples("推动 98项目落地") == [("98", D("98"), "")]


# Sentences copied from index/briefings; expected figures read off the sentence by hand.
REAL_SENTENCES = [
    (
        "截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家、医药生产企业 121 家，立案查处违法违规行 9 家次。",
        [("31933 家", "31933", "家"), ("248 家", "248", "家"), ("121 家", "121", "家"), ("9 家次", "9", "家次")],
    ),
    (
        "一是高位推动强部署，构建三级联动体系。组织危化品、化工、医药、工贸企业及第三方服务机构负责人共 2.8 万人召开警示教育会，通过视频连线实现市县镇三级联动部署。",
        [("三级", "3", "级"), ("2.8 万人", "28000", "人"), ("三级", "3", "级")],
    ),
    (
        "建立“1+10”推进机制，制定市级实施方案 1 个，配套出台区县方案 10 个，围绕 12 类违规行为细化形成整治重点清单，明确“动员部署、全面排查、集中整治、总结提升”四阶段工作路径。",
        [("1", "1", ""), ("10", "10", ""), ("1 个", "1", "个"), ("10 个", "10", "个"), ("12 类", "12", "类")],
    ),
    (
        "三是科技赋能严执法，形成高压震慑态势。创新搭建“三位一体”监管机制：构建“大数据+铁脚板”监测体系，整合市场监管登记、税务开票、用电监测等数据 6.2 万条，生成异常预警信息 243 条；建立“突击检查+专家会诊”机制，组织夜查、“四不两直”检查 28 次，聘请省级专家 175 人次开展深度检查；",
        [("6.2 万条", "62000", "条"), ("243 条", "243", "条"), ("28 次", "28", "次"), ("175 人次", "175", "人次")],
    ),
    (
        "四是标本兼治固根基，深化长效机制建设。聚焦本质安全提升，将非法生产、建设、经营等行为列为第八期事故类比排查专题，组织专题培训会 9 场次，编发反“三违”课件，持续强化警示教育。",
        [("八期", "8", "期"), ("9 场次", "9", "场次")],
    ),
    (
        "截至目前，全市已摸排起底社会面小场所 10.47 万余家，累计整改各类问题隐患 41024 条，源头治理能力有效增强。",
        [("10.47 万余家", "104700", "家"), ("41024 条", "41024", "条")],
    ),
    (
        "2025 年度，全市已有 343 家企业落实隐患报告奖励机制，共消除事故隐患 1620 条，拟发放奖励金额 175.1 万元，已发放奖励金额 23.47 万元。",
        [
            ("2025 年度", "2025", "年"),
            ("343 家", "343", "家"),
            ("1620 条", "1620", "条"),
            ("175.1 万元", "1751000", "元"),
            ("23.47 万元", "234700", "元"),
        ],
    ),
    (
        "截至目前，全市多部门联动检查各类生产经营单位947家，发现问题隐患4088条，立案查处703件，处罚金额282.87万元。",
        [("947家", "947", "家"), ("4088条", "4088", "条"), ("703件", "703", "件"), ("282.87万元", "2828700", "元")],
    ),
    (
        "今年以来，全市网上巡查7.5万余次，发现各类问题3814条，督促企业整改率达98.2%，实现“无事不扰、违法必查”的良好效果。",
        [("7.5万余次", "75000", "次"), ("3814条", "3814", "条"), ("98.2%", "98.2", "%")],
    ),
    (
        "采取市县联动、安监与派出所等多部门联动等方式，先后查处企业557家，立案224家，捣毁非法存储仓库窝点、制售假证窝点、农村黑气点等71个，查封不合格灶具、调压阀2915个，查处货车超载464起、电动自行车违法2.39万起，以严格执法的高压态势，保障了基层的安全稳定。",
        [
            ("557家", "557", "家"), ("224家", "224", "家"), ("71个", "71", "个"),
            ("2915个", "2915", "个"), ("464起", "464", "起"), ("2.39万起", "23900", "起"),
        ],
    ),
    (
        "在“小化工”专项整治中，充分发扬“铁脚板”作风，组织 11.3 万余人次进村入企。",
        [("11.3 万余人次", "113000", "人次")],
    ),
    (
        "实地走访重点企业、重点场所1600余处，查摆出党政领导责任落实、监管部门履职担当、技防措施执行等方面问题84个。",
        [("1600余处", "1600", "处"), ("84个", "84", "个")],
    ),
    (
        "南通市深入贯彻省安委办关于开展化工、医药企业“打非治违”专项治理行动要求，立足“早部署、强统筹、创机制、严排查”，创新建立“2+3 工作制”“网格化+专业化”等特色机制，推动专项治理取得阶段性成效。",
        [("2", "2", ""), ("3", "3", "")],
    ),
    (
        "打造“立体化宣传矩阵”，充分利用电视、短信、抖音等媒体，宣传非法违法“小化工”“小医药”危害性，鼓励公众通过 12350 举报热线反映相关线索。",
        [("12350", "12350", "")],
    ),
    (
        "编印“安全口袋书”8 万余册、《职工安全应知应会手册》20 万册，推动 2.6 万家企业更新风险图及应急卡。",
        [("8 万余册", "80000", "册"), ("20 万册", "200000", "册"), ("2.6 万家", "26000", "家")],
    ),
    (
        "苏州全市有80902家生产企业，548家危化品企业，200多市场主体，5000多个在建工地，是经济、工业、人口大市，安全生产风险点多、线长、面广。",
        [("80902家", "80902", "家"), ("548家", "548", "家"), ("200多", "200", ""), ("5000多个", "5000", "个")],
    ),
    (
        "截至目前，共组织培训化工（危化品）企业班组长840余名，学习受众10万余人。",
        [("840余名", "840", "名"), ("10万余人", "100000", "人")],
    ),
    (
        "各地因地制宜出台激励政策，如海安市对考取中级注安师和一级消防工程师人员一次性补助4000元。",
        [("4000元", "4000", "元")],
    ),
    (
        "今年以来，聚焦环保设施、火灾防范、违章作业、打非治违等 4 个主题深入开展排查治理，通过“事故复盘+情景模拟”，切实提升从业人员风险辨识能力。",
        [("4 个", "4", "个")],
    ),
    (
        "下一步，徐州市应急管理系统将纵深开展“四个回头看”，切实提高公共安全治理水平，",
        [("四个", "4", "个")],
    ),
    (
        "充分发挥融媒矩阵优势，制作“苏州应急8分钟”，每周在全市1.8万块地铁公电电视屏幕循环播放，日均覆盖250万人次。",
        [("8分钟", "8", "分钟"), ("1.8万块", "18000", "块"), ("250万人次", "2500000", "人次")],
    ),
    (
        "建成首个“安全出口阻塞实时报警系统”，形成“系统识别—企业整改—部门督办”闭环模式。",
        [],
    ),
    (
        "创建 137 家省先进级智能工厂，27 家企业获评 5G 工厂。",
        [("137 家", "137", "家"), ("27 家", "27", "家")],
    ),
    (
        "5月29日，我省在组织收听收看全国“安全生产月”活动启动仪式后，启动并部署全省“安全生产月”活动。",
        [("5月", "5", "月"), ("29日", "29", "日")],
    ),
]


@pytest.mark.parametrize("sentence, expected", REAL_SENTENCES, ids=[s[:12] for s, _ in REAL_SENTENCES])
def test_extraction_on_real_briefing_sentences(sentence, expected):
    assert triples(sentence) == [(s, D(v), u) for s, v, u in expected]


def test_real_sentences_are_verbatim_from_the_corpus():
    if not CORPUS.is_dir():
        pytest.skip("index/briefings not present")
    corpus = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    for sentence, _ in REAL_SENTENCES:
        assert sentence in corpus, sentence


def test_extraction_over_the_whole_corpus_keeps_offsets_consistent():
    if not CORPUS.is_dir():
        pytest.skip("index/briefings not present")
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        figures = extract_figures(text)
        assert figures, path.name
        for figure in figures:
            assert text[figure.start:figure.end] == figure.surface
        starts = [f.start for f in figures]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in zip(figures, figures[1:]))


# --- properties ----------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_extract_and_normalize_never_raise_and_surfaces_are_slices(text):
    figures = extract_figures(text)
    for figure in figures:
        assert text[figure.start:figure.end] == figure.surface
        assert figure.value >= 0
    normalize(text)
    contains_figure(text, text[:5])


NUMERIC_TEXT = st.text(alphabet="0123456789０１２３４５６７８９.,，%％ 万亿余多家人次元年月日期第一二两三十百千零点之分个", max_size=40)


@settings(max_examples=300, deadline=None)
@given(NUMERIC_TEXT)
def test_extract_never_raises_on_dense_numeric_text(text):
    for figure in extract_figures(text):
        assert text[figure.start:figure.end] == figure.surface
    normalize(text)


def test_huge_digit_runs_do_not_raise():
    text = "9" * 20000 + "万元"
    assert isinstance(extract_figures(text), list)
    assert normalize("1" * 5000) is not None


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


def integer_forms(n: int) -> list[str]:
    plain = str(n)
    grouped = f"{n:,}"
    forms = [plain, grouped, grouped.replace(",", "，"), fullwidth(plain), fullwidth(grouped)]
    forms.append(format(Decimal(n).scaleb(-4), "f") + "万")
    forms.append(format(Decimal(n).scaleb(-4), "f") + " 万")
    forms.append(format(Decimal(n).scaleb(-8), "f") + "亿")
    return forms


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_integer_surface_forms_round_trip(n):
    for form in integer_forms(n):
        assert normalize(form) == (Decimal(n), ""), form
        assert normalize(form + " 家") == (Decimal(n), "家"), form
        assert contains_figure(f"共{form}家企业", str(n)), form


@settings(max_examples=150, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_decimal_surface_forms_round_trip(d):
    d = abs(d)
    forms = [format(d, "f"), format(d, ",f"), fullwidth(format(d, "f"))]
    for form in forms:
        assert normalize(form) == (d, ""), form
        assert normalize(form + "%") == (d, "%"), form
        assert normalize(form + "万元") == (d * 10000, "元"), form
    assert normalize(format(d.scaleb(-4), "f") + "万") == (d, "")
    assert normalize(format(d.scaleb(-4), "f") + " 万元") == (d, "元")


CN_DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """Standard written Chinese numeral for 0 < n < 10**8 (an oracle independent of the parser)."""

    def below_10k(x: int) -> str:
        out, pending_zero = "", False
        for place, char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = x // place % 10
            if digit == 0:
                pending_zero = pending_zero or bool(out)
                continue
            out += ("零" if pending_zero else "") + CN_DIGITS[digit] + char
            pending_zero = False
        return out

    high, low = divmod(n, 10000)
    text = below_10k(n) if not high else below_10k(high) + "万" + (("零" if low < 1000 else "") + below_10k(low) if low else "")
    return text[1:] if text.startswith("一十") else text


def test_chinese_oracle_spot_checks():
    assert chinese(120) == "一百二十"
    assert chinese(15) == "十五"
    assert chinese(1005) == "一千零五"
    assert chinese(20000) == "二万"
    assert chinese(100010) == "十万零一十"
    assert chinese(35000) == "三万五千"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=10**8 - 1))
def test_chinese_numerals_round_trip(n):
    text = chinese(n)
    assert normalize(text + "家") == (Decimal(n), "家"), text
    assert normalize(text + "人次") == (Decimal(n), "人次"), text


# --- vague quantities and strict unit agreement (claim-level verification) --------------

from rag_assistant.numbers import units_agree, vague_quantities  # noqa: E402


def test_vague_and_ratio_quantities_are_extracted_by_their_words():
    text = "全市上百家企业、数千名网格员，约两成企业产值翻一番，三四十家过半，另有一万二"
    assert [v.surface for v in vague_quantities(text)] == ["上百家", "数千名", "翻一番", "三四十家", "过半", "一万二"]
    assert all(v.unit == "约" for v in vague_quantities(text))
    # 两成 is a share in tenths, an exact 20% (约 qualifies it as 约20% would be): a figure, not a vague word.
    assert [(f.surface, f.value, f.unit) for f in extract_figures(text) if f.unit == "%"] == [("两成", 20, "%")]


def test_exact_figures_and_words_are_not_vague_quantities():
    for text in ("全市 2.8 万人", "千家万户", "百日攻坚", "成为示范", "31933 家", "一成不变"):
        assert vague_quantities(text) == [], text


def test_units_agree_exactly_or_by_a_true_equivalence():
    assert units_agree("名", "人", False) and units_agree("人", "位", False)
    assert units_agree("个", "家", True) and not units_agree("个", "家", False)
    assert not units_agree("个", "名", True)  # 个 never turns things into people
    assert not units_agree("家", "名", True) and not units_agree("人次", "人", True)
    assert units_agree("", "家", False) and not units_agree("", "元", False) and not units_agree("", "%", False)
