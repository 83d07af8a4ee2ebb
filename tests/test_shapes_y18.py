"""Question shapes of batch y18 read by structure, on the real briefings and index: 难道 asks a yes/no and 都是/全是
claims one thing is all of them; 全年 and 下一步 are times a when-question is answered by; sides of a comparison
that name two different years or issues are each read in their own; a yes/no claiming the issue that printed an
article, or the month of a named issue, is checked against the masthead; the place of a named article in its issue
(第几篇) and an issue's 头条; a ratio asked (A是B的几倍) is said with its arithmetic and checked; a side of a comparison
keeps its own figure when no figure in the other side's unit class answers its words; a figure stated in a yes/no is
checked against the text's figure of its own noun (not across a list mark) and of its own 已/拟."""

from __future__ import annotations

from decimal import Decimal

from support import raw_briefing as raw, squash

ISSUE_14 = "000_c4edaeb9e379b5d7.txt"
ISSUE_16 = "001_9ab1dbcf5bb79156.txt"
SPECIAL = "002_ca7909b6935f5c44.txt"
ISSUE_2026 = "003_07edcc791e64548a.txt"
ISSUE_2021 = "004_91fdd76356558e47.txt"


def test_nandao_asks_a_yes_no_and_all_of_them_is_an_only_claim(assistant):
    from rag_assistant.answer import lexicon as lx

    assert lx.STRONG_YESNO_RE.search("难道都是应急局的？")
    assert "由工信、公安、市场监管等8部门组成联合检查组" in raw(ISSUE_14)
    a = assistant.ask("南通打非治违的联合检查组难道全是公安的人？")
    assert a.answer.startswith("不只") and "市场监管" in a.answer, a.answer


def test_a_whole_year_and_the_next_step_are_times():
    from rag_assistant.answer.times import PERIOD_RE, time_spans

    spans = [f.surface for f in time_spans("定期邀请专家，全年计划组织各类业务培训班 50 余次")]
    assert spans == ["全年"] and PERIOD_RE.search("全年")
    assert [f.surface for f in time_spans("下一步，徐州市应急管理系统将纵深开展“四个回头看”")] == ["下一步"]
    assert time_spans("一步一个脚印把应急管理事业推向前进") == []


def test_a_when_is_answered_by_the_year_span_and_by_the_next_step(assistant):
    assert "全年计划组织各类业务培训班50余次、人员3000余人次" in raw(ISSUE_2021)
    a = assistant.ask("滨海县3000余人次的培训是多长时间里的？")
    assert a.answer.startswith("全年"), a.answer
    b = assistant.ask("徐州啥时候纵深开展四个回头看？")
    assert b.answer.startswith("下一步"), b.answer


def test_sides_of_two_years_are_each_read_in_their_own(assistant):
    assert "组织专题培训会9场次" in raw(ISSUE_14) and "组织社会面小场所培训287场次" in raw(ISSUE_2026)
    a = assistant.ask("25年14期打非治违的专题培训会跟26年南通小场所培训，哪个场次多？")
    said = squash(a.answer)
    assert "9场次" in said and "287场次" in said and "不能直接比较" not in said, a.answer


def test_a_claimed_issue_of_an_article_or_month_of_an_issue_is_checked_against_the_masthead(assistant):
    from rag_assistant.answer.confirm import printed_claim

    assert printed_claim("扬州那篇是不是登在2026年第13期？")
    assert not printed_claim("南通的四化实施意见是2021年印发的吗？")  # a year of the content, not of the issue
    a = assistant.ask("扬州三位一体执法那篇是不是登在26年13期？")
    assert a.answer.startswith("不是") and "2021年第10期" in a.answer, a.answer
    b = assistant.ask("宿迁隐患奖励那篇是25年16期的吗？")
    assert b.answer.startswith("是") and "2025年第16期" in b.answer, b.answer
    # a month claimed of a named issue, with no topic word outside the claim, is its masthead's month
    for question, head, date in (("25年16期是不是7月出的？", "不是", "6月27日"), ("21年那期简报是5月份出的吗？", "是", "5月20日")):
        c = assistant.ask(question)
        assert c.answer.startswith(head) and date in c.answer, c.answer


