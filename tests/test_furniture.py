"""Page furniture and masthead variants: what a page break and an export leave in a briefing's text."""

from __future__ import annotations

import pytest

from rag_assistant.ingest.furniture import is_page_number, strip_furniture
from rag_assistant.ingest.masthead import parse_date, parse_issue
from rag_assistant.ingest.parse import parse_briefing

HEADER = "江苏应急管理简报（2024年第8期）"


@pytest.mark.parametrize("line", ["— 3 —", "-3-", "- 3 -", "·3·", "3", "第 3 页", "第3页 共8页", "第 3 页，共 8 页",
                                  "共8页 第3页", "3/8", "－ 12 －", "  — 3 —  "])
def test_page_numbers_in_common_styles_are_recognised(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["2025", "第 3 期", "2021-3-5", "一是强化培训。", "3 家企业"])
def test_content_is_not_a_page_number(line):
    assert not is_page_number(line)


@pytest.mark.parametrize("marker", ["— 2 —", "－2－", "- 2 -", "·2·", "第 2 页 共 8 页"])
def test_page_number_inside_a_cut_sentence_is_removed_and_the_halves_rejoined(marker):
    assert strip_furniture(f"全市在册危险{marker}货物运输车辆 2865 辆") == "全市在册危险货物运输车辆 2865 辆"


def test_running_header_glued_to_an_inline_page_number_goes_with_it():
    text = f"江苏应急管理简报\n\n全市在册危险— 2 —{HEADER}货物运输车辆 2865 辆"
    assert strip_furniture(text) == "江苏应急管理简报\n\n全市在册危险货物运输车辆 2865 辆"


def test_dates_and_ranges_inside_sentences_are_kept():
    for text in ("2021-3-5 召开会议。", "气温 10—20 度。", "详见第 3 页。", "第 3 期简报"):
        assert strip_furniture(text) == text


def test_running_header_repeated_at_page_breaks_is_dropped_and_the_cut_paragraph_rejoins():
    pages = [
        "江苏应急管理简报\n\n2024 年第 8 期\n\n某市：加强危险货物运输管理\n\n全市在册危险",
        f"{HEADER}\n货物运输车辆 2865 辆，全部接入监控。\n\n二是强化执法，查处违法行为 5",
        f"{HEADER}\n6 起。\n\n三是开展培训 12 场次。",
    ]
    text = "".join(f"{page}\n— {n} —\f" for n, page in enumerate(pages, 1))
    cleaned = strip_furniture(text)
    assert HEADER not in cleaned and "—" not in cleaned and "\f" not in cleaned
    b = parse_briefing(text, "x.txt")
    assert [a.title for a in b.articles] == ["某市：加强危险货物运输管理"]
    assert b.articles[0].paragraphs == (
        "全市在册危险货物运输车辆 2865 辆，全部接入监控。", "二是强化执法，查处违法行为 56 起。", "三是开展培训 12 场次。",
    )


def test_a_line_repeated_only_once_at_a_page_break_is_content():
    text = "【地方动态】\n某市：标题一\n— 1 —\n【地方动态】\n某市：标题一\n正文。\n— 2 —\n"
    assert strip_furniture(text).count("【地方动态】") == 2


@pytest.mark.parametrize("text, expected", [
    ("2025 年 5 月 30 日", "2025-05-30"),
    ("2025年5月30日", "2025-05-30"),
    ("二〇二四年四月十八日", "2024-04-18"),
    ("二○二四年十二月三十一日", "2024-12-31"),
    ("２０２４年４月１８日", "2024-04-18"),
    ("2025年13月1日", None),
    ("二〇二四年十三月一日", None),
])
def test_masthead_dates_in_arabic_full_width_or_chinese_numerals(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2025 年第 14 期", (2025, 14, None)),
    ("2025年第14期", (2025, 14, None)),
    ("第 10 期", (None, 10, None)),
    ("2024年第8期（总第312期）", (2024, 8, None)),
    ("二〇二四年第十三期", (2024, 13, None)),
    ("特刊", (None, None, "特刊")),
    ("2024年专刊", (2024, None, "专刊")),
    ("增刊第2期", (None, 2, "增刊")),
    ("2024年", None),
    ("第期", None),
])
def test_issue_labels_spaced_unspaced_total_and_special_editions(text, expected):
    assert parse_issue(text) == expected


BODY = "【地方动态】\n\n某市：加强安全检查\n\n全市检查企业 12 家，整改隐患 34 条。\n"


@pytest.mark.parametrize("masthead, issue, date, office", [
    ("江苏应急管理简报\n\n2024 年第 8 期（总第312期）\n\n江苏省应急管理厅办公室\n\n二〇二四年四月十八日",
     "2024年第8期", "2024-04-18", "江苏省应急管理厅办公室"),
    ("江苏应急管理简报\n2024年第8期\n江苏省应急管理厅办公室　　　　2024年4月18日",
     "2024年第8期", "2024-04-18", "江苏省应急管理厅办公室"),
    ("江苏应急管理简报（2024年第8期）\n\n江苏省应急管理厅办公室        2024 年 4 月 18 日",
     "2024年第8期", "2024-04-18", "江苏省应急管理厅办公室"),
])
def test_masthead_variants_parse_to_the_same_metadata(masthead, issue, date, office):
    for newline in ("\n", "\r\n"):
        b = parse_briefing((masthead + "\n\n" + BODY).replace("\n", newline), "x.txt")
        assert (b.issue, b.date, b.office, b.publication) == (issue, date, office, "江苏应急管理简报")
        assert [a.title for a in b.articles] == ["某市：加强安全检查"]


def test_special_edition_without_number_is_labelled_and_not_warned_as_missing_a_number():
    b = parse_briefing("江苏应急管理简报\n\n2024年特刊\n\n2024年4月18日\n\n" + BODY, "x.txt")
    assert (b.number, b.edition, b.label) == (None, "特刊", "2024年特刊")
    assert not any("期号" in w for w in b.warnings)
