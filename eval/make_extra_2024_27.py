"""Regenerate eval/extra_briefings/extra_2024_27.doc, the thirteenth synthetic issue (2024年第27期) of the extra corpus.

A legacy Word 97-2003 file (.doc, OLE2 compound file), as many county offices still send a 简报. The issue is written
as a .docx with python-docx laid out as a 红头 template has it — `内部资料　注意保存`, the red 36 pt title
`江苏应急管理简报`, the issue line with `（总第318期）`, the office and the date on one line with a tab, and a red rule
(a bottom border of that paragraph) — then 目　　录, 【工作动态】/【地方动态】 as body paragraphs, points typed in the text
(一是…四是 inline, （一）…（三） sub-headings, 1. 2. 3. paragraphs), a Word table, a 报：/送： block and the 印发 line.
It is then converted ONCE to .doc with LibreOffice headless (installed on the machine that made it for that alone;
CI never regenerates the .doc, which is committed):

    python eval/make_extra_2024_27.py /tmp/x/extra_2024_27.docx
    soffice --headless --convert-to doc:"MS Word 97" --outdir eval/extra_briefings /tmp/x/extra_2024_27.docx

`eval/extra_2024_27.doc.txt` is the committed plain-text rendering of the .doc (what the app's reader, catdoc, gives),
which eval/check_gold.py (stdlib only) reads in place of the binary file; tests/test_doc_d20.py checks that it is
what the reader gives. Content is invented: never cite it as fact.
"""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_fixture import save_docx  # noqa: E402

OUT = Path(__file__).resolve().parent / "extra_briefings" / "extra_2024_27.docx"
RED = RGBColor(0xE6, 0x00, 0x12)

TOC = [
    "【工作动态】",
    "全省城镇燃气安全专项整治工作推进会召开",
    "【地方动态】",
    "淮安市盱眙县：“三个一律”护航龙虾节大型活动安全",
    "南通市启东市：“三色分级”管好生物医药企业实验室",
    "徐州市新沂市：全链条整治烟花爆竹经营安全",
]

