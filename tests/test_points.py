"""Key points of an article: its own enumeration on the real briefings, generated layouts, and key sentences."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import BUNDLED
from rag_assistant.answer.points import article_points
from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing, read_sidecar
from rag_assistant.text import sentence_spans
from rag_assistant.types import Article

CN = "一二三四五六七八九十"


def article(*paragraphs: str) -> Article:
    return Article("a", "test.txt", "标题", "地方动态", tuple(paragraphs), 0)


def assert_well_formed(a: Article, points, max_points: int = 8) -> None:
    """Invariants every result keeps: verbatim spans, document order, no overlap, leads inside their point."""
    assert len(points) <= max_points
    previous_end = 0
    for p in points:
        assert p.text == a.text[p.start:p.end] and p.text.strip() == p.text and p.text
        assert p.start >= previous_end
        previous_end = p.end
        assert p.lead.strip() and p.lead in p.text
        assert p.figure is None or p.figure in p.text
    markers = [p.marker for p in points]
    assert all(m == "" for m in markers) or all(markers), markers


def ordinal(marker: str) -> int | None:
    """Value of a marker label, read independently of the module (最后 closes a 首先 list)."""
    order = {"首先": 1, "其次": 2, "再次": 3, "最后": None}
    if marker in order:
        return order[marker]
    if re.fullmatch(r"[\u2460-\u2473]", marker):
        return ord(marker) - 0x245F
    digits = re.search(r"[0-9]+", marker)
    if digits:
        return int(digits.group())
    numeral = re.search(f"[{CN}]+", marker).group()
    return CN.index(numeral) + 1 if len(numeral) == 1 else 10 + (CN.index(numeral[1]) + 1 if len(numeral) > 1 else 0)


def assert_in_sequence(markers: list[str]) -> None:
    values = [ordinal(m) for m in markers]
    for before, after in zip(values, values[1:]):
        assert after is None or after == before + 1, markers


# ---------------------------------------------------------------- the real briefings

def bundled_articles():
    for path in sorted(BUNDLED.glob("*.txt")):
        briefing = parse_briefing(load_file(path).text, path.name, meta=read_sidecar(path))
        for i, a in enumerate(briefing.articles):
            yield pytest.param(a, id=f"{path.name[:3]}-{i}")


def scanned_enumeration(text: str) -> list[str]:
    """What a reader sees enumerated: 一是… after a sentence end, or 一、/（一） opening a paragraph, counted up from 一."""
    for pattern, label in ((r"(?:^|[。；])[ \u3000]*([一二三四五六七八九十])是", "{}是"),
                           (r"^[ \u3000]*([一二三四五六七八九十])、", "{}、"),
                           (r"^[ \u3000]*（([一二三四五六七八九十])）", "（{}）")):
        numerals = [m.group(1) for m in re.finditer(pattern, text, re.M)]
        count = 0
        while count < len(numerals) and numerals[count] == CN[count]:
            count += 1
        if count >= 2:
            return [label.format(n) for n in CN[:count]]
    return []


@pytest.mark.parametrize("a", list(bundled_articles()))
def test_points_of_each_bundled_article_follow_its_own_enumeration(a):
    points = article_points(a)
    assert_well_formed(a, points)
    expected = scanned_enumeration(a.text)
    assert [p.marker for p in points] == (expected[:8] or [""] * len(points))
    assert points, "every article with a body yields at least one point"
    for p in points:
        if p.marker:  # the point opens at its marker and its lead follows it
            assert p.text.startswith(p.marker) and p.text.index(p.lead) <= len(p.marker) + 1


def bundled(name: str, title_start: str) -> Article:
    path = BUNDLED / name
    briefing = parse_briefing(load_file(path).text, name, meta=read_sidecar(path))
    return next(a for a in briefing.articles if a.title.startswith(title_start))


def test_nantong_campaign_article_gives_its_four_measures_with_their_leads():
    # Read off 000_*.txt by hand: the 打非治违 article's 一是…四是 paragraphs.
    a = bundled("000_c4edaeb9e379b5d7.txt", "南通市扎实推进")
    points = article_points(a)
    assert [p.lead for p in points] == [
        "高位推动强部署，构建三级联动体系", "创新机制提质效，打造立体监管网络",
        "科技赋能严执法，形成高压震慑态势", "标本兼治固根基，深化长效机制建设",
    ]
    assert points[0].text.endswith("实现信息实时互通、问题即时交办。")
    assert points[3].text.endswith("定时限、定预案）7 份。") and points[3].end == len(a.text)
    assert "31933" not in "".join(p.text for p in points)  # the intro's totals belong to no single measure


def test_wuxi_inspection_article_numbered_with_dun_gives_four_points():
    a = bundled("001_9ab1dbcf5bb79156.txt", "无锡开展")
    points = article_points(a)
    assert [p.marker for p in points] == ["一、", "二、", "三、", "四、"]
    assert points[1].lead == "聚焦重点攻坚，“靶向式”督改并重"


def test_feature_article_with_unmarked_lead_phrases_gives_them_as_points():
    # The 南京 feature runs as one paragraph; its measures open with short phrases.
    a = bundled("002_ca7909b6935f5c44.txt", "南京")
    assert [p.lead for p in article_points(a)] == ["预警预测“智能化”", "监管执法“精准化”", "应急资源“共享化”"]


def test_key_figure_is_the_cumulative_total_and_never_a_named_numeral():
    nantong = article_points(bundled("001_9ab1dbcf5bb79156.txt", "南通强化"))
    assert nantong[3].figure == "累计实施奖励金额约 3000 万元"
    huainan = article_points(bundled("000_c4edaeb9e379b5d7.txt", "淮安市"))  # titled by its TOC (body: 淮南市)
    assert huainan[3].figure is None  # 市县镇三级培训体系 names a structure; it counts nothing


def test_sub_points_stay_inside_their_parent():
    # 扬州's 三是 lists four 坚持…并重 principles; they are its detail, not four more measures.
    a = bundled("004_91fdd76356558e47.txt", "扬州市")
    points = article_points(a)
    assert [p.marker for p in points] == ["一是", "二是", "三是"]
    assert points[2].text.count("并重。") == 4 and points[2].text.endswith("处罚金额282.87万元。")


# ---------------------------------------------------------------- small texts, one trap each

def test_inline_list_of_short_items_is_not_an_enumeration():
    a = article("某市聚焦安全生产，主要做法：一是建机制，二是强队伍，三是重执法。",
                "全市累计排查企业 1200 家，整改隐患 3400 条。")
    points = article_points(a)
    assert all(p.marker == "" for p in points)
    assert points[0].text == a.paragraphs[0]


def test_inline_list_inside_a_measure_does_not_break_the_enumeration():
    a = article("某市多措并举推进安全治理。",
                "一是强化组织领导。成立工作专班，统筹推进各项任务落实。",
                "二是完善工作机制。重点抓好三项工作：一是建台账，二是定责任，三是抓整改。全年整改隐患 320 条。",
                "三是加强宣传教育。组织专题培训 45 场次，覆盖从业人员 1.2 万人次。")
    points = article_points(a)
    assert [p.marker for p in points] == ["一是", "二是", "三是"]
    assert "一是建台账" in points[1].text and points[2].figure == "覆盖从业人员 1.2 万人次"


def test_nested_headings_report_the_top_level_only():
    a = article("某县全面加强基层监管队伍建设。",
                "（一）强化组织保障",
                "1.配齐配强人员。全县新增安全监管人员 80 名，核增编制 18 名。",
                "2.落实经费保障。将监管经费足额列入同级财政预算。",
                "（二）完善激励机制",
                "1.设立安全生产考核奖。对实绩突出的人员优先推荐提拔使用。",
                "2.建立人才库。建立年轻后备干部人才库，完善提拔使用制度。",
                "下一步，该县将持续推进队伍建设。")
    points = article_points(a)
    assert [(p.marker, p.lead) for p in points] == [("（一）", "强化组织保障"), ("（二）", "完善激励机制")]
    assert points[0].text.endswith("足额列入同级财政预算。") and "1.设立" in points[1].text
    assert points[0].figure == "全县新增安全监管人员 80 名"


def test_noise_title_line_indent_and_spaced_numbers_keep_offsets_verbatim():
    a = article("宿迁市：全链条推进电动自行车安全隐患整治",
                "\u3000\u3000宿迁市现有电动自行车约 142 万辆。",
                "\u3000\u3000一是严把源头关。检查销售门店 1136 家，查处违法行为 427 起。",
                "\u3000\u3000二是补齐设施短板。今年新建集中充电端口 3.8 万个，累计建成充电端口 12.6 万个。")
    points = article_points(a)
    assert_well_formed(a, points)
    assert [(p.marker, p.lead) for p in points] == [("一是", "严把源头关"), ("二是", "补齐设施短板")]
    assert points[1].figure == "累计建成充电端口 12.6 万个"


def test_first_second_and_then_finally_are_an_enumeration():
    a = article("某市强化危化品安全监管。首先，摸清企业底数。全市排查危化品企业 374 家，建立一企一档。"
                "其次，开展精准执法。检查企业 2876 家次，立案处罚 158 起。"
                "最后，强化技防手段。推动 420 家企业安装自动灭火装置。")
    assert [p.marker for p in article_points(a)] == ["首先", "其次", "最后"]


def test_article_without_enumeration_gives_key_sentences_in_document_order():
    a = article("某市：多措并举提升全民安全意识",
                "安全无小事，责任大于天。今年以来，某市应急管理局围绕提升全民安全意识，组织开展了一系列活动。",
                "使命在心，重任在肩。累计挂牌成立 98 家基层安全学校，建成 116 家公办体验馆。",
                "这是一段感想，没有数字也没有动作。下一步将出台全民安全教育实施方案，推动安全理念进企业。")
    points = article_points(a)
    assert [p.text for p in points] == [
        "今年以来，某市应急管理局围绕提升全民安全意识，组织开展了一系列活动。",
        "累计挂牌成立 98 家基层安全学校，建成 116 家公办体验馆。",
    ]  # 下一步将出台…: a plan, not a thing done, is no key sentence of a 做法 answer (s22)
    assert all(p.marker == "" for p in points) and points[0].lead.startswith("某市应急管理局")
    assert points[1].figure == "累计挂牌成立 98 家基层安全学校"


def test_key_sentences_keep_the_lead_and_the_best_sentences_within_the_limit():
    body = "".join(f"全市第{i}批检查企业 {100 + i} 家，整改隐患 {200 + i} 条。" for i in range(12))
    a = article("某市召开安全生产工作会议，部署全年重点任务。", "会议气氛热烈。" + body)
    points = article_points(a, max_points=4)
    assert len(points) == 4 and points[0].text.startswith("某市召开")
    assert [p.start for p in points] == sorted(p.start for p in points)
    assert all(p.figure for p in points[1:])


@pytest.mark.parametrize("text", ["", "\n\n", "一是", "一是。二是。", "（一）\n（二）", "标题"])
def test_degenerate_articles_give_no_empty_lead(text):
    a = article(*text.split("\n"))
    assert_well_formed(a, article_points(a))


# ---------------------------------------------------------------- generated articles

LEADS = ["强化组织领导", "完善工作机制，提升治理效能", "聚焦重点领域，深化隐患排查", "推进数字赋能",
         "压实主体责任，筑牢安全防线", "加强队伍建设", "创新监管方式，提升执法质效", "严格考核督导",
         "健全三级联动机制", "强化“两个责任”落实"]
DETAILS = ["全市累计排查企业 31933 家，整改隐患 41024 条。", "组织开展专题培训 287 场次，覆盖从业人员 2.8 万人次。",
           "建立健全部门联动机制，定期会商研判安全形势，及时解决基层反映的突出问题。",
           "依托网格化管理平台，推动风险隐患早发现、早报告、早处置，形成闭环管理。",
           "聘请省级专家 175 人次开展深度检查，推动企业自查自纠问题隐患 386 项。"]
SUBLISTS = ["重点抓好三件事：一是建台账，二是定责任，三是抓整改。",
            "具体包括：①组织企业对照标准逐项开展自查，形成问题清单和整改台账；②聘请第三方机构开展全覆盖的技术服务和评估。"]
STYLES = {
    "shi": "{n}是", "paren_cn": "（{n}）", "dun_cn": "{n}、", "num_dot": "{i}.", "num_dun": "{i}、",
    "paren_num": "（{i}）", "circled": "{c}", "ordinal": "第{n}，", "order": "{o}，", "lead": "",
}
# Styles that only open a paragraph cannot be written one after another inside one.
PARAGRAPH_ONLY = {"dun_cn", "num_dun", "lead"}


def written(style: str, i: int, count: int) -> str:
    """The marker as the article writes it (第一，); the point's label drops the comma."""
    order = (["首先", "其次", "再次"][:count - 1] + ["最后"])[i] if style == "order" else ""
    return STYLES[style].format(n=CN[i], i=i + 1, c=chr(0x2460 + i), o=order)


