"""Open questions across places (各地是怎么…) and questions whose words the article title already says."""

from __future__ import annotations

import re

from test_pipeline import BINHAI, raw, squash

JIANGSU_14 = "000_c4edaeb9e379b5d7.txt"

HUAIAN_LEADS = ("立足镇街实际", "结合基层减负", "狠抓规范管理", "聚焦人才培养")


def test_leads_are_the_huaian_articles_enumeration():
    text = squash(raw(JIANGSU_14))
    assert all(re.search(rf"[一二三四]是{lead}", text) for lead in HUAIAN_LEADS)


def test_open_question_across_places_answers_every_article_on_the_topic_newest_first(assistant):
    a = assistant.ask("各地在加强基层监管队伍建设上有哪些做法？")
    assert "多篇相关文章" in a.answer, a.answer
    # the two articles on the topic with all their points; an article on other things (苏州 大数据+网格化,
    # 常州 in the special feature) may add only its sentences on 基层…队伍建设
    assert {JIANGSU_14, BINHAI} <= {c.source for c in a.citations}
    assert all(lead in a.answer for lead in HUAIAN_LEADS), a.answer
    assert "依托“大数据”精准监管" not in a.answer
    assert a.answer.index("2025年第14期") < a.answer.index("2021年第10期")  # newest first


def test_the_same_topic_without_across_places_words_keeps_the_articles_whose_titles_say_it(assistant):
    # no place and no issue: the topic wherever it was done, but only the articles about it by their titles
    # (淮安 2025年第14期, 滨海县 2021年第10期), not those that mention 基层/队伍 in passing (苏州, 常州)
    a = assistant.ask("基层监管队伍建设有哪些做法？")
    assert {c.source for c in a.citations} == {"000_c4edaeb9e379b5d7.txt", "004_91fdd76356558e47.txt"}, a.answer
    assert a.answer.index("2025年第14期") < a.answer.index("2021年第10期")  # newest first


def test_a_compound_whose_parts_the_title_says_does_not_narrow_the_answer(assistant):
    # 安全监管 is not verbatim in 基层安全生产监管队伍建设, but both its parts are: the question asks about
    # the whole article, so every enumerated point is answered.
    a = assistant.ask("淮安在安全监管队伍建设上有哪些做法？")
    assert all(lead in a.answer for lead in HUAIAN_LEADS), a.answer


def test_a_question_word_the_briefings_say_with_a_synonym_narrows_to_that_point(assistant):
    # 兑现 is in no briefing; the 宿迁 article says 拟发放 / 已发放 奖励金额 in point 二 only
    text = squash(raw("001_9ab1dbcf5bb79156.txt"))
    assert "兑现" not in text and "已发放奖励金额" in text
    a = assistant.ask("宿迁的隐患报告奖励是怎么兑现的？")
    assert "已发放奖励金额" in squash(a.answer) and "拟发放奖励金额" in squash(a.answer), a.answer
    assert "累计排查隐患" not in squash(a.answer)  # point 一 is not about paying the rewards
