"""Open questions naming a place and one aspect (南通在发动群众报告隐患上怎么做的): the place's articles that treat
the aspect are kept, not one that says an asked word in passing; the points of the asked part are given; a coined
title name (“五个一”) the question repeats names its article. Twins without an aspect keep every article and point.

Briefings: 2025年第16期 南通强化风险隐患防控 (四是激发隐患报告内生动力 … 2.5 万家 … 3000 万元), 宿迁 隐患内部报告奖励;
2025年第14期 南通 打非治违 (风险报告系统); the special issue's 南通 四化 (保护群众生命); extra 2024年第21期 连云港
“五个一” and 宿迁 电动自行车 (一是严把源头关 … 三是整治违规充电 8420处); 2024年第8期 镇江 “三查一改” (查园区、查企业、
查装置、改隐患; 三是装置“穿透式”排查 215 套); 2026年第3期 泰州 “四个到位”."""

from __future__ import annotations

from rag_assistant.answer.aspect_keep import named_coinages


def _body(answer: str) -> str:
    return answer.split("\n[1]")[0]


def test_coined_title_names_the_question_repeats():
    class E:  # the title is all named_coinages reads
        def __init__(self, title):
            self.title = title
    pool = [E("连云港市：“五个一”机制提升石化产业基地安全管控水平"), E("连云港：凝聚奋进力量 夯实安全根基")]
    assert named_coinages(pool, "连云港五个一机制主要内容是啥") == ("五个一",)
    assert named_coinages(pool, "连云港有啥做法") == ()


def test_place_and_aspect_keeps_the_articles_on_the_aspect(extra_assistant):
    a = _body(extra_assistant.ask("南通在发动群众报告隐患上怎么做的").answer)
    assert "2.5 万家" in a and "打非治违" not in a and "四化" not in a, a
    a = _body(extra_assistant.ask("南通和宿迁在隐患报告奖励上分别咋搞的").answer)  # each place its own article
    assert "南通强化风险隐患防控" in a and "宿迁多措并举" in a, a
    a = _body(extra_assistant.ask("南通在隐患排查方面有啥做法").answer)  # common domain words: kept as before
    assert "南通强化风险隐患防控" in a and "打非治违" in a, a
    a = _body(extra_assistant.ask("连云港五个一机制主要内容是啥").answer)
    assert "凝聚奋进" not in a and all(w in a for w in ("一张网", "一支队", "一套标", "一本账", "一个团")), a


def test_the_asked_part_of_an_article(extra_assistant):
    a = _body(extra_assistant.ask("邳州板材加工在分级管控上怎么做的").answer)  # a Markdown list item's bullet
    assert "3260余家" in a and "• " not in a, a
    a = _body(extra_assistant.ask("常州在执法方面采取了哪些措施").answer)
    assert "436.5" in a and "2.1 万人次" not in a, a


def test_twins_without_an_aspect_keep_every_point(extra_assistant):
    a = _body(extra_assistant.ask("宿迁电动自行车隐患整治有哪些做法").answer)
    assert all(w in a for w in ("严把源头关", "补齐设施短板", "整治违规充电", "推进以旧换新")), a
    a = _body(extra_assistant.ask("泰州四个到位主要做法").answer)
    assert all(w in a for w in ("责任落实到位", "隐患排查到位", "技术保障到位", "教育培训到位")) and "兴化" not in a, a
    a = _body(extra_assistant.ask("南通有哪些经验做法").answer)
    assert all(w in a for w in ("南通强化风险隐患防控", "打非治违", "六化")), a
