"""Unanswerable near misses: a change of a whole asked for its 其中 part, and the participants of an event asked
where only a count of people set up for something else is said. Each has an answerable twin that must still be
answered, and the bundled briefings' near misses (another place, year, measure, subset) keep refusing.

Sentences: 2024年第8期 镇江 今年一季度，全市危化品企业累计排查隐患 5821 条，同比增长 17.4%，其中重大事故隐患 9 条;
2026年第3期 南京 组建危化品运输事故专业救援队伍6支、救援人员320名，2025年开展联合应急演练24场次; 苏州 全年组织
高层建筑灭火疏散演练5200余场次，参与群众68万人次; 2025年第14期 南通 …共 2.8 万人召开警示教育会."""

from __future__ import annotations

from rag_assistant.answer.participants import participants_unsaid

REFUSED = "未给出"


def _refused(answer: str) -> bool:
    return REFUSED in answer.split("简报提到")[0] or answer.startswith("简报中未找到")


def test_participants_need_the_event_or_taking_part():
    terms = ("联合", "应急", "演练", "参加")
    assert participants_unsaid("南京联合应急演练参加人数多少", terms, "名", "组建危化品运输事故专业救援队伍6支、救援人员320名")
    assert not participants_unsaid("南京联合应急演练参加人数多少", terms, "人", "开展联合应急演练，参演人员500人")
    assert not participants_unsaid("高层建筑灭火疏散演练参与人数多少", ("灭火", "疏散", "演练", "参与"), "万人次", "参与群众68万人次")
    assert not participants_unsaid("南京救援人员多少", ("救援", "人员"), "名", "救援人员320名")  # no taking part asked


def test_extra_issue_near_misses(extra_assistant):
    for question, has in (("镇江一季度危化品企业排查隐患多少条", "5821"),
                          ("镇江一季度危化品企业隐患排查同比增长多少", "17.4%"),
                          ("南京联合应急演练搞了几场", "24场次"),
                          ("南京救援人员多少名", "320"),
                          ("苏州高层建筑灭火疏散演练参与人数多少", "68万人次"),
                          ("2025年全省事故死亡人数同比降了多少", "8.7%"),
                          ("无锡完成责任清单编制的企业多少家", "5870"),
                          ("无锡责任清单覆盖率多少", "95.9%")):
        a = extra_assistant.ask(question).answer
        assert has in a and not _refused(a), (question, a)
    for question in ("镇江重大事故隐患同比增长多少",  # 17.4% is the change of all 5821 隐患
                     "南京联合应急演练参加人数多少",  # 320名 is the rescue teams' size
                     "无锡工贸企业发生了几起事故",  # only a change (同比下降31.6%) is given
                     "镇江一季度排查隐患整改率多少",
                     "南京危化品运输车辆违法罚款多少钱"):
        a = extra_assistant.ask(question).answer
        assert _refused(a), (question, a)
    a = extra_assistant.ask("镇江重大事故隐患同比增长多少").answer
    assert "17.4%" not in a.split("简报提到")[0], a


def test_bundled_near_misses(assistant):
    for question, has in (("南通打非治违立案查处了几家次", "9"),
                          ("南通六化配备巡查员多少人", "6758"),
                          ("靖江划了多少个住宅巡查单元", "942"),
                          ("扬州三位一体执法处罚金额多少", "282.87万元"),
                          ("南通打非治违警示教育会多少人参加", "2.8 万人")):
        a = assistant.ask(question).answer
        assert has in a and not _refused(a), (question, a)
    for question in ("南通打非治违罚款金额多少", "南通巡查员里女的有几个", "靖江划了几个学校巡查单元",
                     "扬州2020年处罚金额多少", "南通智能感烟探测器安装量同比增长多少", "扬州整改完成了多少条隐患",
                     "南通警示教育会开了几场", "如皋市考中级注安师补多少", "南通数字化建设投入资金多少"):
        assert _refused(assistant.ask(question).answer), question