@st.composite
def enumerated_articles(draw):
    style = draw(st.sampled_from(sorted(STYLES)))
    count = draw(st.integers(2, 4 if style == "order" else 10))
    layouts = ["paragraphs", "headings"] + ([] if style in PARAGRAPH_ONLY else ["one_paragraph"])
    layout = draw(st.sampled_from(layouts))
    indent = draw(st.sampled_from(["", "\u3000\u3000"]))
    leads = [draw(st.sampled_from(LEADS)) for _ in range(count)]
    items = []
    for i, lead in enumerate(leads):
        marker = written(style, i, count)
        detail = "".join(draw(st.lists(st.sampled_from(DETAILS), min_size=1, max_size=3)))
        if style not in ("shi", "circled") and draw(st.booleans()):
            detail += draw(st.sampled_from(SUBLISTS))
        elif draw(st.booleans()):
            detail += SUBLISTS[0]
        items.append((marker + lead, detail))
    intro = "今年以来，某市聚焦安全生产重点领域，持续强化风险隐患排查整治，主要做法如下。"
    paragraphs = [p for p in [draw(st.sampled_from(["", "某市多措并举推进安全治理"])), intro] if p]
    if layout == "paragraphs":
        paragraphs += [indent + head + "。" + detail for head, detail in items]
    elif layout == "headings":
        paragraphs += [line for head, detail in items for line in (indent + head, indent + detail)]
    else:
        paragraphs.append(indent + "".join(head + "。" + detail for head, detail in items))
    if draw(st.booleans()) and layout != "headings":
        paragraphs.append("下一步，该市将持续巩固提升专项整治成效，推动安全生产形势持续稳定向好。")
    expected = [(written(style, i, count).rstrip("，"), lead) for i, lead in enumerate(leads)]
    return article(*paragraphs), expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(enumerated_articles(), st.integers(1, 10))
