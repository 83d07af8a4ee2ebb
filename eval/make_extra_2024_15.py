"""Regenerate eval/extra_briefings/extra_2024_15.docx, the tenth synthetic issue (2024年第15期) of the extra corpus.

A Word layout none of the other fixtures use: the editor's **draft with track changes (修订) still on**, never
accepted, as such a file often reaches staff. What Word shows with the changes applied is the current text; the
file holds more and less than that:
- inserted runs (``w:ins``) ARE the text, deleted runs (``w:del`` / ``w:delText``) are NOT: a corrected figure
  (deleted 120家, inserted 126家), a deleted whole sentence, an inserted sentence; a paragraph moved from after
  the lead to the end of its article (``w:moveFrom`` at the old place, ``w:moveTo`` at the new one);
- comments (批注: ``w:commentRangeStart`` … ``w:commentReference`` and comments.xml) whose text holds figures and
  names that are not the briefing's text;
- content controls (``w:sdt``) at body level around the masthead block and around one article's points, and an
  inline one around a date inside a paragraph (python-docx's ``document.paragraphs`` and ``Paragraph.text`` see
  none of them, nor any ``w:ins`` / ``w:moveTo`` run);
- a footnote (脚注, footnotes.xml) giving a data source with a figure; a run wrapped in a hyperlink; complex fields
  (``w:fldChar`` / ``w:instrText``): the masthead date is a CREATEDATE field and a date in the 兴化 article a REF
  field, whose instruction text is not text while the result is.
Content is invented: never cite it as fact.

Run: python eval/make_extra_2024_15.py  (needs python-docx; writes the file next to the other fixtures).
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_fixture import save_docx  # noqa: E402

OUT = Path(__file__).resolve().parent / "extra_briefings" / "extra_2024_15.docx"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = f'xmlns:w="{_W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_AUTHOR = 'w:author="编辑部" w:date="2024-06-15T10:20:00Z"'
LINK = "http://yjt.jiangsu.gov.cn/"

# A paragraph is a list of segments: ("t", text) a plain run; ("ins", text) / ("del", text) tracked insertion /
# deletion; ("sdt", text) an inline content control; ("link", text) a hyperlink; ("fld", instruction, result) a
# complex field; ("fn", text) a footnote reference whose footnote says text; ("cmt", text, comment) a plain run
# carrying a comment; ("from", text) / ("to", text) a whole paragraph moved from / to here.
MASTHEAD = [
    [("t", "江苏应急管理简报")],
    [("t", "2024年第15期")],
    [("t", "江苏省应急管理厅办公室　　　　　　"), ("fld", 'CREATEDATE \\@ "yyyy年M月d日" \\* MERGEFORMAT', "2024年6月14日")],
]
TOC = [
    "目　　录",
    "【工作动态】全省人员密集场所消防安全整治推进会召开",
    "【地方动态】张家港市：液体化工储罐区“四个一”安全管控",
    "【地方动态】如皋市：涉氨制冷企业“清单化”整治",
    "【地方动态】兴化市：粮食烘干企业安全整治",
]
MEETING = [
    [("t", "【工作动态】")],
    [("t", "全省人员密集场所消防安全整治推进会召开")],
    [("sdt", "6月12日"), ("t", "，全省人员密集场所消防安全整治推进会在南京召开。会议总结了今年以来整治工作进展，部署夏季"
                                 "消防安全检查工作。"),
     ("del", "会议以视频形式开到各设区市和县（市、区），共设分会场118个。")],
    [("t", "会议通报，今年1—5月，全省共检查商场市场、宾馆饭店、养老机构等人员密集场所4.7万家次，督促整改火灾隐患"),
     ("del", "9.8万处"), ("ins", "10.3万处"), ("t", "，同比增长12.6%；临时查封场所1860处。"),
     ("ins", "全省已有3.2万家人员密集场所完成消防安全标准化达标。"),
     ("t", "全省人员密集场所火灾起数同比下降8.4%。")],
    [("t", "会议要求，各地要对照"), ("link", "《江苏省人员密集场所消防安全整治工作方案》"),
     ("t", "，一是紧盯夏季用电高峰，开展电气线路专项检查；二是紧盯养老机构、学校等场所，落实“一场所一档”；"
           "三是紧盯疏散通道和安全出口，严查锁闭堵塞；四是紧盯基层网格，推动“九小场所”检查全覆盖。省财政今年安排"
           "专项资金"),
     ("cmt", "1.8亿元", "办公室意见：此数以省财政厅5月28日批复为准，初稿为2.1亿元。（审核人：周明）"),
     ("t", "，支持消防基础设施改造。")],
]
ZJG_TITLE = [[("t", "【地方动态】")], [("t", "张家港市：液体化工储罐区“四个一”安全管控")],
             [("t", "张家港市现有液体化工储罐区23个、储罐1460座，总罐容约520万立方米。今年以来，张家港市应急管理局"
                    "聚焦储罐区“大储量、高风险”特点，推行“四个一”安全管控。")]]
ZJG_POINTS = [  # inside a body-level content control
    [("t", "（一）一罐一档。为每座储罐建立电子档案，录入储存介质、罐容、检测记录等信息，已建档1460座。")],
    [("t", "（二）一区一图。绘制储罐区安全风险四色分布图，划定重大风险区域17处，明确管控责任人"),
     ("ins", "86名"), ("t", "。")],
    [("t", "（三）一日一巡。企业每日开展储罐巡检，市应急管理局组织专家每月抽查，1—5月共发现并整改问题隐患683处。")],
    [("t", "（四）一键联动。建成储罐区安全风险监测预警系统，接入液位、温度、可燃气体等监测点位8900余个，"
           "预警信息5分钟内推送到企业和属地。")],
]
ZJG_END = [[("t", "今年以来，全市液体化工储罐区未发生生产安全事故。")]]
RUGAO = [
    [("t", "如皋市：涉氨制冷企业“清单化”整治")],
    [("t", "如皋市食品加工、冷链物流企业较多，涉氨制冷企业安全风险较高。今年3月起，如皋市对全市"),
     ("del", "120家"), ("ins", "126家"),
     ("cmt", "涉氨制冷企业", "李科长：原统计含已停产企业，共135家，请核实口径。"),
     ("t", "开展“清单化”专项整治。")],
    [("t", "一是列出隐患清单。组织专家对液氨储罐、管道、阀门逐一检测，发现问题隐患1124处，已整改1087处。"
           "二是列出改造清单。推动43家企业实施氨制冷系统改造，其中11家改用二氧化碳等安全冷媒。"
           "三是列出执法清单。会同市场监管、消防救援等部门开展联合检查，立案处罚企业19家，罚款合计"),
     ("del", "89.5万元"), ("ins", "96.5万元"), ("t", "。")],
]
XINGHUA = [
    [("t", "兴化市：粮食烘干企业安全整治")],
    [("t", "兴化市是全国产粮大县，现有粮食烘干企业（点）680余家、烘干机2150台"),
     ("fn", "数据来源：兴化市农业农村局2023年统计，其中日烘干能力300吨以上的企业94家。"),
     ("t", "。今年夏粮收购前，兴化市对粮食烘干企业开展为期两个月的安全整治，截至"),
     ("fld", "REF 统计截止日 \\h", "5月31日"), ("t", "取得阶段性成效。")],
    [("from", "下一步，兴化市将把粮食烘干企业纳入网格化日常巡查，确保夏粮收购期间安全稳定。")],
    [("t", "（一）排查到位。组织乡镇网格员逐点检查烘干机燃烧炉、提升机、输送设备，排查问题隐患2630处，已整改2480处。")],
    [("t", "（二）培训到位。对烘干机操作人员开展集中培训，"), ("del", "共培训8000余人次。"),
     ("ins", "共培训1.2万人次，持证上岗率达96%。")],
    [("t", "（三）保险到位。推动粮食烘干企业投保安全生产责任保险，已投保412家，保费由市财政补贴30%。")],
    [("to", "下一步，兴化市将把粮食烘干企业纳入网格化日常巡查，确保夏粮收购期间安全稳定。")],
]
CLOSING = [
    "报：省委、省政府领导同志，应急管理部办公厅。",
    "送：省安委会各成员单位，各设区市应急管理局。",
    "江苏省应急管理厅办公室　　　　　　　　　2024年6月17日印发",
]


class _Writer:
    def __init__(self, document):
        self.document = document
        self.body = document.element.body
        self.next_id = 100
        self.footnotes: list[str] = []
        self.comments: list[tuple] = []  # (w:p element, text of the run, comment)
        self.link_rid = document.part.relate_to(LINK, RT.HYPERLINK, is_external=True)

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    @staticmethod
    def _run(text: str, tag: str = "t") -> str:
        return f'<w:r><w:{tag} xml:space="preserve">{escape(text)}</w:{tag}></w:r>'

    def _segment(self, seg) -> str:
        kind, text = seg[0], seg[1]
        if kind in ("t", "cmt"):
            return self._run(text)
        if kind == "ins":
            return f'<w:ins w:id="{self._id()}" {_AUTHOR}>{self._run(text)}</w:ins>'
        if kind == "del":
            return f'<w:del w:id="{self._id()}" {_AUTHOR}>{self._run(text, "delText")}</w:del>'
        if kind == "sdt":
            return (f'<w:sdt><w:sdtPr><w:alias w:val="会议日期"/><w:id w:val="{self._id()}"/><w:date w:fullDate='
                    f'"2024-06-12T00:00:00Z"><w:dateFormat w:val="M月d日"/><w:lid w:val="zh-CN"/></w:date></w:sdtPr>'
                    f'<w:sdtContent>{self._run(text)}</w:sdtContent></w:sdt>')
        if kind == "link":
            return f'<w:hyperlink r:id="{self.link_rid}" w:history="1">{self._run(text)}</w:hyperlink>'
        if kind == "fld":
            return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    f'<w:r><w:instrText xml:space="preserve"> {escape(text)} </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                    f'{self._run(seg[2])}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        if kind == "fn":
            self.footnotes.append(text)
            return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{len(self.footnotes)}"/></w:r>')
        raise ValueError(kind)

    def paragraph(self, segments, parent=None) -> None:
        kind, text = segments[0][0], segments[0][1]
        if kind in ("from", "to"):  # a whole moved paragraph, its mark moved too
            tag, rid = ("moveFrom", "move1") if kind == "from" else ("moveTo", "move1")
            mark, rng = self._id(), self._id()
            xml = (f'<w:p {_NS}><w:pPr><w:rPr><w:{tag} w:id="{mark}" {_AUTHOR}/></w:rPr></w:pPr>'
                   f'<w:{tag}RangeStart w:id="{rng}" w:name="{rid}" {_AUTHOR}/>'
                   f'<w:{tag} w:id="{self._id()}" {_AUTHOR}>{self._run(text)}</w:{tag}>'
                   f'<w:{tag}RangeEnd w:id="{rng}"/></w:p>')
        else:
            xml = f'<w:p {_NS}>{"".join(self._segment(s) for s in segments)}</w:p>'
        element = parse_xml(xml)
        if parent is not None:
            parent.append(element)
        else:
            self.body.sectPr.addprevious(element)
        self.comments.extend((element, s[1], s[2]) for s in segments if s[0] == "cmt")

    def content_control(self, alias: str, tag: str, paragraphs) -> None:
        sdt = parse_xml(f'<w:sdt {_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                        f'<w:id w:val="{self._id()}"/></w:sdtPr><w:sdtContent/></w:sdt>')
        self.body.sectPr.addprevious(sdt)
        content = sdt.find(f"{{{_W_NS}}}sdtContent")
        for segments in paragraphs:
            self.paragraph(segments, content)

    def finish(self) -> None:
        for element, text, comment in self.comments:
            run = next(r for r in Paragraph(element, self.document._body).runs if r.text == text)
            added = self.document.add_comment(run, text=comment, author="审核人", initials="SH")
            added._comment_elm.set(qn("w:date"), "2024-06-15T11:00:00Z")  # python-docx stamps the current time
        notes = "".join(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'{self._run(" " + text)}</w:p></w:footnote>' for n, text in enumerate(self.footnotes, 1))
        blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {_NS}>'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                f'</w:p></w:footnote>{notes}</w:footnotes>').encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", blob,
                    self.document.part.package)
        self.document.part.relate_to(part, RT.FOOTNOTES)


def build(out: Path = OUT) -> Path:
    document = docx.Document()
    writer = _Writer(document)
    writer.paragraph([("t", "内部资料　注意保存")])
    writer.content_control("报头", "masthead", MASTHEAD)
    for line in TOC:
        writer.paragraph([("t", line)])
    for segments in MEETING + ZJG_TITLE:
        writer.paragraph(segments)
    writer.content_control("要点", "points", ZJG_POINTS)
    for segments in ZJG_END + RUGAO + XINGHUA:
        writer.paragraph(segments)
    for line in CLOSING:
        writer.paragraph([("t", line)])
    writer.finish()
    save_docx(document, out, _dt.datetime(2024, 6, 17, 9, 0, 0))
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
