"""The tenth extra issue (eval/extra_briefings/extra_2024_15.docx, 2024年第15期): an editor's Word draft with track
changes never accepted, comments, content controls (body-level and inline), a footnote, a hyperlink and fields.
The loader must give the text Word shows with the changes accepted (ingest/docx_text.py)."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml
from support import EXTRA

from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing

DOCX = EXTRA / "extra_2024_15.docx"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p]


def test_tracked_changes_read_as_final():
    text = load_file(DOCX).text
    # Inserted runs are the text, deleted ones are not: the corrected figures and the inserted sentence.
    assert "对全市126家涉氨制冷企业" in text and "120家" not in text
    assert "罚款合计96.5万元" in text and "89.5万元" not in text
    assert "全省已有3.2万家人员密集场所完成消防安全标准化达标" in text
    assert "分会场" not in text and "8000余人次" not in text  # deleted sentences
    # The moved paragraph is read once, at its new place (after the last point).
    assert text.count("下一步，兴化市") == 1 and text.index("（三）保险到位") < text.index("下一步，兴化市")


def test_content_controls_fields_comments_and_footnotes():
    paragraphs = _paragraphs(load_file(DOCX).text)
    assert paragraphs[1:4] == ["江苏应急管理简报", "2024年第15期", "江苏省应急管理厅办公室　　　　　　2024年6月14日"]
    assert any(p.startswith("6月12日，全省人员密集场所") for p in paragraphs)  # the inline date picker
    assert sum(p.startswith(("（一）一罐一档", "（二）一区一图", "（三）一日一巡", "（四）一键联动")) for p in paragraphs) == 4
    text = "\n".join(paragraphs)
    assert "CREATEDATE" not in text and "REF" not in text and "截至5月31日取得" in text  # field results only
    assert "135家" not in text and "2.1亿元" not in text and "周明" not in text  # comments are not text
    lead = next(i for i, p in enumerate(paragraphs) if p.startswith("兴化市是全国产粮大县"))
    assert paragraphs[lead + 1] == "注：数据来源：兴化市农业农村局2023年统计，其中日烘干能力300吨以上的企业94家。"


def test_the_draft_parses_into_its_issue_and_articles():
    briefing = parse_briefing(load_file(DOCX).text, DOCX.name)
    assert (briefing.issue, briefing.date, briefing.printed) == ("2024年第15期", "2024-06-14", "2024-06-17")
    titles = [a.title for a in briefing.articles]
    assert titles[0] == "全省人员密集场所消防安全整治推进会召开" and len(titles) == 4, titles
    zjg = briefing.articles[1]
    assert any("8900余个" in p for p in zjg.paragraphs), zjg.paragraphs  # points inside a body-level control


def test_revisions_in_links_cells_and_a_deleted_numbered_paragraph(tmp_path):
    # Made here, not from the fixture: an insertion inside a hyperlink, a content control in a table cell, a
    # paragraph whose text and mark were deleted (Word shows nothing of it, not even its number).
    document = docx.Document()
    body = document.element.body
    body.sectPr.addprevious(parse_xml(
        f'<w:p {_W}><w:r><w:t>共检查</w:t></w:r><w:hyperlink><w:del w:id="1" w:author="a"><w:r><w:delText>'
        f'50家</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>58家</w:t></w:r></w:ins></w:hyperlink>'
        f'<w:r><w:t>企业。</w:t></w:r></w:p>'))
    body.sectPr.addprevious(parse_xml(
        f'<w:p {_W}><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr>'
        f'<w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:del w:id="4" w:author="a"><w:r><w:delText>删去的段落'
        f'</w:delText></w:r></w:del></w:p>'))
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "地区"
    tc = table.rows[0].cells[1]._tc
    tc.append(parse_xml(f'<w:sdt {_W}><w:sdtContent><w:p><w:r><w:t>张家港</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    path = tmp_path / "draft.docx"
    document.save(path)
    paragraphs = _paragraphs(load_file(path).text)
    assert paragraphs == ["共检查58家企业。", "地区\t张家港"], paragraphs


def test_a_time_limit_in_minutes_or_hours_answers_how_long():
    # 多长时间内推送 was answered 全年 (or "not given"): 5分钟内 / 2小时内 were no times, only 天/个月/年 limits were.
    from rag_assistant.answer.times import answer_times

    for sentence, limit in (("预警信息5分钟内推送到企业和属地。", "5分钟内"), ("黄色预警2小时内核查。", "2小时内"),
                            ("救援队伍半小时内到场。", "半小时内"), ("3周内完成整改。", "3周内")):
        assert [f.surface for f in answer_times(sentence, "多长时间内完成？")] == [limit], sentence


def test_a_subsidy_asked_by_a_bare_duoshao_is_an_amount_or_a_share():
    # 保费财政补贴多少 against 保费由市财政补贴30%: the asked class was money only, so 30% was "not given".
    from rag_assistant.answer.measure import asked_class
    from rag_assistant.units import class_fit

    assert asked_class("兴化烘干企业安责险保费财政补贴多少？") == ("", "money|ratio")
    assert class_fit("money|ratio", "%") == class_fit("money|ratio", "万元") == 1.0
    assert class_fit("money|ratio", "台") == 0.0  # 更换防爆型除尘器103台 is no subsidy
    assert asked_class("海安考中级注安师补助多少钱？")[1] == "money"  # a unit word still fixes the class
