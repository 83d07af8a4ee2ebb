"""Open questions of round 10 (helper o16): what a practice achieved (成效/效果), an issue's editor's note
(编者按), a topic across places carried out by a doing verb or joined by 和, and two practices set side by
side (有啥不同)."""

from __future__ import annotations

from support import raw_briefing, squash


def test_the_texts_say_what_the_answers_quote():
    issue16 = squash(raw_briefing("001_9ab1dbcf5bb79156.txt"))
    assert "已有343家企业落实隐患报告奖励机制" in issue16 and "个个都是吹哨人" in issue16
    latest = squash(raw_briefing("003_07edcc791e64548a.txt"))
    assert "构建了全域覆盖、边界清晰" in latest


def test_an_effect_question_gets_the_results_not_the_measures(assistant):
    # 效果咋样 / 成效如何 ask what was achieved: the sentences that report results (已有343家…落实, 共划分…构建了…),
    # not the points' lead clauses.
    a = assistant.ask("宿迁隐患报告奖励机制效果咋样？")
    assert a.to_dict()["understood"]["asks"] == "effect", a.answer
    assert "落实隐患报告奖励机制" in squash(a.answer) and "消除事故隐患" in a.answer, a.answer
    b = squash(assistant.ask("靖江巡查单元划分成效如何？").answer)
    assert "住宅巡查单元" in b and "全域覆盖" in b, b
    assert "专班统筹推进" not in b, b
    # 取得了哪些成果 is an open question too (it was read as a fact and refused)
    d = assistant.ask("无锡专项巡察取得了哪些成果？")
    assert not d.refused and d.to_dict()["understood"]["kind"] == "open", d.answer
    # without 成效 the same article still answers with its points
    c = assistant.ask("靖江巡查单元划分有啥做法？").answer
    assert "专班统筹推进" in c, c


def test_an_editors_note_is_answered_by_the_note(extra_assistant):
    # The .docx issues carry a 编者按 before the article it introduces; asked for, it is the answer.
    a = squash(extra_assistant.ask("25年第26期的编者按说了啥？").answer)
    assert "量大面广" in a and "差异化监管" in a, a
    assert "一企一码" not in a, a
    b = squash(extra_assistant.ask("26年第7期编者按讲的什么").answer)
    assert "有限空间作业是工贸行业事故多发环节" in b, b


def test_across_places_a_doing_verb_does_not_pick_articles(assistant):
    # 推行 in 各地推行“吹哨”机制 made 靖江's 推行“系统核查+实地督导”双线推进机制 look on topic and crowd out
    # the 南通 article that says 个个都是吹哨人.
    a = squash(assistant.ask("各地推行“吹哨”机制有啥可以借鉴的？").answer)
    assert "个个都是吹哨人" in a and "镇街吹哨" in a, a
    assert "系统核查" not in a, a


def test_across_places_two_joined_topics_each_count(extra_assistant):
    # 船舶和渔船: an article on either topic answers (泰州 船舶修造 as well as 盐城 渔业船舶).
    a = squash(extra_assistant.ask("船舶和渔船安全方面各地有啥可以借鉴的？").answer)
    assert "压实企业主体责任" in a and "一张网" in a, a


def test_a_comparison_word_names_no_part(assistant):
    # 有啥不同 sets two practices side by side; 不同 (in 针对…不同特点 of 淮安's point 一) must not narrow to it.
    a = squash(assistant.ask("淮安和滨海县在基层监管队伍建设上做法有啥不同？").answer)
    assert "聚焦人才培养" in a and "立足镇街实际" in a and "重培训" in a, a
