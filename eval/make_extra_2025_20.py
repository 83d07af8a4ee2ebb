"""Regenerate eval/extra_briefings/extra_2025_20.pdf, the sixth synthetic issue (2025年第20期) of the extra corpus.

A real text-layer PDF, the layout none of the other fixtures use: laid out by reportlab in STSong-Light (its
built-in CJK CID font, no font file needed) on A4 with its own line and page breaks, so every printed line ends
in a line break and paragraphs are split wherever the page ends. Page 1 opens with the masthead in large type
(``江苏应急管理简报`` at 30 pt, the issue label under it, the office and date on one line over a rule); a ``目　录``
block with dot leaders and page numbers whose third entry names another county than the body (TOC 泗阳县,
body 沭阳县: the body is authoritative) and whose fourth page number is wrong; a running header
``江苏应急管理简报　2025年第20期`` from page 2 and a footer ``- N -`` on every page; sections 【重要新闻】 and
【地方动态】; points as 一是…四是, （一）（二）（三） and 1. 2. 3.; figures scaled by 万/亿; a small table drawn
as cells (one extracted line per row); a 印发 line with a Chinese-numeral date. Content is invented in the style
of the real briefings: never cite it as fact.

Run: python eval/make_extra_2025_20.py  (needs reportlab; writes the file next to the other fixtures).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_fixture import briefing_styles, closing_story, ruled_table, toc_story, write_pdf  # noqa: E402

OUT = Path(__file__).resolve().parent / "extra_briefings" / "extra_2025_20.pdf"
HEADER = "江苏应急管理简报　2025年第20期"

TOC = [
    ("【重要新闻】", None),
    ("全省防汛防台风暨安全生产工作视频会议召开", "1"),
    ("【地方动态】", None),
    ("淮安市清江浦区：“楼道长”制度守护老旧小区消防安全", "1"),
    ("宿迁市泗阳县：电商仓储物流园区消防隐患集中整治", "2"),
    ("连云港市赣榆区：“一企一策”诊断提升冶金工贸企业本质安全", "2"),
]

# (style, text): "sec" section marker, "title" article title, "p" body paragraph, "table" rows of cells.
BODY = [
    ("sec", "【重要新闻】"),
    ("title", "全省防汛防台风暨安全生产工作视频会议召开"),
    ("p", "8月20日，全省防汛防台风暨安全生产工作视频会议在南京召开，省应急管理厅主要负责同志出席会议并讲话，"
          "各设区市和县（市、区）设分会场。会议分析了主汛期以来全省防汛防台风和安全生产形势，部署下一阶段重点工作。"),
    ("p", "会议指出，7月以来全省先后经历4轮强降雨过程和1个台风外围影响，全省各级累计转移避险群众3.6万人，"
          "预置抢险救援力量1.2万人、各类抢险装备2800余台（套），未发生因灾死亡事故。今年1至7月，全省共发生生产"
          "安全事故412起、死亡367人，同比分别下降18.6%和14.2%。"),
    ("p", "会议要求，各地各部门要坚决克服麻痹思想和厌战情绪，全力做好后汛期各项工作。一是强化监测预警，落实"
          "“叫应”机制，预警信息直达基层责任人；二是紧盯重点部位，对在建工地、地下空间、危旧房屋等开展拉网式排查；"
          "三是压实安全责任，持续推进安全生产治本攻坚三年行动，盯紧危化品、城镇燃气、建筑施工等重点行业领域；"
          "四是做好应急准备，确保险情发生后救援力量第一时间到达现场。会议明确，省级下拨防汛救灾和安全生产专项资金"
          "1.5亿元，支持重点地区补齐应急装备短板。"),
    ("sec", "【地方动态】"),
    ("title", "淮安市清江浦区：“楼道长”制度守护老旧小区消防安全"),
    ("p", "清江浦区现有建成20年以上的老旧小区312个，涉及居民楼2860栋、住户7.8万户，存在消防设施老化、"
          "楼道堆物、电动自行车违规充电等问题。今年以来，清江浦区在老旧小区推行“楼道长”制度，以楼道为单元"
          "压实消防安全责任。"),
    ("p", "（一）选好“楼道长”。按照每个单元1名的标准，从热心居民、退休党员和物业人员中选聘“楼道长”1.12万名，"
          "全部纳入社区网格统一管理，每季度开展一次消防知识轮训。"),
    ("p", "（二）管好“一条道”。“楼道长”每周至少巡查楼道2次，发现堆物、飞线充电等问题当场劝导，劝导不改的推送"
          "社区网格员处置。今年以来，累计清理楼道堆物1.9万处，劝导整改飞线充电4600余起。"),
    ("p", "（三）用好“一笔钱”。区财政安排专项资金860万元，为老旧小区增设电动自行车集中充电桩6200个，更换老化"
          "消防器材3.4万具，对表现突出的“楼道长”给予每人每年600元的补贴。"),
    ("p", "今年1至7月，清江浦区老旧小区火灾起数同比下降37.5%，未发生亡人火灾事故。"),
    ("title", "宿迁市沭阳县：电商仓储物流园区消防隐患集中整治"),
    ("p", "沭阳县是全国知名的花木电商集聚地，现有电商仓储物流园区46个、仓储点1380余家，年快递发货量超过9亿件。"
          "针对仓储点人员密集、可燃物多、“三合一”现象突出等风险，沭阳县自5月起开展为期3个月的电商仓储物流园区"
          "消防隐患集中整治。"),
    ("p", "1.拉网排查建清单。组织应急、消防、商务、邮政等部门组成联合检查组18个，对全县仓储点逐一上门检查，建立"
          "隐患、整改、责任“三张清单”，共排查发现隐患5270处。"),
    ("p", "2.分类整治抓销号。对一般隐患当场交办、限期整改，对“三合一”场所、违规住人等突出问题依法查处，"
          "累计责令停业整改仓储点86家，拆除违规住人隔间210处。截至7月底，已整改隐患4980处，整改率94.5%。"),
    ("p", "3.建章立制管长远。出台电商仓储场所消防安全管理导则，推动园区成立微型消防站46个，实现园区全覆盖。"
          "重点乡镇整治情况如下表："),
    ("caption", "表　沭阳县重点乡镇电商仓储整治情况"),
    ("table", [("乡镇", "仓储点（家）", "排查隐患（处）", "已整改（处）"),
               ("新河镇", "420", "1630", "1580"),
               ("颜集镇", "310", "1150", "1090"),
               ("庙头镇", "185", "760", "702")]),
    ("title", "连云港市赣榆区：“一企一策”诊断提升冶金工贸企业本质安全"),
    ("p", "赣榆区是全省重要的钢铁产业基地，现有冶金、有色等工贸企业137家，其中规模以上企业58家。今年以来，"
          "赣榆区聘请专家团队对冶金工贸企业开展“一企一策”安全诊断，推动企业从“查隐患”向“控风险”转变。"),
    ("p", "一是专家把脉全覆盖。组建由42名行业专家组成的诊断团队，对137家企业逐一开展深度诊断，重点检查高温熔融"
          "金属、煤气区域、有限空间等关键环节，共查出问题隐患2310项，其中重大事故隐患9项。二是整改清单明责任。"
          "为每家企业出具一份诊断报告和整改清单，明确整改措施、责任人和时限，实行“红黄蓝”三色挂牌督办，截至7月底"
          "已完成整改2185项。三是技改投入强本质。引导企业投入安全技改资金1.36亿元，完成煤气报警和自动切断装置"
          "改造320套，淘汰落后设备65台（套）。"),
    ("p", "下一步，赣榆区将把诊断范围扩大到建材、机械等行业，计划年底前再完成80家企业的安全诊断。"),
]

CLOSING = [
    "报：省委、省政府领导同志，应急管理部。",
    "送：省安委会各成员单位，各设区市应急管理局。",
    "江苏省应急管理厅办公室　　　　　二〇二五年八月二十五日印发",
]


def _story(styles):
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable, Paragraph

    story = [Paragraph("江苏应急管理简报", styles["mast"]),
             Paragraph("2025年第20期", styles["issue"]),
             Paragraph("江苏省应急管理厅办公室　编　　　　　　　　　　2025年8月22日", styles["office"]),
             HRFlowable(width="100%", thickness=1.5, color=colors.red, spaceBefore=2, spaceAfter=4),
             Paragraph("目　　录", styles["tochead"])]
    story += toc_story(TOC, styles)
    for kind, content in BODY:
        if kind == "table":
            story += ruled_table(content)
        else:
            story.append(Paragraph(content, styles[kind]))
    return story + closing_story(CLOSING, styles)


def build(out: Path = OUT) -> Path:
    return write_pdf(out, lambda: _story(briefing_styles(centred_titles=True)), HEADER, "- {page} -", "江苏应急管理简报 2025年第20期")


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
