"""Unanswerable near misses on the briefings and their answerable twins (round 29, helper d).

A member named only inside a sentence's 等-list does not own a figure of another clause of that sentence (extra
2025年第24期 金湖: 共举办美食节、音乐节等大型群众性活动42场次，累计接待游客186.7万人次 — the visitors are the whole
荷花节's, not the 音乐节's). A question that names its whole by the text's own figure and asks into it (宿迁343家企业
里头其中化工企业有几家) is answered only by the sentence stating that figure (2025年第16期: the 54 家化工企业 that
建立报告制度 are another group than the 343 家企业 that 落实奖励机制)."""

from __future__ import annotations

from rag_assistant.answer.listed_member import member_unsaid
from rag_assistant.answer.quoted_whole import quoted_whole_unsaid

_FESTIVAL = "6月至8月，第25届中国·金湖荷花节期间，金湖县共举办美食节、音乐节等大型群众性活动42场次，累计接待游客186.7万人次，实现“零事故”目标。"


def test_a_member_said_only_in_the_list_does_not_own_a_later_clause():
    assert member_unsaid("金湖音乐节接待了多少游客", _FESTIVAL, _FESTIVAL)
    assert not member_unsaid("金湖荷花节接待了多少游客", _FESTIVAL, _FESTIVAL)  # twin: the whole asked
    assert not member_unsaid("金湖美食节、音乐节接待了多少游客", _FESTIVAL, _FESTIVAL)  # every member named
    # twins: a list whose clause has no count of its own is the later clause's subject (7项 of each 关键少数)
    duty = "狠抓企业主要负责人、实际控制人等“关键少数”，督促其严格履行法定7项职责"
    assert not member_unsaid("徐州主要负责人的法定职责有几项", duty, duty)
    said_again = "举办美食节、音乐节等活动42场次，其中音乐节吸引游客10万人次"
    assert not member_unsaid("音乐节吸引了多少游客", said_again, said_again)  # said outside the list too


def test_a_quoted_whole_must_be_stated_by_the_figure_sentence():
    other_group = "全市 54 家化工企业、374 家危化品经营企业全面建立事故隐患报告制度"
    assert quoted_whole_unsaid("宿迁343家企业里头其中化工企业有几家", other_group)
    assert quoted_whole_unsaid("宿迁落实奖励的343家企业当中危化品经营企业几家", other_group)
    assert not quoted_whole_unsaid("宿迁54家化工企业建立了报告制度吗", other_group)  # no pointing into it
    assert not quoted_whole_unsaid("南通排查的31933家企业中化工生产企业几家",
                                   "截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家")
    assert not quoted_whole_unsaid("南通查改隐患36975条，其中重大隐患几条",
                                   "推动企业查改隐患 36975 条，其中重大事故隐患 115 条")


def _refused(a: str) -> bool:
    return "未给出" in a.split("简报提到")[0] or "未找到" in a


def test_near_misses_and_twins_on_the_bundled_briefings(assistant):
    for question, has in (("宿迁343家企业里头其中化工企业有几家", None),
                          ("宿迁隐患奖励发放率是多少", None),  # rate not given
                          ("滨海县2021年实际新增了多少人到监管队伍", None),  # only 预计 80人
                          ("无锡专项巡察逮捕了几个人", None),  # 抓获/刑拘 given, not 逮捕
                          ("靖江巡查单元划分完成率多少", None),
                          ("连云港电动自行车违法罚款多少钱", None),
                          ("泰州三位一体执法检查发现多少隐患", None),  # 扬州's article
                          ("南通2024年小场所整改了多少隐患", None),
                          ("常州基层监管队伍预计新增多少人", None),  # 滨海's figure
                          ("宿迁几家化工企业建立了隐患报告制度", "54"),
                          ("南通排查的31933家企业中化工生产企业几家", "248"),
                          ("南通查改隐患36975条，其中重大隐患几条", "115"),
                          ("宿迁已经发了多少奖励金", "23.47"),
                          ("滨海预计新增和调整多少人充实安全监管队伍", "80"),
                          ("无锡巡察期间刑拘几人", "2 人"),
                          ("靖江住宅巡查单元划了多少个", "942"),
                          ("扬州三位一体执法罚款多少", "282.87万元"),
                          ("南通社会面小场所累计整改隐患多少条", "41024")):
        a = assistant.ask(question).answer
        if has is None:
            assert _refused(a), (question, a)
        else:
            assert has in a and not _refused(a), (question, a)


def test_festival_member_on_the_extra_issue(extra_assistant):
    a = extra_assistant.ask("金湖音乐节接待了多少游客").answer
    assert _refused(a), a
    a = extra_assistant.ask("金湖荷花节期间接待游客多少").answer
    assert "186.7万人次" in a and not _refused(a), a