def test_the_place_of_a_named_article_in_its_issue(assistant):
    a = assistant.ask("宿迁那篇在25年16期是第几篇？")
    assert "第三篇" in a.answer and "宿迁" in a.answer and not a.refused, a.answer
    # named by its topic, or by the campaign its title quotes, rather than by a place
    b = assistant.ask("安全生产月那条新闻排第几？")
    assert b.answer.startswith("《2025年全省“安全生产月”活动启动》是该期第一篇"), b.answer
    c = assistant.ask("打非治违那篇排第几？")
    assert c.answer.startswith("《南通市扎实推进化工、医药企业“打非治违”专项治理行动》是该期第二篇"), c.answer


def test_a_ratio_is_said_with_its_arithmetic_and_verified(assistant):
    from rag_assistant.answer.difference import ratio_note
    from rag_assistant.derived import is_derived
    from rag_assistant.numbers import extract_figures

    eight, two = extract_figures("8 人")[0], extract_figures("2 人")[0]
    assert ratio_note("抓获", "刑拘", eight, two) == "抓获是刑拘的4倍（8人÷2人）。"
    assert ratio_note("甲", "乙", eight, extract_figures("2 家")[0]) == ""  # two units: no quotient
    said = "是刑拘的4倍（8人÷2人）。"
    four = next(f for f in extract_figures(said) if f.unit == "倍")
    assert four.value == Decimal(4) and is_derived(said, four, ["抓获嫌疑人 8 人、刑拘 2 人"])
    assert "拟发放奖励金额175.1万元，已发放奖励金额23.47万元" in raw(ISSUE_16)
    a = assistant.ask("宿迁拟发的奖励金额是已发的几倍？")
    assert "约7.5倍" in squash(a.answer) and not a.unsupported_numbers, a.answer


def test_a_side_keeps_its_own_figure_when_the_other_unit_class_does_not_answer_it(assistant):
    assert "立案查处违法违规行9家次" in raw(ISSUE_14) and "立案2人" in raw(ISSUE_16)
    a = assistant.ask("无锡巡察立案的人跟南通打非治违立案查处的比，谁多？")
    said = squash(a.answer)
    assert "9家次" in said and "2人" in said and "不能直接比较" in said, a.answer


def test_the_headline_article_is_the_first_of_its_issue(assistant):
    from rag_assistant.answer.ordinal import article_ordinal

    assert article_ordinal("最新一期头条讲的哪个市？") == 1
    a = assistant.ask("25年14期的头条是啥？")
    assert a.answer.startswith("第一篇是《2025年全省“安全生产月”活动启动》"), a.answer


def test_a_stated_figure_is_checked_against_its_own_noun_and_its_own_qualifier(assistant):
    # 小场所巡查单元 785 个、住宅巡查单元 942 个: a noun after a list mark counts the next figure, not this one
    assert "小场所巡查单元785个、住宅巡查单元942个" in raw(ISSUE_2026)
    a = assistant.ask("靖江的住宅巡查单元有没有1000个？")
    # 有没有 is answered 没有 since round 19 (h-j19); 不是 is the same verdict
    assert a.answer.startswith(("不是", "没有")) and "942个" in squash(a.answer.split("。")[0]), a.answer
    # 拟发放 175.1 万元，已发放 23.47 万元: the question's 已 picks the figure its own words say 已 of
    b = assistant.ask("宿迁已发放奖励超过20万元了吗？")
    assert b.answer.startswith("是") and "23.47万元" in squash(b.answer.split("。")[0]), b.answer
    c = assistant.ask("宿迁已经发放的奖励有没有超过30万元？")
    assert c.answer.startswith("没有") and "23.47万元" in squash(c.answer.split("。")[0]), c.answer
