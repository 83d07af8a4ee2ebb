"""Follow-ups on the real briefings: a place named by a pronoun (这个县), an open follow-up after a figure
question (the whole article, not the point holding the figure), and a count asked of a thing the text only
gives by kinds (every kind)."""

from __future__ import annotations

from support import squash
from rag_assistant.answer.kinds import kinds_clause

JINGJIANG = ("泰州靖江市依托省网格化数智应用系统，将全市 13 个镇街（园区）共划分工业巡查单元 268 个、行业巡查单元 136 个、"
             "小场所巡查单元 785 个、住宅巡查单元 942 个，全部纳入系统实施")


def test_a_place_pronoun_carries_the_place_and_is_not_left_in_the_question(assistant):
    a = assistant.ask("这个县核增了多少编制？", history=["滨海县全年计划组织多少次业务培训班？"])
    assert "滨海" in a.standalone_question and "个县" not in a.standalone_question, a.standalone_question
    assert "18" in squash(a.answer), a.answer


def test_an_open_followup_after_a_figure_answers_the_whole_article(assistant):
    a = assistant.ask("他们是怎么做的？", history=["扬州立案查处了多少件？"])
    text = squash(a.answer)
    assert all(lead in text for lead in ("两手抓", "三载体", "四并重")), a.answer
    a = assistant.ask("那该市具体采取了哪些措施？", history=["南通打非治违开展了多少次跨部门联合检查？"])
    text = squash(a.answer)
    assert all(lead in text for lead in ("高位推动强部署", "创新机制提质效", "科技赋能严执法", "标本兼治固根基")), a.answer


def test_a_count_of_a_thing_given_only_by_kinds_reports_every_kind(assistant):
    a = assistant.ask("靖江一共划了多少个巡查单元？")
    text = squash(a.answer)
    assert all(f in text for f in ("268个", "136个", "785个", "942个")), a.answer
    a = assistant.ask("靖江划了多少个小场所巡查单元？")
    assert "785个" in squash(a.answer) and "268个" not in squash(a.answer), a.answer


def test_kinds_clause_widens_only_when_no_kind_is_named():
    clause = "镇街（园区）共划分工业巡查单元 268 个"
    assert kinds_clause(JINGJIANG, clause, "268 个", "靖江有多少个巡查单元？").endswith("住宅巡查单元 942 个")
    assert kinds_clause(JINGJIANG, clause, "268 个", "靖江有多少个工业巡查单元？") == clause


def test_a_correction_or_a_change_of_scope_is_read_as_the_new_slot(assistant):
    a = assistant.ask("说错了，是南通", history=["南京开展了多少次跨部门联合检查？"])
    assert "南通" in a.standalone_question and "南京" not in a.standalone_question, a.standalone_question
    assert "37次" in squash(a.answer), a.answer
    a = assistant.ask("不对，是危化品经营企业", history=["宿迁有多少家化工企业建立了隐患报告制度？"])
    assert "374家" in squash(a.answer), a.answer
    a = assistant.ask("改成2026年", history=["2025年第16期南通配了多少安全巡查员？"])
    assert "2026年" in a.standalone_question and "改成" not in a.standalone_question, a.standalone_question


def test_a_year_relative_to_the_previous_turn_is_that_year(assistant):
    a = assistant.ask("去年呢？", history=["南通26年配了多少巡查员？"])
    assert "2025年" in a.standalone_question and "去年" not in a.standalone_question, a.standalone_question
    assert "7500余名" in squash(a.answer), a.answer


def test_a_leading_zhege_is_a_pronoun_not_a_stray_measure_word(assistant):
    a = assistant.ask("这个是哪期简报登的？", history=["宿迁有多少家企业落实了隐患报告奖励机制？"])
    assert "宿迁" in a.standalone_question and "个是" not in a.standalone_question, a.standalone_question
    assert "2025年第16期" in a.answer, a.answer


def test_a_fine_asked_as_fakuan_is_the_text_s_chufa_amount(assistant):
    a = assistant.ask("那罚款呢？", history=["扬州查了多少家单位？"])
    assert "282.87万元" in squash(a.answer) and not a.refused, a.answer
