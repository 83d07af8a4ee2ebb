"""Unanswerable near misses on the five bundled briefings and their answerable twins (round 33, helper B).

A part asked of a whole the question quotes with a bare 里 (宿迁…343家企业里化工企业占几家: the 54家化工企业 of another
sentence is no part of it); one numbered batch or round (第三批, 第二轮) where the text gives the series as a whole (公布 9 批
24 个典型案例) or another member (首轮筛查); a why-question where the sentence reports a deed and no reason; a person
question where the only "name" is a common word the segmenter mis-flags (班前会, 严格执行). Twins: the same things asked
as the text states them stay answered.
"""

from __future__ import annotations

from rag_assistant.answer.ordinal_member import ordinal_unmet
from rag_assistant.answer.persons import names_person
from rag_assistant.answer.quoted_whole import quoted_whole_unsaid
from rag_assistant.answer.reason_ask import asks_reason, reason_said


def test_a_bare_li_quotes_a_whole():
    q = "宿迁落实隐患报告奖励机制的343家企业里化工企业占几家"
    assert quoted_whole_unsaid(q, "全市 54 家化工企业、374 家危化品经营企业全面建立事故隐患报告制度")
    assert not quoted_whole_unsaid(q, "2025 年度，全市已有 343 家企业落实隐患报告奖励机制")
    assert not quoted_whole_unsaid("南通新增了多少公里管道", "新增 12 公里")  # 公里 is no locative


def test_ordinal_members():
    assert ordinal_unmet("南通第三批公布了几个典型案例", "公布 9 批 24 个典型案例")
    assert ordinal_unmet("南通第二轮筛查靠了多少网格员", "依托全市 1.2 万名基层网格员开展首轮筛查")
    assert not ordinal_unmet("南通首轮筛查动用了多少网格员", "依托全市 1.2 万名基层网格员开展首轮筛查")
    assert not ordinal_unmet("南通第一轮筛查动用了多少网格员", "开展首轮筛查")  # 首轮 is the first round
    assert not ordinal_unmet("南通第14期排查了多少家企业", "全市累计排查企业 31933 家")  # an issue, not a batch


def test_reason_said():
    assert asks_reason("靖江为啥先在乡镇搞试点") and asks_reason("宿迁拟发奖励为什么比已发的多")
    assert not asks_reason("南通为多少家企业建了档")
    assert reason_said("为进一步提升基层安全生产监管工作的针对性、实效性，…编制印发了《工作指引》")
    assert reason_said("总经理陈小金说：“开展‘班组岗前五分钟’安全宣讲，就是要让每一位员工都能了解岗位安全风险")
    assert not reason_said("今年以来，聚焦环保设施、火灾防范、违章作业、打非治违等 4 个主题深入开展排查治理")
    assert reason_said("针对危化品管理这一治理难题，南通市局牵头制定了《工作机制》")
    assert not reason_said("为21家养老机构加装自动喷水灭火系统")  # 为 of the receiver, no purpose
    assert reason_said("海门区现有小微工贸企业4100余家，普遍存在安全管理力量薄弱、专业人员缺乏等问题")


def test_names_person():
    assert names_person("省政府领导胡彬郴同志出席并讲话")
    assert names_person("莱恩精工模具事业部总经理陈小金说：“开展")
    assert not names_person("督促企业制定班前会、安全交底会等管理制度并严格执行，健全企业内部举报奖励制度")


def _refused(assistant, question):
    ans = assistant.ask(question)
    return ans.refused, ans.answer


def test_near_misses_refused(assistant):
    for q in ("宿迁落实隐患报告奖励机制的343家企业里化工企业占几家",
              "南通第三批公布了几个典型案例",
              "苏州第一批挂牌了多少家基层安全学校",
              "南通第二轮筛查靠了多少网格员",
              "南通为啥选环保设施、火灾防范这些主题做类比排查",
              "靖江为啥先在乡镇搞试点",
              "宿迁拟发奖励为什么比已发的多那么多",
              "联盛科技的安全负责人是谁"):
        refused, answer = _refused(assistant, q)
        assert refused, (q, answer)


def test_twins_answered(assistant):
    for q, figure in (("宿迁有几家一重点一重大企业把奖励机制跟双预防系统融合了", "34"),
                      ("南通打非治违排查的31933家企业里识别出化工生产企业多少家", "248"),
                      ("靖江13个镇街里一共划了多少个住宅巡查单元", "942"),
                      ("南通隐患报告一共公布了几批典型案例", "9"),
                      ("苏州累计挂牌成立多少家基层安全学校", "98"),
                      ("南通打非治违首轮筛查动用了多少基层网格员", "1.2"),
                      ("无锡为啥开展安全生产专项巡察", "深入学习贯彻"),
                      ("淮南市为什么要编制镇街监管队伍建设工作指引", "针对性"),
                      ("苏州为啥要搞班组岗前五分钟安全宣讲", "了解岗位安全风险"),
                      ("哪位省政府领导出席安全生产月启动并讲话", "胡彬郴"),
                      ("莱恩精工模具事业部总经理叫啥", "陈小金")):
        refused, answer = _refused(assistant, q)
        assert not refused and figure in answer, (q, answer)
