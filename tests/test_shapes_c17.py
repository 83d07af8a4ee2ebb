"""Question shapes of batch c17 read by structure, on the real briefings and index: two figures of two units with
nothing between are one phrase (9 批 24 个典型案例); a unit named as a noun (条数) is the asked unit, and two count
units of which one names a kind (家 vs 条) count two things; a yes/no about the masthead (最新那期是25年的吗)
checks the claimed year; an article asked by its place in its issue (头一篇, 最后一篇, 同一期); a plan said by the
sentence's lead (下一步…将); a bare follow-up naming an earlier turn's counted thing by its head; a when asked
through a figure of the article is answered by the article's lead time."""

from __future__ import annotations

from support import raw_briefing as raw, squash

ISSUE_16 = "001_9ab1dbcf5bb79156.txt"
SPECIAL = "002_ca7909b6935f5c44.txt"
ISSUE_2026 = "003_07edcc791e64548a.txt"


def test_nested_figures_are_one_phrase(assistant):
    assert "公布9批24个典型案例" in squash(raw(ISSUE_16))
    a = assistant.ask("南通16期一共公布了多少批典型案例？无锡推动了几件公益诉讼？")
    said = squash(a.answer)
    assert "9批" in said and "1件" in said, a.answer


def test_a_unit_named_as_a_noun_is_the_asked_unit(assistant):
    from rag_assistant.answer.measure import asked_class

    assert asked_class("哪个条数多") == ("条", "count")
    assert "明确全员共116条安全生产职责" in raw(SPECIAL) and "法定7项职责" in raw(SPECIAL)
    a = assistant.ask("徐州全员安全生产职责和法定职责哪个条数多？")
    said = squash(a.answer)
    assert "116条" in said and "7项" in said and "未给出" not in a.answer, a.answer


def test_a_change_asked_of_a_unit_noun_is_answered_by_a_share(extra_assistant):
    # 起数同比降了多少 asks how much the count changed, which the text gives as a share (下降近两成): the unit named
    # as a noun (起数) does not fix the unit when the question word follows a change verb.
    from rag_assistant.answer.measure import asked_class

    assert asked_class("较大事故起数同比降了多少") == ("", "")
    assert asked_class("事故起数下降了多少起") == ("起", "count")
    a = extra_assistant.ask("较大事故起数同比降了多少？")
    assert not a.refused and "近两成" in squash(a.answer), a.answer


def test_counts_in_a_unit_of_a_kind_and_another_unit_are_not_compared(assistant):
    assert "对全市21021家生产经营单位报告的39777条较大以上风险" in raw(SPECIAL)
    a = assistant.ask("徐州报了风险的条数比报告风险的单位多多少？")
    said = squash(a.answer)
    assert "39777条" in said and "21021家" in said and "不能直接比较" in said, a.answer


def test_a_yes_no_about_the_masthead_checks_the_claimed_year(assistant):
    a = assistant.ask("最新那期是2025年的吗？")
    assert a.answer.startswith("不是") and "2026年第13期" in a.answer, a.answer
    b = assistant.ask("最早那期是不是21年的？")
    assert b.answer.startswith("是") and "2021年第10期" in b.answer, b.answer
    c = assistant.ask("最新一期是2026年3月25号出的吗？")  # the year holds, the day does not
    assert c.answer.startswith("不是") and "3月26日" in c.answer, c.answer


def test_an_article_asked_by_its_place_in_its_issue(assistant):
    a = assistant.ask("最新一期第二篇讲的是什么？")
    assert a.answer.startswith("第二篇是《泰州靖江市"), a.answer
    assert not a.unsupported_numbers, a.unsupported_numbers  # 第二篇 is an ordinal, not a count to verify
    b = assistant.ask("21年那期最后一篇是哪的？")
    assert b.answer.startswith("最后一篇是《盐城市滨海县"), b.answer
    d = assistant.ask("25年14期第三篇讲的哪个市？")  # counted among all the issue's articles, whatever the topic words
    assert d.answer.startswith("第三篇是《淮") and not d.refused, d.answer
    e = assistant.ask("第13期第二篇里一共划分了多少个住宅巡查单元？")  # a figure asked inside the n-th article
    assert "942" in e.answer and not e.answer.startswith("第二篇"), e.answer
    c = assistant.ask("扬州那篇和哪些地方登在同一期？")
    assert "苏州" in c.answer and "滨海" in c.answer, c.answer


def test_a_sentence_that_opens_with_a_plan_plans_what_it_says(assistant):
    assert "下一步，徐州市应急管理系统将纵深开展“四个回头看”" in raw(SPECIAL)
    a = assistant.ask("徐州已经开展四个回头看了吗？")
    assert a.answer.startswith("还没有"), a.answer


def test_a_follow_up_names_an_earlier_turns_counted_thing(assistant):
    assert "住宅巡查单元942个" in squash(raw(ISSUE_2026))
    a = assistant.ask("那靖江的住宅单元呢？", history=["26年南通划了多少个巡查单元？", "配了多少巡查员？"])
    assert "942" in a.answer and not a.refused, a.answer


def test_a_when_asked_through_a_figure_takes_the_articles_lead_time(assistant):
    assert "今年上半年，无锡市委" in raw(ISSUE_16)
    a = assistant.ask("无锡巡察走访1600余处重点企业是啥时候的事？")
    assert a.answer.startswith("今年上半年") and not a.refused, a.answer


def test_an_only_claim_is_checked_against_a_listed_clause(assistant):
    assert "按等级给予现金、绩效加分等奖励" in raw(ISSUE_16)
    a = assistant.ask("南通打非治违的联合检查组只有公安参加吗？")
    assert a.answer.startswith("不只") and "市场监管" in a.answer, a.answer
    from rag_assistant.answer.governs import only_listed

    assert not only_listed("只要报告就给现金吗", ("报告", "现金"), "按等级给予现金、绩效加分等奖励")  # a condition


def test_a_lone_character_after_a_word_that_took_its_partner_is_read_with_it():
    from rag_assistant.answer.understand import content_terms

    assert "现金" in content_terms("奖励只发现金吗")
