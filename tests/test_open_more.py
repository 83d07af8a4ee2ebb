"""Open answers over the real briefings (helper o12): two parts named by their leads are both answered, a
narrow answer over a long unenumerated section keeps the sentences that say most, and across places a
point's lead sentence runs on to what was done."""

from __future__ import annotations

from test_pipeline import raw, squash

LIUHUA_2026 = "003_07edcc791e64548a.txt"


def test_two_parts_named_by_their_leads_are_both_answered(assistant):
    # 数字化 and 实体化 each name one point's lead; 实体化's other words (实体) must not crowd 数字化 out
    a = assistant.ask("南通六化建设里数字化跟实体化两块是咋做的？")
    assert "聚焦“数字化”" in a.answer and "聚焦“实体化”" in a.answer, a.answer
    assert "58个信息系统" in squash(a.answer) and "9.2万名" in squash(a.answer), a.answer
    assert "聚焦“手册化”" not in a.answer  # still narrow: the parts not named stay out


def test_narrow_answer_over_a_long_unenumerated_section_keeps_the_sentences_that_say_most(assistant):
    # the 无锡 section of the special feature enumerates nothing; the passages after its matching sentences
    # run past eight sentences, and the 挂牌督办 sentence (重大…事故隐患) says more than the neighbours of
    # the opening summary (深化…执法改革) that name no asked word
    a = assistant.ask("无锡在专刊里讲的重大事故隐患治理有哪些做法？")
    assert "挂牌督办" in a.answer, a.answer
    assert len([ln for ln in a.answer.splitlines() if ln[:2] in {f"{c}、" for c in "一二三四五六七八"}]) == 8


def test_across_places_a_lead_sentence_runs_on_to_what_was_done(assistant):
    text = squash(raw(LIUHUA_2026))
    assert "聚焦“数字化”，在“通”与“智”上促升级。加速整合15个部门58个信息系统" in text
    a = assistant.ask("哪些地方在推进数字化，怎么推进的？")
    line = next(ln for ln in a.answer.splitlines() if "聚焦“数字化”" in ln)
    assert "58个信息系统" in squash(line), a.answer


def test_a_request_to_describe_a_place_is_an_open_question(assistant):
    # 介绍下…的情况 asks what the place did: the article's points, not one sentence taken as a fact
    a = assistant.ask("介绍下常州的情况吧")
    assert a.understood.kind == "open", a.understood
    assert all(w in a.answer for w in ("“大安全”", "“重难点”", "“小切口”")), a.answer


def test_an_issue_scoped_question_naming_no_article_is_answered_from_every_article_of_the_issue(assistant):
    # 学习 (in 学习贯彻) names no article of 2021年第10期: the issue's three articles answer, newest first
    a = assistant.ask("21年那期有啥做法值得学习？")
    titles = [c.title for c in a.citations]
    assert {"苏州", "扬州", "滨海"} <= {p for p in ("苏州", "扬州", "滨海") if any(p in t for t in titles)}, a.answer
    assert "多篇相关文章" in a.answer


def test_a_topic_question_naming_no_place_and_no_issue_is_answered_wherever_the_topic_was_done(assistant):
    # no 各地 and no place: 燃气 was done by 南通 (2025年第16期), 常州 and 连云港 (the special feature)
    a = assistant.ask("燃气方面有啥好做法？")
    titles = {c.title for c in a.citations}
    assert any("常州" in t for t in titles) and any("连云港" in t for t in titles), a.answer
    assert "一充一险" in a.answer and "多篇相关文章" in a.answer
