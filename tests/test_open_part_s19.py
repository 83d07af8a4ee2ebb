"""An open question about one part of an article, named by words only the points' bodies say (数据 in 打非治违's
point 二 and point 三, 消防设施 in 苏州's （一） and （二）), is answered by the sentences that say them, wherever
they stand, not by the one point that says most of them; a part named by a lead stays that point, and a question
about the whole article keeps every point. A question repeating the title's compound (三位一体执法检查) around its
part (重点事项) is about that part, while a compound of a title word and a word every article says (安全监管 of
基层监管队伍) restates the title. Real articles: 2025年第14期 南通打非治违, 2021年第10期 扬州三位一体 and 滨海县,
2025年第16期 宿迁隐患报告奖励, 2026年第13期 南通六化, extra 2026年第3期 苏州高层建筑 and 泰州“四个到位”."""

from __future__ import annotations


def test_a_word_two_point_bodies_say_gets_both_sentences(assistant):
    a = assistant.ask("南通打非治违里数据是怎么用的？").answer
    assert "联合大数据" in a and "大数据+铁脚板" in a, a
    assert "宣传矩阵" not in a, a  # the rest of point 三 says nothing of data


def test_the_part_named_by_a_noun_the_title_compound_surrounds(assistant):
    a = assistant.ask("扬州三位一体执法检查的重点事项是怎么确定的？").answer
    for said in ("确定条线执法重点事项", "必查内容", "20+N"):
        assert said in a, a


def test_two_points_that_say_the_asked_activity_are_both_quoted(assistant):
    a = assistant.ask("宿迁隐患内部报告奖励里随手拍是怎么用的？").answer
    assert "安全隐患随手拍" in a and "隐患随手拍”等渠道" in a, a


def test_nested_points_under_two_headings_are_both_quoted(extra_assistant):
    a = extra_assistant.ask("苏州高层建筑的消防设施是怎么管的？").answer
    assert "逐幢排查高层建筑消防设施" in a and "消防设施改造" in a, a


def test_an_ordinal_marker_is_not_quoted_as_the_line(extra_assistant):
    a = extra_assistant.ask("泰州建筑施工安全检查是怎么搞的？").answer
    assert "专项检查" in a and "第二，" not in a, a


def test_a_part_named_by_its_lead_stays_that_point(assistant):
    a = assistant.ask("南通六化建设里数字化是怎么做的？").answer
    assert "数字化" in a and "全员化" not in a and "手册化" not in a, a


def test_whole_article_questions_keep_every_point(assistant, extra_assistant):
    cases = [(assistant, "扬州三位一体执法检查有哪些做法？", ("两手抓", "三载体", "四并重")),
             (assistant, "南通打非治违有哪些做法？", ("高位推动", "创新机制", "科技赋能", "标本兼治")),
             (assistant, "宿迁化工企业隐患内部报告奖励机制是怎么做的？", ("压实责任", "激励驱动", "数字赋能")),
             # 安全监管 is the title's 监管 (基层监管队伍建设) with a word every article says: no part of it
             (assistant, "滨海县基层安全监管队伍建设咋搞的？", ("谋保障", "强激励", "重培训")),
             (extra_assistant, "苏州高层建筑消防安全综合治理有哪些措施？", ("摸清底数", "补齐短板", "强化宣传")),
             (extra_assistant, "南京危化品道路运输安全监管有哪些做法？", ("源头管控", "路面管控", "智能监控", "应急处置"))]
    for who, question, leads in cases:
        a = who.ask(question).answer
        assert all(lead in a for lead in leads), (question, a)
