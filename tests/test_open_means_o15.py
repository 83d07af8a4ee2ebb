"""Open questions asked by their means (靠啥), over an issue's contents with a practice word, over two named
places, by a short form of one point's lead, and points whose lead is only a slogan (helper o15)."""

from __future__ import annotations

from support import raw_briefing, squash

JINGJIANG_LEADS = ("专班统筹推进", "试点赋能推广", "精准落地攻坚")
DAFEI_LEADS = ("高位推动强部署", "创新机制提质效", "科技赋能严执法", "标本兼治固根基")


def test_the_texts_say_what_the_answers_quote():
    latest = squash(raw_briefing("003_07edcc791e64548a.txt"))
    assert all(lead in latest for lead in JINGJIANG_LEADS)
    issue16 = squash(raw_briefing("001_9ab1dbcf5bb79156.txt"))
    assert "四是激发隐患报告内生动力" in issue16 and "一是压实责任" in issue16


def test_kao_sha_asks_for_the_means_as_an_open_question(assistant):
    # 靠什么 / 靠啥手段 ask what a practice relies on: the article's points, not a figure or a refusal.
    a = assistant.ask("靖江的巡查单元划分主要靠什么？")
    assert a.to_dict()["understood"]["kind"] == "open", a.answer
    assert all(lead in a.answer for lead in JINGJIANG_LEADS), a.answer
    b = assistant.ask("打非治违都靠啥手段？")
    assert not b.refused and all(lead in b.answer for lead in DAFEI_LEADS), b.answer
    assert "手段" not in b.to_dict()["understood"]["topic"]


def test_an_issues_contents_asked_with_a_practice_word_get_the_points(assistant):
    # 讲了些啥做法 wants what the articles did, not their titles; without 做法 the titles stay the answer.
    a = assistant.ask("最新一期那两篇讲了些啥做法？")
    assert a.to_dict()["understood"]["kind"] == "open", a.answer
    assert "网格化" in a.answer and all(lead in a.answer for lead in JINGJIANG_LEADS), a.answer
    b = assistant.ask("最新一期讲了啥？")
    assert b.to_dict()["understood"]["kind"] == "list", b.answer


def test_each_named_place_gets_its_own_best_article(assistant):
    # 南通 and 宿迁 of one question: 宿迁's whole article on 隐患报告奖励 scored above 南通's, whose one point on
    # it must still be read (not dropped because another place's article scored higher).
    a = squash(assistant.ask("南通和宿迁在隐患报告奖励上分别咋搞的？").answer)
    assert "激发隐患报告内生动力" in a and "压实责任" in a and "数字赋能" in a, a


def test_a_short_form_of_one_lead_narrows_to_that_point(extra_assistant):
    # 摸底 is 摸清底数 of point （一）; the question repeats the title's 高层建筑消防 around it, which diluted its
    # share below the narrowing threshold. The point's nested 一是/二是 are the answer.
    a = squash(extra_assistant.ask("苏州高层建筑消防是怎么摸底的？").answer)
    assert "开展全面排查" in a and "实施分级管控" in a, a
    assert "补齐短板" not in a, a
    # a word the introduction says too restates the whole article (重点 of 部署…重点工作): no narrowing
    b = extra_assistant.ask("全省应急管理工作会议对今年提了哪些重点工作？").answer
    assert all(w in b for w in ("治本攻坚三年行动", "应急指挥信息化平台", "从严从实抓好安全生产执法")), b


def test_a_slogan_lead_adds_what_the_point_did(extra_assistant):
    # 管好“一条道” says nothing done; its line adds the body's first clause (楼道长每周至少巡查楼道2次).
    a = squash(extra_assistant.ask("清江浦的老旧小区消防靠啥管起来的？").answer)
    assert "巡查楼道" in a and "热心居民" in a and "专项资金" in a, a


def test_ordinal_points_by_tiao_and_the_last_point(assistant):
    # 第三条 and 最后一点 name one point as 第三点 does; they were read as a figure question or refused.
    a = squash(assistant.ask("滨海县第三条讲了什么？").answer)
    assert "周学季考" in a and "谋保障" not in a and "强激励" not in a, a
    b = assistant.ask("扬州那篇最后一点讲的啥？")
    assert not b.refused and b.to_dict()["understood"]["asks"] == "point-1", b.answer
    assert "严格执法与指导服务并重" in b.answer and "两手抓" not in b.answer, b.answer


def test_a_count_of_a_practices_parts_is_answered_by_the_parts(assistant):
    # 有几个方面的做法 counts the parts of what was done: the parts are the answer (it was a figure question
    # answered by one clause); 涵盖几个方面 without a practice word stays a figure question.
    a = assistant.ask("扬州执法检查有几个方面的做法？")
    assert a.to_dict()["understood"]["kind"] == "open", a.answer
    assert all(lead in a.answer for lead in ("两手抓", "三载体", "四并重")), a.answer
    b = assistant.ask("连云港石化基地的企业安全管理规范涵盖几个方面？")
    assert b.to_dict()["understood"]["kind"] == "figure", b.answer
    # 这几方面问题有几个 counts 问题 (a demonstrative 这几, another count asked): still a figure
    c = assistant.ask("无锡巡察查摆出的党政领导责任、部门履职、技防措施这几方面问题有几个？")
    assert c.to_dict()["understood"]["kind"] == "figure" and "84" in c.answer, c.answer
