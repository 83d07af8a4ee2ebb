"""Open questions of round 11 (helper o17): a point named by the article's own count word (第二招, 第三个“一”),
what made a practice hard (难在哪), a county named only inside its city's article (海安 in 南通's 六化), and an
opening asked for itself (专刊开篇讲了些啥)."""

from __future__ import annotations

from support import raw_briefing, squash


def test_the_texts_say_what_the_answers_quote():
    special = squash(raw_briefing("002_ca7909b6935f5c44.txt"))
    assert "坚持统筹发展和安全。" in special and "风险点多、线长、面广" in special
    latest = squash(raw_briefing("003_07edcc791e64548a.txt"))
    assert "如海安市对考取中级注安师" in latest


def test_a_point_named_by_another_measure_word(assistant):
    # 第二招 counts the article's points as 第二点 does (it was read as a fact and answered by one sentence)
    a = assistant.ask("宿迁隐患报告奖励第二招是啥？")
    assert a.to_dict()["understood"]["asks"] == "point2", a.answer
    assert "红丝带" in a.answer and "数字赋能" not in a.answer, a.answer


def test_a_difficulty_is_the_setting_when_the_article_names_none(assistant):
    # 难在哪 asks an open question; the 专刊 苏州 section says no 难点, so its setting sentence answers
    a = assistant.ask("苏州抓安全生产难在哪？")
    assert not a.refused and a.to_dict()["understood"]["kind"] == "open", a.answer
    assert "点多、线长、面广" in a.answer, a.answer
    # where the article names its 难点 itself, that part answers
    b = assistant.ask("常州在突破难点上做了啥").answer
    assert "危污乱散低" in b, b


def test_a_county_inside_its_citys_article_is_that_part(assistant):
    # 海安 has no article; 南通's 六化 article names it once, in point 二: that sentence, not point 四's 鼓励
    a = assistant.ask("海安在鼓励考证上有啥做法？").answer
    assert "一次性补助4000元" in squash(a), a
    assert "穿透式" not in a, a


def test_an_opening_is_the_opening_statements(assistant):
    # 开篇 asks for the special feature's first article, all its statements (the short first one too),
    # not every section of the feature
    a = assistant.ask("应急先锋行专刊开篇讲了些啥？")
    assert a.to_dict()["understood"]["asks"] == "opening", a.answer
    assert "坚持统筹发展和安全" in a.answer and "现代化应急管理体系和能力" in a.answer, a.answer
    assert "一网统管" not in a.answer, a.answer


def test_a_word_only_one_points_body_says_narrows_to_that_point(assistant):
    # 培训 is in no lead of 南通 打非治违, only in point 四's body (专题培训会 9 场次): the title words the
    # question repeats (打非治违) no longer hide it
    a = assistant.ask("南通打非治违在培训方面做了什么").answer
    assert "专题培训会" in a, a
    assert "2+3" not in a and "三位一体" not in a, a


def test_next_steps_are_the_plans_the_article_states(assistant):
    # 接下来/下一步 ask the plans (下一步…将纵深开展, 将巩固提升…), not the deeds
    a = assistant.ask("徐州接下来准备怎么干？")
    assert a.to_dict()["understood"]["asks"] == "next", a.answer
    assert "四个回头看" in a.answer and "非工业企业安全风险目录" not in a.answer, a.answer
    b = assistant.ask("专刊里无锡下一步有啥打算？").answer
    assert "巩固提升专项整治三年行动成效" in b and "点穴式" not in b, b


def test_lead_phrases_are_points_and_the_introduction_keeps_its_words(assistant):
    # 连云港's parts open with a lead phrase (强整治。广宣传。建队伍。): they are its points, so 强整治那块 is
    # that part alone, and a whole answer puts each lead with its deed
    a = assistant.ask("连云港强整治那块咋搞的").answer
    assert "高层建筑" in a and "安监+公安+N" not in a and "五进" not in a, a
    b = assistant.ask("连云港有啥做法？").answer
    assert "广宣传：以深化安全宣传“五进”为抓手" in b, b
    # words only the introduction says (三个清单) are still answered from it, not from a point that shares 风险
    c = squash(assistant.ask("连云港是怎么梳理风险点形成“三个清单”的？").answer)
    assert "隐患排查清单" in c, c