# (kind, text): "col" a column line; "title" an article title (bold, centred); "p" body; "sub" a bold sub-heading;
# "table" a Word table (rows of cells).
BODY = [
    ("col", "【工作动态】"),
    ("title", "全省城镇燃气安全专项整治工作推进会召开"),
    ("p", "11月13日，全省城镇燃气安全专项整治工作推进会在南京召开。会议通报了全省城镇燃气安全专项整治进展情况，"
          "部署今冬明春燃气安全工作。"),
    ("p", "会议指出，专项整治开展以来，全省累计排查燃气经营企业486家、餐饮等用气场所21.7万家，发现各类隐患12.4万处，"
          "已整改11.9万处；完成老旧燃气管道更新改造3260公里，同比增长27.5%；为14.8万户居民用户加装燃气泄漏报警装置。"
          "今年1至10月，全省燃气事故起数同比下降34.2%。"),
    ("p", "会议要求，一是紧盯餐饮场所，年底前实现餐饮用户“瓶改管”和安全装置安装全覆盖；二是严查“黑气”窝点，会同公安、"
          "市场监管等部门开展联合执法；三是加快管网更新，2025年拟再改造老旧管道2800公里；四是压实属地责任，对整治不力"
          "的地区实行约谈通报。"),
    ("col", "【地方动态】"),
    ("title", "淮安市盱眙县：“三个一律”护航龙虾节大型活动安全"),
    ("p", "今年6至7月，盱眙县举办第二十四届中国·盱眙国际龙虾节，各项活动累计接待游客36.8万人次。县应急管理局牵头"
          "对活动场所实行“三个一律”安全管理，活动期间未发生安全事故。"),
    ("sub", "（一）方案不审批的一律不举办"),
    ("p", "县里对龙虾节开幕式、万人龙虾宴等17项大型活动逐项制定安全工作方案，组织公安、消防、住建等部门联合审核，"
          "对2项方案提出修改意见后方才批准。"),
    ("sub", "（二）隐患不整改的一律不开放"),
    ("p", "活动前，对主会场、龙虾一条街等场所开展联合检查，检查餐饮经营户1260家，发现隐患835处，已全部整改到位；"
          "对43家未安装燃气泄漏报警装置的餐饮户责令停业整改。"),
    ("sub", "（三）力量不到位的一律不启动"),
    ("p", "每场活动配备安保人员不少于300名，在主会场前置消防车6辆、救护车4辆，活动期间累计投入各类保障力量1.2万人次。"),
    ("title", "南通市启东市：“三色分级”管好生物医药企业实验室"),
    ("p", "启东市现有生物医药企业152家，其中设有研发实验室的98家，储存使用危险化学品的实验室共412间。今年以来，启东市"
          "应急管理局对企业实验室实行“三色分级”管理。"),
    ("p", "1.摸清底数。逐间核查实验室危险化学品种类和存量，建立“一室一档”，将实验室分为红、黄、绿三色，其中红色实验室"
          "37间、黄色实验室126间。"),
    ("p", "2.分级监管。红色实验室每月检查1次，黄色实验室每季度检查1次，绿色实验室纳入企业自查。今年共检查实验室"
          "1030间次，发现隐患1946处，已整改1872处，整改率96.2%。"),
    ("p", "3.以奖促改。对主动整改并降级的实验室给予奖励，已发放奖励资金86万元，拟于年底前再发放54万元。"),
    ("title", "徐州市新沂市：全链条整治烟花爆竹经营安全"),
    ("p", "新沂市现有烟花爆竹批发企业2家、零售经营网点683个。为迎接元旦春节销售旺季，新沂市应急管理局从10月起开展"
          "烟花爆竹经营安全全链条整治。一是源头核查，对2家批发企业仓库开展“体检式”检查，核定库存不超过设计库容；"
          "二是网点整治，对零售网点逐一检查，取缔无证经营网点27个，查扣非法烟花爆竹1.36万箱；三是流向管控，"
          "批发企业全部使用流向登记系统，实现“一箱一码”可追溯。"),
    ("p", "各镇（街道）零售网点检查情况如下："),
    ("table", [
        ["镇（街道）", "零售网点（个）", "排查隐患（处）", "已整改（处）"],
        ["新安街道", "126", "218", "211"],
        ["北沟街道", "94", "163", "160"],
        ["棋盘镇", "58", "97", "97"],
        ["其他镇（街道）", "405", "689", "652"],
    ]),
    ("p", "下一步，新沂市将在春节前对全市零售网点再开展一轮全覆盖检查。"),
]

CLOSING = [
    "报：省委、省政府领导同志，应急管理部办公厅。",
    "送：省安委会各成员单位，各设区市应急管理局。",
    "江苏省应急管理厅办公室\t2024年11月18日印发",
]


def _red_rule(paragraph) -> None:
    """The 红头's red line: a thick red bottom border on the office/date paragraph."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="24" w:space="4" '
                         f'w:color="E60012"/></w:pBdr>'))


def build(out: Path = OUT) -> Path:
    document = docx.Document()
    document.add_paragraph("内部资料　注意保存")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("江苏应急管理简报")
    run.bold, run.font.size, run.font.color.rgb = True, Pt(36), RED
    document.add_paragraph("2024年第27期（总第318期）").alignment = WD_ALIGN_PARAGRAPH.CENTER
    _red_rule(document.add_paragraph("江苏省应急管理厅办公室\t2024年11月15日"))
    document.add_paragraph("目　　录").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TOC:
        document.add_paragraph(line)
    for kind, content in BODY:
        if kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
            continue
        paragraph = document.add_paragraph()
        run = paragraph.add_run(content)
        if kind in ("title", "sub", "col"):
            run.bold = True
        if kind == "title":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in CLOSING:
        document.add_paragraph(line)
    save_docx(document, out, _dt.datetime(2024, 11, 18, 9, 0, 0))
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
