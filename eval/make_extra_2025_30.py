"""Regenerate eval/extra_briefings/extra_2025_30.pdf, the eighth synthetic issue (2025年第30期) of the extra corpus.

A text-layer PDF (reportlab, STSong-Light, A4) in a writing convention none of the other fixtures use: the
issue line is all Chinese numerals (``二〇二五年　第三十期``, no Arabic digit anywhere in the masthead) over an
office line dated ``二〇二五年十二月五日``; sections 【工作动态】 / 【市县动态】 with every article title led by ``◆``;
an ``编者按：`` paragraph; figures written in Chinese numerals or mixed (三千余家, 一百二十场, 1.2万余人次,
近两成, 翻了一番, 百分之九十以上), one article typed with full-width digits (１２３６家, ９６．８％); a ruled
table whose text cells wrap over two or three printed lines (pypdf extracts the wrapped parts of one row on
separate lines); and a ``附件`` with its own table after the article bodies, before the 报/送 block. Content is
invented in the style of the real briefings: never cite it as fact.

Run: python eval/make_extra_2025_30.py  (needs reportlab; writes the file next to the other fixtures).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_fixture import briefing_styles, write_pdf  # noqa: E402

OUT = Path(__file__).resolve().parent / "extra_briefings" / "extra_2025_30.pdf"
HEADER = "江苏应急管理简报　二〇二五年第三十期"

TOC = [
    "◆ 全省岁末年初安全生产暨冬春火灾防控工作部署会召开",
    "◆ 镇江丹阳市：“三进三送”守牢眼镜产业集聚区消防安全",
    "◆ 无锡宜兴市：陶瓷窑炉企业燃气安全专项整治",
    "◆ 徐州沛县：“巡查码”织密农村自建房安全网",
]

BODY = [
    ("sec", "【工作动态】"),
    ("title", "◆ 全省岁末年初安全生产暨冬春火灾防控工作部署会召开"),
    ("p", "12月3日，全省岁末年初安全生产暨冬春火灾防控工作部署会在南京召开，会议通报了今年以来全省安全生产形势，"
          "部署岁末年初和冬春期间重点工作。"),
    ("p", "会议指出，今年以来全省各级扎实推进安全生产治本攻坚三年行动，安全生产形势总体平稳。1至11月，全省累计"
          "检查各类生产经营单位32.6万家次，发现整改隐患41.8万处，出动执法人员1.2万余人次；较大事故起数同比下降近两成，"
          "全年未发生重大及以上生产安全事故。全省兑现安全生产举报奖励资金较去年翻了一番，达到680万元。"),
    ("p", "会议强调，岁末年初是生产安全事故易发多发期，各地要做到“三个坚决”：坚决防范“赶工期、抢进度”引发的事故，"
          "坚决整治人员密集场所火灾隐患，坚决落实节日期间领导带班和二十四小时值班制度。会议要求，元旦前各设区市"
          "要完成一轮全覆盖的安全检查，检查情况见附件。"),
    ("sec", "【市县动态】"),
    ("editor", "编者按：眼镜、陶瓷、自建房，都是县域经济中“小而散”的风险点。丹阳、宜兴、沛县从产业实际出发，"
               "把监管力量下沉到村组和企业，现将有关做法刊发，供各地学习借鉴。"),
    ("title", "◆ 镇江丹阳市：“三进三送”守牢眼镜产业集聚区消防安全"),
    ("p", "丹阳市是全国最大的眼镜生产基地，全市眼镜生产经营企业三千余家，从业人员五万余人，其中“前店后厂”"
          "“楼上住人、楼下生产”的小微企业占到六成以上。今年以来，丹阳市开展“进企业、进市场、进出租房，送检查、"
          "送培训、送设施”活动，全力守牢眼镜产业集聚区消防安全。"),
    ("p", "一是进企业送检查。组建由应急、消防、市场监管人员组成的检查小组四十六个，对眼镜企业逐家上门检查，"
          "排查发现隐患八千六百余处，目前已整改百分之九十以上。二是进市场送培训。在眼镜城、眼镜市场开设消防"
          "“微课堂”，全年开展培训一百二十场，培训从业人员一万八千余人次。三是进出租房送设施。为出租房和“三合一”场所"
          "免费配发灭火器两万具、独立式烟感报警器一万五千个，对四百余户违规住人场所实施物理分隔。"),
    ("p", "活动开展以来，丹阳市眼镜产业集聚区火灾起数同比下降三成，未发生亡人火灾事故。"),
    ("title", "◆ 无锡宜兴市：陶瓷窑炉企业燃气安全专项整治"),
    ("p", "宜兴市共有陶瓷、紫砂生产企业１２３６家，其中使用燃气窑炉的企业４８２家，多数为家庭作坊式经营，"
          "燃气管线私拉乱接、窑炉与住房混建等问题较为突出。今年６月以来，宜兴市开展为期半年的陶瓷窑炉企业"
          "燃气安全专项整治。"),
    ("p", "（一）摸清底数。以丁蜀镇为重点，逐户建立窑炉企业燃气使用档案，摸排燃气窑炉１９８０台，其中液化石油气"
          "窑炉１１２０台、天然气窑炉８６０台。"),
    ("p", "（二）装上“哨兵”。市镇两级财政和企业共同出资３６５０万元，为燃气窑炉企业安装燃气泄漏报警和自动切断装置"
          "２１５０套，接入市燃气安全监管平台。"),
    ("p", "（三）限期整改。对排查出的燃气隐患实行清单管理，共排查隐患３４７０处，已整改３３６０处，整改率９６．８％；"
          "对拒不整改的２７家企业依法停气停产。"),
    ("p", "各镇（街道）整治进展如下表："),
    ("caption", "表　宜兴市重点镇（街道）陶瓷窑炉燃气整治进展"),
    ("table", [("镇（街道）", "燃气窑炉企业（家）", "排查隐患（处）", "主要做法"),
               ("丁蜀镇", "３１２", "２２６０", "推行“一窑一码”，报警装置与监管平台联网"),
               ("周铁镇", "９６", "６８０", "村企共建燃气巡查队，每周夜查一次"),
               ("新街街道", "７４", "５３０", "老旧窑炉分批改用电窑，年内淘汰燃气窑炉４０台")]),
    ("title", "◆ 徐州沛县：“巡查码”织密农村自建房安全网"),
    ("p", "沛县共有农村自建房二十一万余户，其中用作经营的自建房四千三百余户。今年以来，沛县为用作经营的农村"
          "自建房逐户张贴“巡查码”，村级网格员扫码巡查、上报隐患，县镇两级限期处置。"),
    ("p", "截至11月底，全县网格员扫码巡查九万余次，上报隐患两千一百余处，已处置一千九百余处；对鉴定为C级、D级的"
          "危房一百三十六户全部停止经营、人员撤离。通过“巡查码”，隐患从发现到处置的平均时间由原来的七天缩短到"
          "三天以内，处置效率提高了一倍多。"),
    ("p", "下一步，沛县将把“巡查码”从经营性自建房推广到全部三层以上自建房，计划明年六月底前完成。"),
]

ANNEX_TITLE = "附件"
ANNEX_CAPTION = "部分设区市岁末年初安全检查情况（截至11月30日）"
ANNEX = [("设区市", "检查单位（家次）", "发现隐患（处）", "已整改（处）", "检查重点"),
         ("南京市", "4.2万", "5.6万", "5.1万", "地铁在建工地、城市综合体和高层建筑"),
         ("苏州市", "5.8万", "7.3万", "6.9万", "工贸企业有限空间、粉尘涉爆和出租厂房"),
         ("南通市", "2.9万", "3.8万", "3.5万", "船舶修造、海上风电施工和渔港渔船"),
         ("盐城市", "2.1万", "2.7万", "2.5万", "化工园区、渔业船舶和农村自建房")]

CLOSING = [
    "报：省委、省政府领导同志，应急管理部。",
    "送：省安委会各成员单位，各设区市应急管理局。",
    "江苏省应急管理厅办公室　　　　　二〇二五年十二月八日印发",
]


def _table(rows, widths, styles):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    cells = [[Paragraph(cell, styles["cell"]) for cell in row] for row in rows]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _story(styles):
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, PageBreak, Paragraph, Spacer

    story = [Paragraph("江苏应急管理简报", styles["mast"]),
             Paragraph("二〇二五年　第三十期", styles["issue"]),
             Paragraph("江苏省应急管理厅办公室　　　　　　　　　　二〇二五年十二月五日", styles["office"]),
             HRFlowable(width="100%", thickness=1.5, color=colors.red, spaceBefore=2, spaceAfter=4),
             Paragraph("本期导读", styles["tochead"])]
    story += [Paragraph(line, styles["toc"]) for line in TOC]
    story.append(Spacer(1, 10))
    for kind, content in BODY:
        if kind == "table":
            story += [_table(content, [70, 80, 70, 190], styles), Spacer(1, 8)]
        else:
            story.append(Paragraph(content, styles[kind]))
    story += [PageBreak(), Paragraph(ANNEX_TITLE, styles["sec"]), Paragraph(ANNEX_CAPTION, styles["caption"]),
              Spacer(1, 6), _table(ANNEX, [55, 62, 62, 55, 190], styles)]
    story.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=12, spaceAfter=4))
    story += [Paragraph(line, styles["close"]) for line in CLOSING]
    return story


def build(out: Path = OUT) -> Path:
    return write_pdf(out, lambda: _story(briefing_styles(centred_titles=False)), HEADER, "— {page} —", "江苏应急管理简报")


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
