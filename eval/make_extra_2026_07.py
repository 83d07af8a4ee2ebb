"""Regenerate eval/extra_briefings/extra_2026_07.docx, the fifth synthetic issue (2026年第7期) of the extra corpus.

A Word layout none of the other fixtures use: the masthead spread over a two-row table (title merged across the
row; issue label and office + date ``2026.2.27`` in two cells), a ``本期导读`` list numbered ``1．2．``, articles
headed by bold-only paragraphs (no 【栏目】, no 一、), an ``编者按`` paragraph before one article, points written
``①②③④``, ``1．2．3．`` and as bold sub-heading paragraphs, figures with 万/亿 and ranges (3至5家), a page number
and the running header pasted into the body, and a 报送/抄送 block with a Chinese-numeral 印发 date. The page header
of the section holds the title too (Word furniture, not body text). Content is invented: never cite it as fact.

Run: python eval/make_extra_2026_07.py  (needs python-docx; writes the file next to the other fixtures).
"""
from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent / "extra_briefings" / "extra_2026_07.docx"

GUIDE = [
    "1．全省安全生产“开门红”工作推进会召开",
    "2．扬州市：“四步工作法”管住有限空间作业",
    "3．南通市海门区：托管服务为小微企业安全“兜底”",
    "4．南京市：“三色预警”守牢城市地下管网安全",
]

# (kind, text): "h" bold heading paragraph, "p" body paragraph, "n" editor's note, "f" pasted page furniture.
BODY = [
    ("h", "全省安全生产“开门红”工作推进会召开"),
    ("p", "2月24日，全省安全生产“开门红”工作推进会在南京召开，省应急管理厅主要负责同志出席会议并讲话。会议通报了"
          "1月份和春节期间全省安全生产形势，部署一季度安全防范重点工作。"),
    ("p", "会议通报，1月份全省共发生生产安全事故79起、死亡68人，同比分别下降15.1%和12.8%。春节假期，全省各级"
          "安委会成员单位共派出检查组4260个，检查企业和场所3.2万家次，排查整治隐患11.6万处，其中重大事故隐患37项。"),
    ("p", "会议要求，一季度各地要聚焦危化品、城镇燃气、建筑施工、消防等重点领域，组织开展“开工第一课”警示教育，"
          "确保2026年全省安全生产工作开好局、起好步。省级今年将安排安全生产专项资金2.4亿元，重点支持200家以上化工"
          "企业自动化改造和3至5个设区市开展城市生命线安全工程试点。"),
    ("n", "编者按：有限空间作业是工贸行业事故多发环节。扬州市以“四步工作法”推动有限空间作业安全治理，做法值得"
          "各地学习借鉴。"),
    ("h", "扬州市：“四步工作法”管住有限空间作业"),
    ("p", "扬州市现有涉及有限空间作业的工贸企业2860家，有限空间点位1.42万个。2025年以来，扬州市应急管理局聚焦"
          "“辨识、审批、监护、救援”四个环节，推行有限空间作业“四步工作法”，全年未发生有限空间作业事故。"),
    ("p", "①摸清底数建台账。组织企业逐一辨识有限空间点位，设置安全警示标识1.38万块，建立“一企一档”电子台账，"
          "实现有限空间点位动态管理。"),
    ("p", "②作业审批严把关。推行有限空间作业“先审批、后作业”制度，作业前必须经企业负责人审批签字，全年累计审批"
          "作业2.7万余次，发现并纠正未审批作业行为312起。"),
    ("f", "— 2 —"),
    ("f", "江苏应急管理简报　2026年第7期"),
    ("p", "③专人监护全过程。要求每处作业现场至少配备1名专职监护人员，为规模以上企业配备气体检测仪、通风设备等"
          "装备4800余台（套），推动2160家企业实现作业视频监控全覆盖。"),
    ("p", "④救援能力再提升。在全市组建有限空间作业应急救援队伍56支，每个工业园区配备3至5名专业救援人员，全年"
          "开展救援演练430场次，参与人员1.1万人次。"),
    ("h", "南通市海门区：托管服务为小微企业安全“兜底”"),
    ("p", "海门区现有小微工贸企业4100余家，普遍存在安全管理力量薄弱、专业人员缺乏等问题。2025年起，海门区在全区"
          "推行小微企业安全生产托管服务，由政府购买服务引入第三方专业机构，为企业提供隐患排查、教育培训、制度建设"
          "等“一站式”服务。"),
    ("p", "1．政府搭台，分级分类托管。区财政每年安排托管服务资金1200万元，按照企业风险等级分为A、B、C三类，分别"
          "给予每家每年8000元、5000元、3000元的托管补助，目前已有1870家小微企业签订托管协议。"),
    ("p", "2．机构入企，专业查改隐患。遴选12家第三方服务机构，组建服务团队86个，每月至少入企服务1次，累计帮助"
          "企业排查隐患2.3万条，整改率96.4%。"),
    ("p", "3．考核问效，动态优胜劣汰。每季度对服务机构开展考核评估，考核排名末位的机构予以约谈，连续两次末位的"
          "清退出库，去年已清退服务机构2家。"),
    ("p", "下一步，海门区计划到2026年底将托管企业扩大到3000家，实现高风险小微企业托管全覆盖。"),
    ("h", "南京市：“三色预警”守牢城市地下管网安全"),
    ("p", "南京市主城区现有燃气、供水、排水、热力等地下管网约2.6万公里，其中运行超过20年的老旧管网约3100公里。"
          "去年以来，南京市依托城市生命线安全工程，建立地下管网“红黄绿”三色预警机制，全年处置管网险情680起，"
          "同比下降23.5%。"),
    ("h", "绘好管网“一张图”"),
    ("p", "对全市地下管网开展普查测绘，建成城市地下管网地理信息系统，汇聚管网数据1.9亿条，实现管线走向、埋深、"
          "材质、权属“一图可查”。"),
    ("h", "布设感知“一张网”"),
    ("p", "在燃气管网相邻地下空间、桥梁、综合管廊等重点部位布设可燃气体、压力、流量等智能监测终端4.3万个，对监测"
          "数据实行24小时实时分析。"),
    ("h", "分色处置“一条链”"),
    ("p", "监测数据超出阈值的，按风险高低分别推送红、黄、绿三色预警：红色预警由管网权属单位30分钟内到场处置，"
          "黄色预警2小时内核查，绿色预警纳入日常巡检。全年共推送预警信息1.27万条，其中红色预警86条，全部在规定"
          "时间内处置完毕。"),
    ("p", "下一步，南京市将投资5.8亿元，用2至3年时间完成老旧燃气管网更新改造1200公里。"),
]

