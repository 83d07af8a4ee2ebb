"""Kind and verdict read from what the question words govern, on the real bundled briefings (helper y15):
a statement ending in 吧 asks to confirm it, a plan verb governs the later clauses of its sentence, a claimed trend
or a stated half is checked against the text, a clause-head 今年 is a time that governs only what follows it, and
counts of an issue's articles or of the briefings' places are read from the briefings' metadata."""

from __future__ import annotations

import re

from support import raw_briefing as raw, squash
from rag_assistant.answer.governs import planned, trend_check, with_halves

SPECIAL = "002_ca7909b6935f5c44.txt"
ISSUE_14 = "000_c4edaeb9e379b5d7.txt"
LATEST = "003_07edcc791e64548a.txt"
ISSUE_2021 = "004_91fdd76356558e47.txt"
ISSUE_16 = "001_9ab1dbcf5bb79156.txt"


def head(answer) -> str:
    return squash(re.split(r"[。]", answer.answer)[0])


def test_a_statement_ending_in_ba_is_a_yes_no_and_a_plan_verb_governs_the_next_clause(assistant):
    assert "计划到今年年底，企业一线班组安全教育培训机制有效运行" in raw(SPECIAL)
    a = assistant.ask("苏州班组安全教育培训机制已经运行起来了吧？")
    assert a.understood.kind == "yesno" and head(a).startswith("还没有"), a.answer
    assert "吧" not in a.understood.topic
    # 计划 as a noun (集中编制年度检查计划，…) plans nothing: the next clause is a fact.
    assert "集中编制年度检查计划，对社会面小场所实行网格化监管" in raw(ISSUE_14)
    b = assistant.ask("淮南对社会面小场所实行网格化监管了吧？")
    assert head(b).startswith("有"), b.answer
    # A request ending in 吧 is not a yes/no.
    assert assistant.ask("说说南通吧").understood.kind == "open"


def test_planned_reads_the_plan_word_of_an_earlier_clause_until_a_word_of_completion():
    sentence = "现场推进会举行，计划到今年年底，企业一线班组安全教育培训机制有效运行"
    clause = "企业一线班组安全教育培训机制有效运行"
    at = sentence.index(clause)
    assert planned("机制已经有效运行了吧", ("机制", "运行"), sentence, at, clause)
    assert not planned("有没有计划运行这个机制", ("机制", "运行"), sentence, at, clause)  # the plan is asked
    done = "拟发放奖励金额175.1万元，已发放奖励金额23.47万元"
    assert not planned("奖励发了吗", ("奖励", "发放"), done, done.index("已发放"), done[done.index("已发放"):])


def test_a_claimed_trend_is_checked_against_the_clauses(assistant):
    assert "实现生产安全事故起数和死亡人数逐年下降" in raw(SPECIAL)
    assert trend_check("是不是一年比一年多", "生产安全事故起数和死亡人数逐年下降") == (False, "逐年下降")
    assert trend_check("是不是在下降", "事故起数逐年下降") == (True, "逐年下降")
    assert trend_check("有没有建立机制", "事故起数逐年下降") is None  # no trend claimed
    a = assistant.ask("常州的事故死亡人数是不是越来越多？")
    assert head(a).startswith("不是") and "下降" in head(a), a.answer


def test_a_stated_half_is_checked_against_the_texts_bound(assistant):
    assert "每家单位检查时间不少于1天" in raw(ISSUE_2021)
    assert with_halves("查半天就够了吧") == "查0.5天就够了吧" and with_halves("半年内不再检查") == "半年内不再检查"
    a = assistant.ask("扬州三位一体执法，一家单位检查半天行不行？")
    assert head(a).startswith("不是") and "不少于1天" in head(a), a.answer


def test_a_clause_head_jinnian_is_a_time_that_governs_only_what_follows_it(assistant):
    assert "今年，南京市应急管理局启动编撰了" in raw(SPECIAL) and "2019年机构改革以来" in raw(SPECIAL)
    a = assistant.ask("南京启动编撰安全生产法条文理解与适用是哪一年？")
    assert not a.refused and head(a).startswith("今年"), a.answer
    # 信息化 is said before that 今年 (着眼于以信息化方式…，今年，…) and after 2019年机构改革以来.
    b = assistant.ask("南京应急管理信息化是从哪年起步的？")
    assert head(b).startswith("2019年"), b.answer


def test_counts_of_articles_and_places_are_read_from_the_briefings(assistant):
    a = assistant.ask("最新一期登了几篇，第一篇讲的哪里？")
    assert a.understood.kind == "list" and "2篇" in a.answer and "靖江" in a.answer, a.answer
    assert {c.source for c in a.citations} == {LATEST}
    b = assistant.ask("专刊介绍了几个城市的经验？")
    assert b.answer.startswith("共7个") and "连云港" in b.answer, b.answer
    assert {c.source for c in b.citations} == {SPECIAL}
    c = assistant.ask("无锡巡察了几个市县区？")  # a place named and a verb of the text: a figure of the article
    assert c.understood.kind == "figure" and "7个市（县）区" in c.answer, c.answer


def test_the_stated_figure_is_checked_against_the_figure_counting_the_fronted_noun(assistant):
    assert "全市54家化工企业、374家危化品经营企业全面建立事故隐患报告制度" in raw(ISSUE_16)
    a = assistant.ask("宿迁的化工企业是不是有54家建立了隐患报告制度？")
    assert head(a).startswith("是") and "54家" in head(a), a.answer
    b = assistant.ask("宿迁危化品经营企业是不是有54家建立了隐患报告制度？")
    assert head(b).startswith("不是") and "374家" in head(b), b.answer


def test_work_under_way_does_not_say_it_is_done(assistant):
    assert "推进市安全文化教育体验馆修缮布展工程" in raw(SPECIAL)
    a = assistant.ask("苏州的安全文化教育体验馆已经修好了吧？")
    assert head(a).startswith("还没有") and "推进" in head(a), a.answer


def test_a_sentence_without_a_year_is_dated_by_its_briefing(assistant):
    assert "目前，全市12个重点行业领域已有2.5万家生产经营单位建立该机制" in raw(ISSUE_16)
    a = assistant.ask("南通2.5万家单位建立了隐患报告奖励机制，是不是在26年？")
    assert head(a).startswith("不是") and "2025年" in head(a), a.answer


def test_weekday_questions_and_a_time_governing_up_to_the_next_time(assistant):
    assert "周二现场督导、周三视频调度" in raw(ISSUE_14)
    a = assistant.ask("南通打非治违的现场督导放在周几？")
    assert a.understood.kind == "when" and head(a).startswith("周二"), a.answer
    b = assistant.ask("南通打非治违视频调度放在周几？")
    assert head(b).startswith("周三"), b.answer


def test_an_issue_asked_through_a_quoted_campaign_name_and_several_issue_dates(assistant):
    a = assistant.ask("安全生产月那条新闻登在哪期了？")  # 月 alone is a date word: the title's quoted name keeps it
    assert "2025年第14期" in a.answer and {c.source for c in a.citations} == {ISSUE_14}, a.answer
    b = assistant.ask("25年14期和16期分别是哪天出的？")
    assert "2025年5月30日" in b.answer and "2025年6月27日" in b.answer, b.answer
    c = assistant.ask("宿迁上过几次简报？")
    assert c.understood.kind == "list" and c.answer.startswith("共1期") and "2025年第16期" in c.answer, c.answer
