"""Near misses on the bundled briefings and the extra issues (round 34, helper B).

A fund named after the question word of a giving verb (发了多少隐患报告奖励) asks money, not the enterprises of the
scheme; an ordinal of two places typed in Chinese numerals (第二十五届) is the briefings' 第25届; 几场 asks occurrences,
so 42场次 answers it; a why-question whose deed is grounded by the problem stated in the sentence before it is answered
by the two sentences, and a refused why-question names the missing reason, not 为啥.
"""

from __future__ import annotations

from rag_assistant.answer.measure import asked_class
from rag_assistant.answer.reason_ask import reason_grounds
from rag_assistant.answer.stock_times import occurrences_for_stock
from rag_assistant.answer.understand import content_terms
from rag_assistant.text import normalize_question


def test_fund_object_asks_money():
    assert asked_class("宿迁今年已经发了多少隐患报告奖励") == ("", "money")
    assert asked_class("南通拨付了多少专项资金") == ("", "money")
    assert asked_class("宿迁多少家企业落实了奖励机制") == ("家", "count")  # the scheme's enterprises
    assert asked_class("南通给了多少家企业奖励")[1] == "count"


def test_two_place_ordinals_in_digits():
    assert normalize_question("第二十五届金湖荷花节接待游客多少人") == "第25届金湖荷花节接待游客多少人"
    assert normalize_question("第十二批典型案例有几个").startswith("第12批")
    assert "第三批" in normalize_question("南通第三批公布了几个典型案例")  # one place: as the briefings write it
    assert "二十五" not in content_terms(normalize_question("第二十五届金湖荷花节接待游客多少人"), ["金湖"])


def test_occurrence_units_asked():
    assert not occurrences_for_stock("金湖荷花节大型群众性活动有几场", "场", "场次")
    assert occurrences_for_stock("金坛锂电企业员工有多少人", "人", "人次")


def test_why_words_are_no_terms():
    assert "为啥" not in content_terms("海门区为啥推行小微企业托管", ["海门"])
    assert "为什么" not in content_terms("靖江为什么先在乡镇搞试点", ["靖江"])


def test_reason_grounds():
    deed = "2025年起，海门区在全区推行小微企业安全生产托管服务，由政府购买服务引入第三方专业机构。"
    assert reason_grounds("海门区现有小微工贸企业4100余家，普遍存在安全管理力量薄弱、专业人员缺乏等问题。", deed)
    assert not reason_grounds("海门区现有小微工贸企业4100余家。", deed)  # a stock alone is no reason
    assert not reason_grounds("普遍存在安全管理力量薄弱等问题。", "一是政府搭台，分级分类托管。")  # a new point


def test_bundled_near_misses(assistant):
    ans = assistant.ask("宿迁今年已经发了多少隐患报告奖励")
    assert not ans.refused and "23.47" in ans.answer and "343" not in ans.answer, ans.answer
    for q in ("靖江为啥先在乡镇搞试点", "南通为啥选环保设施、火灾防范这些主题做类比排查"):
        ans = assistant.ask(q)
        assert ans.refused and "原因" in ans.answer and "为啥" not in ans.answer.split("；")[0], (q, ans.answer)
    ans = assistant.ask("无锡为啥开展安全生产专项巡察")
    assert not ans.refused and "深入学习贯彻" in ans.answer


def test_extra_near_misses(extra_assistant):
    for q, figure in (("第二十五届金湖荷花节接待游客多少人", "186.7"),
                      ("第二十四届盱眙龙虾节接待游客多少人次", "36.8"),
                      ("金湖荷花节大型群众性活动有几场", "42")):
        ans = extra_assistant.ask(q)
        assert not ans.refused and figure in ans.answer, (q, ans.answer)
    ans = extra_assistant.ask("第二十六届金湖荷花节接待游客多少人")
    assert ans.refused, ans.answer  # 第25届 is another edition
    ans = extra_assistant.ask("海门区为啥推行小微企业托管")
    assert not ans.refused and "薄弱" in ans.answer and not ans.unsupported_numbers, ans.answer


def test_members_of_a_quoted_whole():
    from rag_assistant.answer.measure import measure_of
    assert measure_of("宜兴1236家陶瓷企业里用燃气窑炉的几家") == "陶瓷企业"
    assert measure_of("化工企业建立报告制度的有几家") == "化工企业"


def test_members_answered(extra_assistant):
    ans = extra_assistant.ask("宜兴1236家陶瓷企业里用燃气窑炉的几家")
    assert not ans.refused and "482" in ans.answer, ans.answer
