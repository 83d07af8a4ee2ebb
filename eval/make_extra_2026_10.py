"""Regenerate eval/extra_briefings/extra_2026_10.pdf, the tenth synthetic issue (2026年第10期) of the extra corpus.

A text-layer PDF (reportlab, STSong-Light, A4) whose text layer is what real PDFs exported from Word/WPS give:
- the font's ToUnicode CMap sends every ideograph that is also a KANGXI RADICAL (U+2F00–U+2FD5) to the radical
  (工 → ⼯, 生 → ⽣, 人 → ⼈, 一 → ⼀, 日 → ⽇, 月 → ⽉, 行 → ⾏, 大 → ⼤, 入 → ⼊ …) and a few others to CJK
  COMPATIBILITY IDEOGRAPHS (U+F900–U+FAFF: 率, 理, 料, 利, 量, 六), as happens when the embedded font's cmap maps
  both code points to one glyph and the exporter writes the first one into the ToUnicode map: the page shows
  ``安全生产工作``, a text extractor gives ``安全⽣产⼯作`` and ``2026年3⽉20⽇``;
- lines set with 分散对齐 or widened character spacing (the masthead, ``目　　录``, the article titles, one body
  paragraph) are drawn as TJ arrays whose per-character adjustments pypdf reads as spaces (``江 苏 应 急 …``);
- full-width and half-width digits, letters and punctuation mixed (``２０２６年第１０期``, ``％`` after half-width
  digits, ``Ａ级``, ``(一)`` beside ``（市、区）``, a half-width ``:`` after one title's place name).
The layout otherwise follows eval/make_extra_2025_20.py: masthead, 目录 with leaders, 【工作动态】/【地方动态】,
points as 一是…四是, (一)(二)(三) and 1.–5., a ruled table (one extracted line per cell), 报：/送： and the 印发 line.
Content is invented in the style of the real briefings: never cite it as fact.

Run: python eval/make_extra_2026_10.py  (needs reportlab; writes the file next to the other fixtures).
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_fixture import FONT, briefing_styles, closing_story, ruled_table, toc_story, write_pdf  # noqa: E402

OUT = Path(__file__).resolve().parent / "extra_briefings" / "extra_2026_10.pdf"
HEADER = "江苏应急管理简报　2026年第10期"
MASTHEAD = ["江苏应急管理简报", "２０２６年第１０期", "江苏省应急管理厅办公室　编　　　　　　　　　　2026年3月20日"]
COMPAT = {"率": "\uf961", "理": "\uf9e4", "料": "\uf9be", "利": "\uf9dd", "量": "\uf97e", "六": "\uf9d1"}

TOC = [
    ("【工作动态】", None),
    ("全省春季森林防灭火暨清明假期安全防范工作视频会议召开", "1"),
    ("【地方动态】", None),
    ("南京江北新区:“智慧工地”管住建筑起重机械", "2"),
    ("镇江句容市：乡村旅游景区节假日安全“四个到位”", "2"),
    ("常州市金坛区：锂电新能源企业消防安全“五个一”", "3"),
]

# (style, text): "sec" section marker, "title" article title (spread), "p" body paragraph, "spread" a one-line
# body paragraph set with 分散对齐, "caption", "table" rows of cells.
BODY = [
    ("sec", "【工作动态】"),
    ("title", "全省春季森林防灭火暨清明假期安全防范工作视频会议召开"),
    ("p", "3月18日，全省春季森林防灭火暨清明假期安全防范工作视频会议在南京召开。会议通报了1至2月全省安全生产和"
          "森林防灭火形势，部署清明假期前后重点工作。省应急管理厅主要负责同志出席会议并讲话，各设区市、县（市、区）"
          "设分会场。"),
    ("p", "会议指出，今年1至2月，全省共发生生产安全事故96起、死亡83人，同比分别下降12.7％和9.8％；全省共发生森林"
          "火情7起，过火面积26.4公顷，同比下降41.6％，未发生人员伤亡。春节期间，全省各级累计出动检查人员4.3万人次，"
          "检查企业和场所2.16万家，发现并整改隐患3.8万余处。"),
    ("p", "会议要求，各地要紧盯清明祭扫、春耕备耕和踏青出游等重点时段，全力防范森林火灾和各类事故。一是严管野外"
          "火源，在重点林区、墓区入口设立检查卡点，落实“进山检查、出山登记”制度；二是强化巡护值守，全省组织护林员、"
          "网格员等巡护力量5.6万人，实行重点时段24小时值守；三是抓实隐患排查，围绕人员密集场所、危化品、建筑施工等"
          "领域开展复工复产专项检查；四是做足应急准备，在重点林区前置专业扑火队伍126支、扑火机具1.9万台(套)。"),
    ("p", "会议明确，省财政今年安排森林防灭火专项资金4800万元，比上年增加600万元，重点支持丘陵山区市县配备以水"
          "灭火装备和建设防火隔离带。"),
    ("sec", "【地方动态】"),
    ("title", "南京江北新区:“智慧工地”管住建筑起重机械"),
    ("p", "江北新区在建房屋市政工程项目多，现有在用塔式起重机1136台、施工升降机842台，起重机械一旦失控，极易造成"
          "群死群伤。去年以来，新区依托“智慧工地”监管平台，推动建筑起重机械安全监管由“人盯”向“数控”转变。"),
    ("p", "(一)装上“黑匣子”。为全部在用塔式起重机加装安全监控系统，实时采集起重量、力矩、幅度、风速等数据，超限时"
          "自动报警并切断危险方向动作，累计发出预警提示2.7万次。"),
    ("p", "(二)戴上“身份证”。推行起重机械“一机一码”，扫码即可查看产权备案、安装验收、维保检测和司机持证情况，共"
          "赋码1978台，清退超期服役起重机械57台。"),
    ("p", "(三)用好“回头看”。对预警频次高的项目实行约谈制度，今年以来约谈施工单位负责人43人次，对9家拒不整改的企业"
          "依法立案处罚，罚款金额合计126.5万元。"),
    ("p", "去年全年，江北新区未发生建筑起重机械生产安全事故，起重机械隐患数量同比下降35.2％。"),
    ("title", "镇江句容市：乡村旅游景区节假日安全“四个到位”"),
    ("p", "句容市地处宁镇山脉，有Ａ级旅游景区23家、乡村旅游点186个，节假日游客集中，山地森林、水域、游乐设施等风险"
          "交织。今年春节假期，句容市共接待游客112.6万人次，同比增长18.3％，实现了安全平稳。"),
    ("p", "一是预案到位。“一景一案”修订应急预案209份，组织景区开展应急演练64场次。二是检查到位。联合文旅、市场监管、"
          "消防等部门检查游乐设施、索道、漂流等高风险项目，排查整改隐患318处。三是力量到位。在茅山、宝华山等重点景区"
          "设置临时救援点17个，配备救援人员420名。四是疏导到位。对游客量超过最大承载量80％的景区启动限流，节日期间"
          "累计发布预警提示信息3.2万条。"),
    ("spread", "截至3月15日，句容市已完成19家Ａ级景区安全复查。"),
    ("title", "常州市金坛区：锂电新能源企业消防安全“五个一”"),
    ("p", "金坛区是全省重要的动力电池生产基地，现有锂电新能源及配套企业158家，其中规模以上企业64家，2025年产值突破"
          "1200亿元。锂电池生产、仓储环节热失控风险高，一旦起火扑救难度大。金坛区从今年1月起在锂电企业推行消防安全"
          "“五个一”工作法。"),
    ("p", "1.一张风险图。对企业电芯生产、化成分容、仓储等环节逐一辨识，绘制风险分布图158张，标定重点部位1046处。"),
    ("p", "2.一支专职队。推动规模以上企业建立专职消防队，新增专职消防队员380名，配备电池火灾专用灭火装置215套。"),
    ("p", "3.一套监测网。在电池仓库、化成车间安装温度、烟雾和可燃气体监测探头9400余个，全部接入区级监管平台。"),
    ("p", "4.一次全员训。组织企业全员消防培训，累计培训员工3.5万人次。"),
    ("p", "5.一份责任险。引导企业投保安全生产责任保险，保障金额达到8.6亿元。重点企业隐患整改情况见下表："),
    ("caption", "表　金坛区锂电企业隐患整改情况(截至2月底)"),
    ("table", [("类别", "企业数(家)", "排查隐患(处)", "已整改(处)"),
               ("电芯制造", "21", "486", "463"),
               ("电池材料", "37", "612", "590"),
               ("仓储物流", "48", "355", "355")]),
    ("p", "今年1至2月，金坛区锂电企业未发生火灾事故，全区工贸企业火灾起数同比下降27.3％。"),
]

CLOSING = [
    "报：省委、省政府领导同志，应急管理部。",
    "送：省安委会各成员单位，各设区市应急管理局。",
    "江苏省应急管理厅办公室　　　　　2026年3月23日印发",
]


def unicode_of(char: str) -> str:
    """What the exported ToUnicode map says ``char`` is: its Kangxi radical, a compatibility ideograph, or itself."""
    return RADICAL.get(char) or COMPAT.get(char) or char


# Every unified ideograph that has a Kangxi-radical twin (NFKC folds the radical to it), to that radical.
RADICAL = {unicodedata.normalize("NFKC", chr(cp)): chr(cp) for cp in range(0x2F00, 0x2FD6)}


def _all_text() -> str:
    parts = MASTHEAD + [HEADER, "目　　录", "·- 0123456789"] + CLOSING
    parts += [t for t, _ in TOC]
    for kind, content in BODY:
        parts += ["".join("".join(row) for row in content)] if kind == "table" else [content]
    return "".join(parts)


def _to_unicode_cmap(chars: str) -> bytes:
    """A ToUnicode CMap for the 2-byte UCS-2 codes of ``chars`` (one bfchar entry each, 100 to a block)."""
    entries = [f"<{ord(c):04X}> <{ord(unicode_of(c)):04X}>" for c in sorted(set(chars))]
    blocks = []
    for i in range(0, len(entries), 100):
        chunk = entries[i:i + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + "\n".join(blocks) +
            "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode("ascii")


def _exported_font():
    """STSong-Light whose font dictionary carries the exporter's ToUnicode CMap."""
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfdoc import PDFStream

    class ExportedFont(UnicodeCIDFont):
        def addObjects(self, doc):
            super().addObjects(doc)
            internal = doc.fontMapping[self.name][1:]
            doc.idToObject[internal].dict["ToUnicode"] = doc.Reference(PDFStream(content=_to_unicode_cmap(_all_text())))

    return ExportedFont(FONT)


