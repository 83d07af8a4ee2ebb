"""The ninth extra issue (eval/extra_briefings/extra_2025_33.docx, 2025年第33期): a Word file whose masthead, 编者按
and a "数说" figure sidebar are floating text boxes, each written twice (a DrawingML shape and its VML fallback)."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml
from support import EXTRA

from rag_assistant.ingest.docx_boxes import box_blocks
from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing

DOCX = EXTRA / "extra_2025_33.docx"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def test_text_boxes_are_read_once_beside_their_anchor():
    # Paragraph text alone lost the masthead, the 编者按 and the sidebar; every w:txbxContent of the file doubled them.
    text = load_file(DOCX).text
    assert text.count("2025年第33期") == 1 and text.count("编者按") == 1, text[:300]
    assert text.count("发现隐患2.47万处") == 1
    # The sidebar follows the point it is anchored in, inside its article.
    assert text.index("关停取缔") < text.index("数说整治") < text.index("下一步，昆山市")


def test_the_masthead_in_a_text_box_gives_issue_and_date():
    briefing = parse_briefing(load_file(DOCX).text, DOCX.name)
    assert (briefing.issue, briefing.date, briefing.printed) == ("2025年第33期", "2025-12-26", "2025-12-29")


def test_a_vml_only_box_and_a_box_inside_a_box_are_each_read_once():
    # Older Word writes only the VML shape (no mc:Fallback to skip); a box nested in a box is its inner anchor's.
    paragraph = docx.Document().add_paragraph("锚段")
    paragraph._p.append(parse_xml(
        f'<w:r {_W} {_V}><w:pict><v:shape><v:textbox><w:txbxContent>'
        f'<w:p><w:r><w:t>外框</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>'
        f'<w:p><w:r><w:t>内框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
        f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    outer = box_blocks(paragraph)
    assert [b.text for b in outer] == ["外框"]
    assert [b.text for b in box_blocks(outer[0])] == ["内框"]


def test_word_paragraphs_are_whole_and_toc_entries_carry_their_column():
    # A sidebar's unfinished short lines were joined as if a page break had cut them (…2.31万处拆除违规搭建…), and
    # 【地方动态】盐城市：… in the 目录 was read as a title that the body's 盐城市：… does not match.
    briefing = parse_briefing(load_file(DOCX).text, DOCX.name)
    kunshan = next(a for a in briefing.articles if a.title.startswith("昆山市"))
    assert "拆除违规搭建1.8万平方米" in kunshan.paragraphs
    assert kunshan.paragraphs[-1].startswith("下一步，昆山市")
    assert briefing.toc[1] == "盐城市：“三个全覆盖”守牢海上风电运维安全" and not briefing.warnings


def test_figures_after_fenbie_pair_with_the_names_before_it():
    from rag_assistant.answer.respective import respective_window
    from rag_assistant.numbers import extract_figures

    sentence = "全省生产安全事故起数和死亡人数同比分别下降11.2%和9.8%。"
    figures = extract_figures(sentence)
    windows = [respective_window(sentence, figures, f, lambda g: "") for f in figures]
    assert "死亡人数" in windows[1] and "起数" not in windows[1] and windows[1].endswith("9.8%"), windows
    assert "起数" in windows[0] and "死亡人数" not in windows[0], windows


def test_a_figure_of_part_of_a_year_is_not_the_years():
    from rag_assistant.answer.scope import part_of_year

    paragraph = "会议通报，今年1—11月，全省共排查整治重大事故隐患2.3万余项；全省生产安全事故死亡人数同比下降9.8%。"
    assert part_of_year("2025年全省事故死了多少人？", (), paragraph)
    assert not part_of_year("全省事故死亡人数同比降了多少？", (), paragraph)  # no year asked
    assert not part_of_year("2025年上半年死了多少人？", ("上半年",), paragraph)
    assert not part_of_year("2025年全省事故死了多少人？", (), "2025年全省共发生生产安全事故1036起、死亡894人。")


def test_the_new_issue_is_answered(extra_assistant):
    a = extra_assistant.ask("25年33期上全省事故死亡人数同比降了多少？")
    assert "9.8%" in a.answer and "11.2%和" not in a.answer, a.answer  # was 起数和死亡人数同比分别下降11.2%和[1]
    a = extra_assistant.ask("2025年全省生产安全事故死亡人数同比下降多少？")
    assert "8.7%" in a.answer, a.answer  # the whole year's (2026年第3期), not 今年1—11月's 9.8%
    a = extra_assistant.ask("盐城海上风电运维今年发生过安全事故吗？")
    assert a.answer.startswith("没有"), a.answer
    a = extra_assistant.ask("盐城现在有几个海上风电场？")
    # The title's “三个全覆盖” is a name: it does not pull the 编者按's 三个环节 into the quote.
    assert "27个" in a.answer and all("编者按" not in c.quote and "三个环节" not in c.quote for c in a.citations), a
