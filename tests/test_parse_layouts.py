"""The parser on layouts the first corpus did not have: issue numbers in Chinese numerals without a year,
总第N期 on its own line, an editorial-office line, a bulleted TOC with bracketed page numbers, ornament section
markers, point headings on their own lines, bylines, and a closing block with 印发日期：/责任编辑/（此件…）."""

from __future__ import annotations

import re
from pathlib import Path

from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.masthead import parse_date
from rag_assistant.ingest.parse import parse_briefing

EXTRA = Path(__file__).parent.parent / "eval" / "extra_briefings"
WORD = EXTRA / "extra_2026_07.docx"  # 2026年第7期 as a Word file

BODY = "　　{city}市现有企业{n}家，今年以来持续推进安全生产专项整治，取得明显成效。\n\n"


def test_the_2026_issue_in_a_new_layout_parses_into_its_five_articles():
    # Read off extra_2026_03.txt by hand: BOM, 第三期 with no year (the year is in 二〇二六年一月二十三日),
    # （总第123期）, an 编辑部 line, 本期要目 with ■ bullets and （n） page numbers, ◎ section markers,
    # 第 N 页　共 5 页 footers with a running header, （一）…（三） headings, a byline, 报/送/发 and 印发日期.
    b = parse_briefing(load_file(EXTRA / "extra_2026_03.txt").text, "extra_2026_03.txt")
    assert (b.issue, b.date, b.printed, b.office) == ("2026年第3期", "2026-01-23", "2026-01-26", "江苏省应急管理厅")
    assert [a.title for a in b.articles] == [
        "全省应急管理工作会议在南京召开",
        "无锡市：“三张清单”压实工贸企业安全生产主体责任",
        "苏州市：多措并举推进高层建筑消防安全综合治理",
        "南京市：全链条强化危险化学品道路运输安全监管",
        "泰州市：“四个到位”筑牢建筑施工安全防线",
    ]
    assert [a.section for a in b.articles] == ["工作部署"] + ["地方动态"] * 4
    assert b.toc[1] == "无锡市推行“三张清单”压实企业主体责任"  # no bullet, no （2）
    suzhou = b.articles[2].paragraphs
    assert [p for p in suzhou if p.startswith("（")] == [
        "（一）摸清底数，建立风险档案", "（二）补齐短板，提升本质安全", "（三）强化宣传，提升自救能力"]
    assert any("外墙保温材料等情况，共排查发现隐患3.47万处" in p for p in suzhou)  # the page break's cut word
    assert b.articles[-1].paragraphs[-1].endswith("开展“安全生产月”观摩活动15场次。")
    body = "".join(a.text for a in b.articles)
    assert not re.search(r"供稿|此件|印发|责任编辑|第\s*\d+\s*页|注意保存|总第|报：", body)
    table = b.articles[0].paragraphs
    assert "2025年全省应急管理执法情况" in table and any(p.startswith("罚没款\t4.86亿元") for p in table)


def test_issue_in_chinese_numerals_takes_its_year_from_a_chinese_numeral_date():
    text = ("内部资料　注意保存\n\n江 苏 应 急 管 理 简 报\n\n第十二期\n（总第130期）\n\n"
            "主办：江苏省应急管理厅　　　　《江苏应急管理简报》编辑部\n二〇二五年七月八日\n\n"
            "南通市：强化危化品企业安全管理\n\n" + BODY.format(city="南通", n=120))
    b = parse_briefing(text, "x.txt")
    assert (b.issue, b.date, b.office) == ("2025年第12期", "2025-07-08", "江苏省应急管理厅")
    assert [a.title for a in b.articles] == ["南通市：强化危化品企业安全管理"] and b.warnings == ()


def test_bulleted_toc_without_markers_ends_where_the_body_section_begins():
    text = ("江苏应急管理简报\n\n2025年第12期\n\n江苏省应急管理厅办公室　　　2025年7月8日\n\n本期导读\n\n"
            "◆ 南通市强化危化品安全管理（1）\n◆ 盐城市推进渔船安全整治（2）\n\n◆ 地方动态 ◆\n\n"
            "南通市：强化危化品企业安全管理\n\n" + BODY.format(city="南通", n=120)
            + "盐城市：全力推进渔船安全整治\n\n" + BODY.format(city="盐城", n=80))
    b = parse_briefing(text, "x.txt")
    assert list(b.toc) == ["南通市强化危化品安全管理", "盐城市推进渔船安全整治"]
    assert [(a.section, a.title) for a in b.articles] == [
        ("地方动态", "南通市：强化危化品企业安全管理"), ("地方动态", "盐城市：全力推进渔船安全整治")]


