"""Regenerate eval/extra_briefings/extra_2025_26.docx, the seventh synthetic issue (2025年第26期) of the extra corpus.

A Word layout none of the other fixtures use: the structure is carried by Word styles and automatic list
numbering, not by the text. Column headings are ``Heading 1`` paragraphs numbered ``一、二、`` by Word, article
titles ``Heading 2`` paragraphs, one article's points ``Heading 3`` paragraphs numbered ``（一）（二）（三）`` by
Word and another's ``List Number`` paragraphs numbered ``1.2.3.4.`` by Word: none of these markers is in the
paragraph text. The masthead puts office, issue and date in one tab-separated paragraph; the 目录 is a Word
table of contents (title, tab, page number); the 编者按 stands in a one-cell framed table; an article ends with a
``附件`` caption over a Word table (地区 / 企业数 / 排查隐患 / 已整改, with a 合计 row); a page break sits in the
body and the page numbers are a PAGE field in the footer (not body text). Content is invented: never cite it as fact.

Run: python eval/make_extra_2025_26.py  (needs python-docx; writes the file next to the other fixtures).
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_fixture import save_docx  # noqa: E402

OUT = Path(__file__).resolve().parent / "extra_briefings" / "extra_2025_26.docx"

# Word list definitions: (abstractNum id, numFmt, lvlText). chineseCounting prints 一二三 in Word and WPS.
LISTS = {"section": (71, "chineseCounting", "%1、"), "point": (72, "chineseCounting", "（%1）"),
         "number": (73, "decimal", "%1.")}

TOC = [
    ("一、工作动态", None),
    ("全省危险化学品安全风险集中治理推进会召开", 1),
    ("二、地方动态", None),
    ("常州市：“企业安全码”赋能工贸企业精准监管", 2),
    ("泰州市：多措并举推进船舶修造行业安全整治", 3),
    ("江阴市：“百名专家进千企”精准帮扶中小企业", 4),
]

# (kind, text): "sec" Heading 1 numbered 一、; "title" Heading 2; "p" body; "pt" Heading 3 numbered （一）;
# "num" List Number numbered 1.; "note" the 编者按 box; "cap" a bold caption; "table" the 附件 table; "break" a page break.
BODY = [
    ("sec", "工作动态"),
    ("title", "全省危险化学品安全风险集中治理推进会召开"),
    ("p", "10月15日，全省危险化学品安全风险集中治理推进会在南京召开。会议总结了前三季度全省危险化学品安全风险集中"
          "治理工作，部署四季度重点任务。"),
    ("p", "会议指出，今年以来，全省累计排查危险化学品企业6320家，排查整治各类隐患4.8万处，其中重大事故隐患126项，"
          "已完成整改119项；完成化工装置自动化改造1470套，同比增长18.6%。全省化工园区封闭化管理实现全覆盖，重点监管"
          "危险化工工艺企业在线监测数据接入率达到99.2%。"),
    ("p", "会议要求，四季度要紧盯岁末年初生产经营高峰，集中开展危险化学品储存、运输、使用环节专项检查，年底前完成"
          "剩余全部重大事故隐患整改。"),
    ("sec", "地方动态"),
    ("note", "编者按：工贸企业量大面广，监管力量相对不足。常州市运用“企业安全码”对工贸企业实行差异化监管，把有限的"
             "执法力量用在风险最高的企业上，做法值得各地借鉴。"),
    ("title", "常州市：“企业安全码”赋能工贸企业精准监管"),
    ("p", "常州市现有规模以上工贸企业5860家。今年以来，常州市应急管理局依托全市安全生产信息化平台，为工贸企业赋予"
          "红、橙、黄、蓝四色“企业安全码”，按码分级实施精准监管，前三季度全市工贸行业事故起数同比下降21.4%。"),
    ("pt", "一企一码，动态赋码"),
    ("p", "综合企业行业类别、重大危险源、隐患整改、执法处罚等9类32项指标，对企业安全风险实行量化评分，每月自动"
          "更新赋码结果。目前全市已赋码企业5860家，其中红码企业47家、橙码企业312家。"),
    ("pt", "按码施策，分级监管"),
    ("p", "对红码企业每月至少检查1次，橙码企业每季度至少检查1次，黄码、蓝码企业纳入“双随机”抽查。前三季度共开展"
          "执法检查3920家次，立案处罚286起，罚款金额1135万元。"),
    ("pt", "码上服务，促改提升"),
    ("p", "企业扫码即可查看本企业扣分事项和整改要求，完成整改后可在线申请“转码”。今年已有196家企业由红码、橙码"
          "转为黄码或蓝码。全市还组织安全生产专家“码上问诊”服务620场次。"),
    ("p", "下一步，常州市计划年底前将“企业安全码”推广到全市1.2万家小微工贸企业。"),
    ("break", ""),
    ("title", "泰州市：多措并举推进船舶修造行业安全整治"),
    ("p", "泰州市是全省船舶修造重点地区，现有船舶修造企业182家，年造船完工量约860万载重吨。今年5月起，泰州市在"
          "全市开展为期半年的船舶修造行业安全专项整治。"),
    ("num", "压实企业主体责任。组织全市182家船舶修造企业主要负责人签订安全承诺书，督促企业配齐专职安全管理人员"
            "640名，对分段制造、涂装、密闭舱室作业等高风险环节实行“作业票”管理。"),
    ("num", "聚焦重点环节检查。围绕有限空间、动火作业、高处作业和起重吊装等环节，市县两级组建专家检查组27个，"
            "对全市船舶修造企业开展全覆盖检查，发现问题隐患2415处。"),
    ("num", "强化科技监管手段。在重点船企船坞、舱室作业区域安装视频监控和可燃气体监测报警装置1960台（套），推动"
            "大型船企实现作业人员定位全覆盖。"),
    ("num", "开展全员培训演练。组织船企作业人员安全培训2.6万人次，开展密闭舱室中毒窒息、火灾事故等应急演练138场。"),
    ("cap", "附件：泰州市船舶修造行业安全整治进展情况"),
    ("table", [
        ["地区", "企业数（家）", "排查隐患（处）", "已整改（处）"],
        ["靖江市", "71", "986", "941"],
        ["泰兴市", "48", "612", "590"],
        ["兴化市", "26", "298", "285"],
        ["海陵区、高港区等", "37", "519", "502"],
        ["合计", "182", "2415", "2318"],
    ]),
    ("title", "江阴市：“百名专家进千企”精准帮扶中小企业"),
    ("p", "今年3月起，无锡江阴市组织开展“百名专家进千企”安全生产指导服务活动。一是组建专家库，从高校、科研院所和"
          "大型企业遴选化工、机械、冶金等领域专家118名，按行业编成12个服务小组。二是精准开展诊断，专家对企业安全"
          "管理、设备设施、作业现场进行“全科体检”，出具“一企一单”诊断报告，指出问题隐患8760条。三是跟踪督促整改，"
          "对诊断发现的问题实行清单化闭环管理，由属地镇街逐条跟踪销号，目前已整改8315条，整改率94.9%。四是培育示范"
          "标杆，从服务企业中评选安全管理示范企业30家，组织观摩交流活动16场。"),
    ("p", "活动计划全年服务企业1500家，截至9月底已服务1126家，完成年度计划的75.1%。江阴市财政为活动安排专项经费"
          "680万元。"),
]

CLOSING = [
    "报：省委、省政府领导同志，应急管理部办公厅。",
    "送：省安委会各成员单位，各设区市应急管理局。",
    "江苏省应急管理厅办公室\t\t2025年10月20日印发",
]


def _add_lists(document) -> dict[str, int]:
    """One abstractNum and num per list kind in numbering.xml; returns the numId of each kind."""
    numbering = document.part.numbering_part.element
    ids = {}
    for kind, (aid, fmt, text) in LISTS.items():
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>')
        numbering.insert(0, abstract)  # abstractNum elements precede num elements
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{aid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
        ids[kind] = aid
    return ids


def _number(paragraph, num_id: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _page_field(paragraph) -> None:
    """`- PAGE -` in the footer: a field Word fills in, so no page number is body text."""
    paragraph.add_run("- ")
    for xml in ('<w:fldChar {} w:fldCharType="begin"/>', '<w:instrText {} xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar {} w:fldCharType="end"/>'):
        paragraph.add_run()._r.append(parse_xml(xml.format(nsdecls("w"))))
    paragraph.add_run(" -")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _box(document, text: str) -> None:
    """The 编者按 in a one-cell table with borders (a framed box)."""
    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    table.cell(0, 0).text = text


def build(out: Path = OUT) -> Path:
    document = docx.Document()
    lists = _add_lists(document)
    _page_field(document.sections[0].footer.paragraphs[0])
    document.add_paragraph("内部资料")
    document.add_paragraph("江苏应急管理简报", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("江苏省应急管理厅办公室编\t2025年第26期\t2025年10月17日")
    document.add_paragraph("目　　录", style="TOC Heading")
    for text, page in TOC:
        document.add_paragraph(text if page is None else f"{text}\t{page}")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, text in BODY:
        if kind == "note":
            _box(document, text)
        elif kind == "table":
            table = document.add_table(rows=len(text), cols=len(text[0]))
            table.style = "Table Grid"
            for r, row in enumerate(text):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        elif kind == "break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            style = {"sec": "Heading 1", "title": "Heading 2", "pt": "Heading 3", "num": "List Number"}.get(kind)
            paragraph = document.add_paragraph(text, style=style)
            if kind == "cap":
                paragraph.runs[0].bold = True
            if kind in ("sec", "pt", "num"):
                _number(paragraph, lists[{"sec": "section", "pt": "point", "num": "number"}[kind]])
    for line in CLOSING:
        document.add_paragraph(line)
    save_docx(document, out, _dt.datetime(2025, 10, 20, 9, 0, 0))
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