def _spread_flowable(text: str, size: float, leading: float, fill: bool, step: int = 300):
    """One line drawn as a TJ array with a gap after every character: spread to the frame width (``fill``,
    分散对齐) or widened by ``step``/1000 em and centred (字符间距加宽)."""
    from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
    from reportlab.platypus import Flowable

    class Spread(Flowable):
        def wrap(self, avail_width, avail_height):
            self.width = avail_width
            return avail_width, leading

        def draw(self):
            natural = stringWidth(text, FONT, size)
            gap = step
            if fill and len(text) > 1:
                gap = int((self.width - natural) / (len(text) - 1) * 1000 / size)
            total = natural + gap * size / 1000 * (len(text) - 1)
            x = 0 if fill else max(0.0, (self.width - total) / 2)
            canvas = self.canv
            obj = canvas.beginText(x, leading - size)
            obj.setFont(FONT, size)
            font = getFont(FONT)
            items = [f"({font.formatForPdf(ch)})" + (f" -{gap}" if i < len(text) - 1 else "") for i, ch in enumerate(text)]
            obj._code.append("[" + " ".join(items) + "] TJ")
            canvas.drawText(obj)

    return Spread()


def _story(styles):
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    story = [_spread_flowable(MASTHEAD[0], 30, 44, fill=True),
             Paragraph(MASTHEAD[1], styles["issue"]),
             Paragraph(MASTHEAD[2], styles["office"]),
             HRFlowable(width="100%", thickness=1.5, color=colors.red, spaceBefore=2, spaceAfter=4),
             _spread_flowable("目　　录", 14, 24, fill=False, step=400)]
    story += toc_story(TOC, styles)
    for kind, content in BODY:
        if kind == "table":
            story += ruled_table(content)
        elif kind == "title":
            story += [Spacer(1, 6), _spread_flowable(content, 15, 26, fill=False, step=250), Spacer(1, 4)]
        elif kind == "spread":
            story.append(_spread_flowable(content, 12, 22, fill=True))
        else:
            story.append(Paragraph(content, styles[kind]))
    return story + closing_story(CLOSING, styles)


def build(out: Path = OUT) -> Path:
    return write_pdf(out, lambda: _story(briefing_styles(centred_titles=True)), HEADER, "- {page} -",
                     "江苏应急管理简报 2026年第10期", font=_exported_font())


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