def test_point_headings_on_their_own_lines_stay_inside_their_article():
    text = ("江苏应急管理简报\n\n2025年第12期\n\n江苏省应急管理厅办公室　　　2025年7月8日\n\n"
            "常州市：多措并举推进燃气安全治理\n\n" + BODY.format(city="常州", n=43)
            + "一、强化源头管控\n\n一是全面排查。检查企业43家。二是严格执法。立案12起。\n\n"
            "二、补齐设施短板\n\n一是更新管网。改造管网41公里。\n\n")
    b = parse_briefing(text, "x.txt")
    assert [a.title for a in b.articles] == ["常州市：多措并举推进燃气安全治理"]
    assert b.articles[0].paragraphs[1:] == (
        "一、强化源头管控", "一是全面排查。检查企业43家。二是严格执法。立案12起。", "二、补齐设施短板", "一是更新管网。改造管网41公里。")


def test_closing_block_with_labelled_printing_date_editors_and_circulation_note_is_not_content():
    text = ("江苏应急管理简报\n\n2025年第12期\n\n江苏省应急管理厅办公室　　　2025年7月8日\n\n"
            "南通市：强化危化品企业安全管理\n\n" + BODY.format(city="南通", n=120)
            + "（南通市应急管理局供稿）\n\n（此件发至各设区市应急管理局）\n\n报：应急管理部办公厅。\n送：省委办公厅。\n"
            "发：各设区市应急管理局。\n\n责任编辑：办公室综合科\n\n江苏省应急管理厅办公室　　　印发日期：二〇二五年七月十日\n")
    b = parse_briefing(text, "x.txt")
    assert (b.date, b.printed) == ("2025-07-08", "2025-07-10")
    assert b.articles[0].paragraphs == ("南通市现有企业120家，今年以来持续推进安全生产专项整治，取得明显成效。",)


# extra_2026_07.docx: a masthead over table cells with a dotted date (2026.2.27), a numbered 本期导读 without
# section markers, bold-only headings, an 编者按, bold sub-headings, a pasted page header, 报送/抄送.
TITLES = [
    "全省安全生产“开门红”工作推进会召开",
    "扬州市：“四步工作法”管住有限空间作业",
    "南通市海门区：托管服务为小微企业安全“兜底”",
    "南京市：“三色预警”守牢城市地下管网安全",
]


def _word():
    return parse_briefing(load_file(WORD).text, WORD.name)


def test_a_masthead_in_table_cells_with_a_dotted_date_gives_issue_and_date():
    b = _word()
    assert (b.issue, b.date, b.printed, b.office) == ("2026年第7期", "2026-02-27", "2026-03-02", "江苏省应急管理厅办公室")
    assert not b.warnings


def test_numeric_dates_use_one_separator_and_must_be_valid():
    assert parse_date("2026.2.27") == parse_date("2026-02-27") == parse_date("2026/2/27") == "2026-02-27"
    assert parse_date("2026．3．2") == "2026-03-02"
    assert parse_date("2026.2-27") is None and parse_date("2026.13.1") is None and parse_date("26.2.27") is None


def test_a_numbered_guide_without_section_markers_ends_where_the_body_repeats_its_first_title():
    b = _word()
    assert list(b.toc) == TITLES  # no "1．", and the body's first title is not a fifth entry
    assert [a.title for a in b.articles] == TITLES


def test_an_editors_note_opens_the_article_it_introduces():
    meeting, yangzhou = _word().articles[:2]
    assert yangzhou.paragraphs[0].startswith("编者按：有限空间作业")
    assert not any("编者按" in p for p in meeting.paragraphs)


def test_sub_headings_after_the_guide_is_used_up_stay_inside_their_article():
    nanjing = _word().articles[-1]
    heads = [p for p in nanjing.paragraphs if len(p) < 12]
    assert heads == ["绘好管网“一张图”", "布设感知“一张网”", "分色处置“一条链”"]
    assert nanjing.paragraphs[-1].startswith("下一步，南京市将投资5.8亿元")
    body = "".join(a.text for a in _word().articles)
    assert "— 2 —" not in body and "2026年第7期" not in body and "抄送" not in body
