"""The seventh extra issue (eval/extra_briefings/extra_2025_26.docx, 2025年第26期): a Word file whose structure is in
styles and automatic list numbering. Its column headings 一、工作动态 / 二、地方动态, the points （一）（二）（三）
of the 常州 article and 1.–4. of the 泰州 article are drawn by Word from numbering.xml and are not in the
paragraph text; its 目录 is Word's table of contents (title, a tab, the page number)."""

from __future__ import annotations

import docx
from support import EXTRA

from rag_assistant.ingest.docx_numbering import Numbering, chinese_count, format_number
from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing
from rag_assistant.ingest.toc import read_toc

WORD = EXTRA / "extra_2025_26.docx"


def _parsed():
    return parse_briefing(load_file(WORD).text, WORD.name)


def test_word_list_numbers_are_read_as_the_text_word_shows():
    text = load_file(WORD).text
    # Without the numbering the headings read 工作动态 (an article title of its own) and the points lose their
    # markers, so the articles ran into one another and no point could be enumerated.
    for shown in ("一、工作动态", "二、地方动态", "（一）一企一码，动态赋码", "（三）码上服务，促改提升",
                  "1.压实企业主体责任。", "4.开展全员培训演练。"):
        assert f"\n{shown}" in text, shown
    assert "（四）" not in text and "\n5." not in text  # each list counts its own paragraphs


def test_the_word_issue_parses_into_its_four_articles_under_their_columns():
    b = _parsed()
    assert (b.year, b.number, b.date, b.printed) == (2025, 26, "2025-10-17", "2025-10-20")
    assert [(a.section, a.title[:3]) for a in b.articles] == [
        ("工作动态", "全省危"), ("地方动态", "常州市"), ("地方动态", "泰州市"), ("地方动态", "江阴市")]
    assert len(b.toc) == 4 and not b.warnings, (b.toc, b.warnings)
    changzhou, taizhou = b.articles[1], b.articles[2]
    assert changzhou.paragraphs[0].startswith("编者按：")  # the framed 编者按 cell goes with the article after it
    assert "（二）按码施策，分级监管" in changzhou.paragraphs
    assert sum(p[:2] in ("1.", "2.", "3.", "4.") for p in taizhou.paragraphs) == 4
    assert "合计\t182\t2415\t2318" in taizhou.paragraphs  # the 附件 Word table stays in its article


def test_a_word_toc_entry_loses_its_tab_and_page_number():
    entries, end = read_toc(["目　　录", "一、工作动态", "全省会议召开\t1", "二、地方动态", "常州市：安全码\t2",
                             "一、工作动态", "全省会议召开"], 0)
    assert entries == [("工作动态", "全省会议召开"), ("地方动态", "常州市：安全码")] and end == 5


def test_numbering_formats_and_counters(tmp_path):
    assert [chinese_count(n) for n in (1, 10, 11, 20, 23, 105)] == ["一", "十", "十一", "二十", "二十三", "一百零五"]
    assert format_number(3, "decimalEnclosedCircle") == "③" and format_number(2, "ideographTraditional") == "乙"
    # A document without any numbered paragraph gets no labels (the other Word issue reads as before).
    plain = docx.Document(EXTRA / "extra_2026_07.docx")
    numbering = Numbering(plain)
    assert all(numbering.label(p) == "" for p in plain.paragraphs)