CLOSING = [
    "报送：省委、省政府领导同志，应急管理部办公厅。",
    "抄送：省安委会各成员单位，各设区市人民政府，各设区市应急管理局。",
    "江苏省应急管理厅办公室　　　　　　二〇二六年三月二日印发",
    "（共印150份）",
]


def build(out: Path = OUT) -> Path:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "江苏应急管理简报　2026年第7期"
    document.add_paragraph("内部资料　注意保存")
    masthead = document.add_table(rows=2, cols=2)
    title = masthead.cell(0, 0).merge(masthead.cell(0, 1))
    title.text = "江苏应急管理简报"
    title.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraphs[0].runs[0].bold = True
    masthead.cell(1, 0).text = "2026年第7期（总第127期）"
    masthead.cell(1, 1).text = "江苏省应急管理厅办公室　2026.2.27"
    document.add_paragraph().add_run("本期导读").bold = True
    for line in GUIDE:
        document.add_paragraph(line)
    for kind, text in BODY:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = kind == "h"
        run.italic = kind == "n"
        if kind == "f":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in CLOSING:
        document.add_paragraph(line)
    # python-docx writes the current time into the core properties; fix it so the file is reproducible.
    import datetime as _dt
    stamp = _dt.datetime(2026, 3, 2, 9, 0, 0)
    document.core_properties.created = document.core_properties.modified = stamp
    document.core_properties.author = document.core_properties.last_modified_by = "江苏省应急管理厅办公室"
    document.save(out)
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