def test_generated_enumerations_give_their_top_level_points(case, max_points):
    a, expected = case
    points = article_points(a, max_points=max_points)
    assert_well_formed(a, points, max_points)
    assert [(p.marker, p.lead) for p in points] == expected[:max_points]
    assert_in_sequence([p.marker for p in points if p.marker])


NOISE = st.text(alphabet=list("一二三四五六七八九十是、（）()1234.．①②③首先其次最后第，。；：\n 　全市累计家万元企业整改强化机制“”"),
                max_size=300)


@settings(max_examples=400, deadline=None)
@given(NOISE, st.integers(1, 10))
def test_any_text_gives_well_formed_points_in_sequence(text, max_points):
    a = article(*text.split("\n"))
    points = article_points(a, max_points=max_points)
    assert_well_formed(a, points, max_points)
    assert_in_sequence([p.marker for p in points if p.marker])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(DETAILS + ["安全无小事，责任大于天。", "会议气氛热烈。"]), min_size=1, max_size=14),
       st.integers(1, 10))
def test_unenumerated_articles_give_whole_sentences_in_document_order(sentences, max_points):
    a = article("".join(sentences[: len(sentences) // 2]), "".join(sentences[len(sentences) // 2:]))
    points = article_points(a, max_points=max_points)
    assert_well_formed(a, points, max_points)
    spans = {(s, e) for s, e in sentence_spans(a.text)}
    assert all((p.start, p.end) in spans and p.marker == "" for p in points)
    assert 1 <= len(points) <= max_points


def test_key_sentence_lead_skips_purpose_basis_time_and_reported_speech():
    a = article("针对燃气安全点多面广的特点，某市创新“查、奖、疏、堵”一体化治理机制，组织开展重大隐患清零行动，推动企业落实主体责任，取得良好成效。"
                "在落实省级企业风险上报的基础上，某市率先制定非工业企业安全风险目录和风险管控措施，自主开发风险上报平台，分级分类推送相关部门落实管控措施。",
                "会议指出，各地各部门要把防范化解重大安全风险摆在突出位置，深入开展隐患排查整治，坚决遏制重特大事故发生，切实维护人民群众生命财产安全。")
    leads = [p.lead for p in article_points(a)]
    assert [lead[:8] for lead in leads] == ["某市创新“查、奖", "某市率先制定非工", "各地各部门要把防"]
    assert not any(lead.startswith(("针对", "在落实", "会议指出")) for lead in leads)


def test_an_unenumerated_article_starts_with_what_was_done_not_its_setting():
    # 002_*.txt 苏州 section: its first paragraph states the city's size (苏州全市有80902家生产企业…), then what
    # the bureau did (苏州应急管理局围绕提升全民安全意识…组织开展了一系列…活动).
    a = bundled("002_ca7909b6935f5c44.txt", "苏州")
    assert "苏州全市有80902家生产企业" in a.text
    points = article_points(a)
    assert points and points[0].text.startswith("苏州应急管理局围绕提升全民安全意识"), points[0].text
    assert not any("80902" in p.text for p in points)
