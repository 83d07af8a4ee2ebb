"""Regenerate eval/extra_briefings/extra_2025_33.docx, the ninth synthetic issue (2025年第33期) of the extra corpus.

A Word layout none of the other fixtures use: text in Word **text boxes** (floating shapes). Briefings made from
a 红头 template keep the masthead (title, issue line, office and date) in a text box above the red rule, and
editors set the 编者按 and a "数说" figure sidebar in boxes beside the body. A text box is not a body paragraph:
its paragraphs sit inside a run of an anchor paragraph (``w:drawing`` … ``w:txbxContent``), and Word writes each
box twice, as a DrawingML shape in ``mc:Choice`` and as a VML ``v:textbox`` in ``mc:Fallback`` for old readers.
Read as paragraph text, every box is lost; read as all ``w:txbxContent`` of the file, every box is doubled. The
issue also ends with a borderless layout table holding the 印发 line. Content is invented: never cite it as fact.

Run: python eval/make_extra_2025_33.py  (needs python-docx; writes the file next to the other fixtures).
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_fixture import save_docx  # noqa: E402

OUT = Path(__file__).resolve().parent / "extra_briefings" / "extra_2025_33.docx"

MASTHEAD = ["江苏应急管理简报", "2025年第33期", "江苏省应急管理厅办公室　　　　　　2025年12月26日"]

TOC = [
    "目　　录",
    "【工作动态】全省安全生产治本攻坚三年行动年度推进会召开",
    "【地方动态】盐城市：“三个全覆盖”守牢海上风电运维安全",
    "【地方动态】昆山市：“厂中厂”出租厂房安全整治见实效",
    "【地方动态】东海县：水晶加工小作坊“清单式”整治",
]

# (kind, content): "p" a body paragraph; "box" a text box (list of its paragraphs) anchored in an empty paragraph;
# "p+box" a body paragraph that anchors a text box (text, list of the box's paragraphs).
BODY = [
    ("p", "【工作动态】"),
    ("p", "全省安全生产治本攻坚三年行动年度推进会召开"),
    ("p", "12月23日，全省安全生产治本攻坚三年行动年度推进会在南京召开。会议通报了2025年治本攻坚行动进展情况，"
          "部署2026年重点任务。"),
    ("p", "会议通报，今年1—11月，全省共排查整治重大事故隐患2.3万余项，整改率达97.6%；累计培训企业主要负责人和安全管理"
          "人员41.5万人次；全省生产安全事故起数和死亡人数同比分别下降11.2%和9.8%。"),
    ("p", "会议要求，2026年要聚焦“人、物、环、管”四个方面，一是深化重大事故隐患动态清零，二是推进安全生产信息化"
          "智能化建设，三是加强基层应急管理能力建设，四是严格安全生产执法。省财政明年将安排治本攻坚专项资金约3.5亿元。"),
    ("p", "【地方动态】"),
    ("box", ["编者按：海上风电是我省新兴产业，运维作业点多、面广、离岸远。盐城市聚焦人员、船舶、作业三个环节，"
             "推动海上风电运维安全监管全覆盖，做法值得沿海地区借鉴。"]),
    ("p", "盐城市：“三个全覆盖”守牢海上风电运维安全"),
    ("p", "盐城市海上风电装机容量约1180万千瓦，占全省的六成以上，现有海上风电场27个、运维企业43家。今年以来，"
          "盐城市应急管理局会同海事、能源等部门推动海上风电运维安全“三个全覆盖”。"),
    ("p", "（一）人员培训全覆盖。对出海运维人员实行“持证登乘”，全年培训考核出海人员6800余人次，未经培训一律不得"
          "出海作业。"),
    ("p", "（二）船舶检查全覆盖。对127艘运维船舶逐船开展安全检查，发现并整改问题隐患356处，清退不符合要求的运维"
          "船舶9艘。"),
    ("p", "（三）作业监控全覆盖。为运维船舶和风机平台配备北斗定位终端2100余台，建成海上风电运维安全监管平台，实现"
          "出海人员“一人一码”、船舶动态实时掌握。今年全市海上风电运维未发生生产安全事故。"),
    ("p", "昆山市：“厂中厂”出租厂房安全整治见实效"),
    ("p", "昆山市工业厂房出租现象较为普遍，“厂中厂”安全管理责任不清、隐患突出。今年4月起，昆山市在全市开展为期"
          "8个月的出租厂房安全专项整治。"),
    ("p", "1.摸清底数。各区镇逐幢排查出租厂房，建立“一厂一档”，共摸排出租厂房3142幢，涉及承租企业1.16万家。"),
    ("p", "2.压实责任。推行出租方、承租方“双签”安全管理协议，明确出租方每月至少开展1次安全巡查，已签订协议9870份。"),
    ("p+box", ("3.严格执法。对违规分隔、违规住人、消防通道堵塞等问题依法查处，立案查处412起，罚款786万元，关停取缔"
               "不具备安全条件的“厂中厂”63家。",
               ["数说整治", "排查出租厂房3142幢，发现隐患2.47万处，已整改2.31万处",
                "拆除违规搭建1.8万平方米", "推动承租企业投保安全生产责任保险5260家"])),
    ("p", "下一步，昆山市将把出租厂房安全管理纳入网格化日常巡查，防止问题反弹。"),
    ("p", "东海县：水晶加工小作坊“清单式”整治"),
    ("p", "连云港市东海县是全国重要的水晶集散地，现有水晶加工作坊约4300家，多为家庭式小作坊，用电、用火和粉尘隐患"
          "较多。今年6月以来，东海县对水晶加工小作坊实行“清单式”整治。一是列出问题清单，组织镇村两级网格员逐户上门，"
          "排查出问题隐患1.2万余处。二是明确整改清单，对每处隐患明确整改措施、责任人和时限，目前已整改1.07万处，"
          "整改率89.2%。三是建立禁止清单，明确“三合一”住人、私拉乱接电线等8类禁止行为，对屡查屡犯的56户作坊实施"
          "停业整顿。四是推行帮扶清单，县财政安排补助资金320万元，为小作坊免费配发灭火器1.5万具、更换漏电保护器"
          "8600个。"),
]

CLOSING = [
    "报：省委、省政府领导同志，应急管理部办公厅。",
    "送：省安委会各成员单位，各设区市应急管理局。",
]
# The 印发 line as Word templates set it: a borderless two-cell layout table, not a paragraph.
ISSUED = ("江苏省应急管理厅办公室", "2025年12月29日印发")

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def _box_xml(lines: list[str], shape_id: int, height_emu: int) -> str:
    """One run holding a floating text box, as Word 2010+ writes it: a wps shape with a VML fallback copy."""
    content = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines)
    width_emu = 5580000
    return (
        f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{shape_id}" '
        f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width_emu}" cy="{height_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{shape_id}" name="文本框 {shape_id}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'</wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        f'</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape id="文本框 {shape_id}" o:spid="_x0000_s{1024 + shape_id}" type="#_x0000_t202" '
        f'style="position:absolute;width:439.4pt;height:{height_emu // 12700}pt;z-index:{shape_id}">'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        f'</mc:AlternateContent></w:r>')


def _add_box(paragraph, lines: list[str], shape_id: int) -> None:
    paragraph._p.append(parse_xml(_box_xml(lines, shape_id, 360000 * (len(lines) + 1))))


def build(out: Path = OUT) -> Path:
    document = docx.Document()
    document.add_paragraph("内部资料　注意保存")
    shape_id = 1
    _add_box(document.add_paragraph(), MASTHEAD, shape_id)
    for line in TOC:
        document.add_paragraph(line)
    for kind, content in BODY:
        if kind == "p":
            document.add_paragraph(content)
            continue
        shape_id += 1
        text, lines = ("", content) if kind == "box" else content
        _add_box(document.add_paragraph(text), lines, shape_id)
    for line in CLOSING:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    for cell, text in zip(table.rows[0].cells, ISSUED):
        cell.text = text
    table.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    save_docx(document, out, _dt.datetime(2025, 12, 29, 9, 0, 0))
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
