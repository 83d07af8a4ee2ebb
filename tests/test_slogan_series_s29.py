"""Round 29 (helper h): open questions over the extra issues' other layouts, and near misses that must refuse.

A counted slogan asked for what it holds (盱眙 “三个一律”指的什么, bare 淮安燃气整治四个聚焦, 东台“四网”联动指什么)
is answered by its points, as 做法 is (slogan_ask.py). One member of a closed series the text names other
members of only (蓝色预警 of 红、黄、绿三色预警; D类 of A、B、C三类; 省财政 of 保费由市财政补贴30%) is not
answered by the others' figures (series_member.py). Texts: 2024年第27期 盱眙, 2025年第9期 淮安, 2025年第12期 东台,
2026年第7期 南京/海门, 2024年第15期 兴化, 2025年第26期 常州."""

from __future__ import annotations

from rag_assistant.answer.series_member import series_unmet
from rag_assistant.answer.slogan_ask import asks_slogan

_REFUSED = "未给出"


def test_a_counted_slogan_asked_for_its_meaning():
    assert asks_slogan("盱眙龙虾节三个一律指的什么")
    assert asks_slogan("淮安燃气整治四个聚焦")  # bare, no question word
    assert asks_slogan("东台“四网”联动指什么")  # quoted, no measure word
    assert asks_slogan("大丰四个到位分别是什么")
    # twins: a count asked, a claim, a period
    assert not asks_slogan("淮安燃气整治四个聚焦有几个")
    assert not asks_slogan("全省有四个市")
    assert not asks_slogan("一季度事故是什么情况")


def test_a_series_member_the_text_does_not_name():
    warn = "按风险高低分别推送红、黄、绿三色预警：红色预警由管网权属单位30分钟内到场处置，黄色预警2小时内核查。"
    assert series_unmet("南京管网蓝色预警多久到场", warn)
    assert not series_unmet("南京红色预警多久到场", warn)
    lab = "红色实验室每月检查1次，黄色实验室每季度检查1次，绿色实验室纳入企业自查。"
    assert series_unmet("启东绿色实验室多久查一次", lab, "黄色实验室每季度检查1次")  # the figure's clause
    assert not series_unmet("启东黄色实验室多久查一次", lab, "黄色实验室每季度检查1次")
    classes = "按照企业风险等级分为A、B、C三类，分别给予每家每年8000元、5000元、3000元的托管补助"
    assert series_unmet("海门D类企业补助多少", classes)
    assert not series_unmet("海门c类企业补助多少", classes)
    paid = "保费由市财政补贴30%。"
    assert series_unmet("兴化保费省财政补贴多少", paid)
    assert not series_unmet("兴化保费市级财政补贴多少", paid) and not series_unmet("兴化保费财政补贴多少", paid)


def test_open_answers_over_other_layouts(extra_assistant):
    for question, has in (("盱眙龙虾节三个一律指的什么", ("方案不审批的一律不举办", "隐患不整改的一律不开放", "力量不到位的一律不启动")),
                          ("淮安燃气整治四个聚焦", ("聚焦源头管控", "聚焦用户端治理", "聚焦管网更新", "聚焦执法问责")),
                          ("东台“四网”联动指什么", ("建好监测网", "建好巡护网", "建好阻隔网", "建好扑救网")),
                          ("泰州船舶修造整治有啥措施？", ("压实企业主体责任", "开展全员培训演练")),
                          ("百名专家进千企江阴是怎么做的", ("组建专家库", "精准开展诊断", "跟踪督促整改", "培育示范标杆")),
                          ("南京地下管网三色预警有哪些做法", ("一张图", "一张网", "一条链")),
                          ("大丰养老机构消防安全怎么抓的", ("设施改造到位", "应急演练到位")),
                          ("邳州板材加工行业整治采取了哪些措施", ("分级管控", "源头治理", "消防提升"))):
        a = extra_assistant.ask(question).answer
        assert all(h in a for h in has), (question, a)


def test_near_misses_refuse_and_their_twins_answer(extra_assistant):
    for question, has in (("南京管网蓝色预警要求多长时间到场", _REFUSED),
                          ("南京红色预警推送了多少条", "86条"),
                          ("海门区D类企业托管补助多少钱", _REFUSED),
                          ("兴化烘干企业保费省财政补贴多少", _REFUSED),
                          ("兴化烘干保费市财政补贴多少", "30%"),
                          ("常州橙码企业几家", "312家"),
                          ("启东绿色实验室多久查一次", _REFUSED),  # 每季度 is the 黄色 clause's
                          ("启东黄色实验室多久查一次", "每季度"),
                          ("江阴百名专家进千企去年服务了几家企业", _REFUSED),
                          ("张家港储罐区2023年整改了多少隐患", _REFUSED),
                          ("船舶修造整治里泰兴市排查了多少隐患", "612")):
        a = extra_assistant.ask(question).answer
        assert has in a.split("简报提到")[0], (question, a)
    for question in ("南京管网蓝色预警要求多长时间到场", "海门区D类企业托管补助多少钱"):
        a = extra_assistant.ask(question).answer
        assert not a.startswith(("30分钟", "据")), (question, a)
