"""Answers over the fourth synthetic issue (eval/extra_briefings/extra_2026_03.txt, a layout the parser had not
seen): inline enumerations, yes/no forms, follow-ups and scopes, on the real files."""

from __future__ import annotations


import pytest

from support import BUNDLED, EXTRA, squash
from rag_assistant.answer.points import article_points
from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing

NEW = EXTRA / "extra_2026_03.txt"



def test_an_enumeration_inside_one_paragraph_with_semicolons_is_the_articles_points():
    # 会议要求，…五项工作：一是…；二是…；…五是…。 — five clauses apart by semicolons, each a point of its own
    # (not a list of words inside one point), although each is shorter than 30 characters.
    b = parse_briefing(load_file(NEW).text, NEW.name)
    points = article_points(b.articles[0])
    assert [p.marker for p in points] == ["一是", "二是", "三是", "四是", "五是"]
    assert points[0].lead.startswith("全面完成安全生产治本攻坚三年行动")


def test_open_question_on_a_meeting_lists_its_inline_tasks(extra_assistant):
    a = extra_assistant.ask("全省应急管理工作会议今年要抓好哪几项工作？")
    body = squash(a.answer)
    for phrase in ("治本攻坚三年行动", "重点行业领域专项整治", "应急指挥信息化平台", "基层应急管理能力建设", "安全生产执法"):
        assert phrase in body, a.answer


@pytest.mark.parametrize("question, said", [
    # 市级安排…1650万元，已兑现1280万元，其余拟于…兑现: a measure noun (资金) asked with 吗 and no 多少 is a yes/no
    # question, and an allotted whole above the done part says not all is done.
    ("无锡那笔奖补资金是不是全部兑现了？", "1280万元"),
    ("无锡安全生产奖补资金都兑现了吗", "1280万元"),
    # 发现隐患9650条，已整改9482条: found above done.
    ("泰州建筑施工专项检查发现的隐患全都整改了吗？", "9482条"),
])
def test_asking_whether_all_is_done_answers_no_when_the_done_part_is_below_the_whole(extra_assistant, question, said):
    a = extra_assistant.ask(question)
    assert a.answer.startswith("没有"), a.answer
    assert said in squash(a.answer), a.answer


def test_asking_whether_all_is_done_answers_yes_when_the_text_says_all(extra_assistant):
    a = extra_assistant.ask("泰州在建项目都签了安全生产责任书吗？")
    assert a.answer.startswith("有"), a.answer
    assert "全部签订安全生产责任书" in squash(a.answer), a.answer


@pytest.mark.parametrize("question, figure", [
    # A January 2026 issue reports 2025 (全年…, 2025年对…约谈): 去年 asked of it is the 2025 the article states.
    ("南京去年一年查处了多少起危化品运输车辆违法行为？", "2347起"),
    ("无锡去年约谈了多少家企业的主要负责人？", "47家"),
])
def test_last_year_is_the_year_before_the_briefings_own(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert "未给出" not in a.answer and not a.refused, a.answer
    assert figure in squash(a.answer), a.answer


def test_last_year_still_needs_a_year_the_article_states(extra_assistant):
    # 2025年第14期 (May 2025) on 南通's 打非治违 states no 2024 figure: 去年 there is 2024年, not said; its
    # 累计排查企业 31933 家 is of 2025. (The campaign is named: 2026年第7期's 海门 article, 2025年起…, is another.)
    assert "累计排查企业 31933 家" in (BUNDLED / "000_c4edaeb9e379b5d7.txt").read_text(encoding="utf-8")
    a = extra_assistant.ask("南通打非治违去年排查了多少家企业？")
    assert "未给出" in a.answer or a.refused, a.answer


@pytest.mark.parametrize("history, question, figure", [
    # A short question without a subject goes on about the previous turn's place (盐城 2734条, 泰州 9650条).
    ("盐城渔船双随机检查查处了多少起违法行为？", "发现了多少条隐患？", "2734条"),
    ("泰州建筑施工专项检查了多少个次项目？", "发现了多少条隐患？", "9650条"),
    # The province is a subject of its own: nothing is carried into it.
    ("淮安燃气执法立案查处了几起？", "全省一季度死了多少人？", "231人"),
])
def test_a_short_question_without_a_subject_carries_the_previous_place(extra_assistant, history, question, figure):
    a = extra_assistant.ask(question, history=[history])
    assert figure in squash(a.answer), a.answer


@pytest.mark.parametrize("question, measure", [
    # jieba tags 点 of 风险点 as a numeral and 重大 as an adjective: the asked thing is still the whole compound.
    ("无锡一共有几个重大风险点？", "重大风险点"),
    ("无锡辨识出来的风险点一共多少个？", "风险点"),
])
def test_the_counted_noun_keeps_its_suffix_and_its_adjective(extra_assistant, question, measure):
    understood = extra_assistant.ask(question).to_dict()["understood"]
    assert understood["parts"][0]["measure"] == measure, understood


@pytest.mark.parametrize("question, figure", [
    # 累计辨识较大以上风险点1.42万个，其中重大风险点216个: each figure counts the noun before it with its adjective.
    ("无锡辨识出来的重大风险点有多少个？", "216个"),
    ("无锡累计辨识了多少个较大以上风险点？", "1.42万个"),
])
def test_a_figure_counts_the_noun_before_it_with_its_suffix_and_adjective(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert figure in squash(a.answer).split("[")[0], a.answer


def test_a_years_data_is_also_found_in_the_next_years_issue_that_reports_it(extra_assistant):
    # 2025年第9期 gives 一季度 死亡231人; the January 2026 issue gives the whole year: 2025年…死亡894人.
    a = extra_assistant.ask("2025年全省生产安全事故一共死亡多少人？")
    assert "894人" in squash(a.answer), a.answer
    # A year of the briefings themselves (2025年的简报) keeps to that year's issues.
    b = extra_assistant.ask("2025年的简报里，一季度全省生产安全事故死了多少人？")
    assert "231人" in squash(b.answer) and "894人" not in squash(b.answer), b.answer


def test_citations_into_a_word_issue_are_checked_against_its_extracted_text(tmp_path):
    # The eval's verbatim-quote check read a .docx as bytes (zip garbage), so every citation of the Word issue
    # extra_2026_07.docx counted as not verbatim; a Word file's text is what the loader extracts.
    from rag_assistant.evaluation.corpus import read_source
    from rag_assistant.evaluation.score import quote_in_source

    text = read_source(EXTRA, "extra_2026_07.docx", {})
    assert text is not None and quote_in_source("全年累计审批作业2.7万余次", text)
    assert quote_in_source("2026年第7期（总第127期）", text)
    assert read_source(tmp_path, "missing.docx", {}) is None



@pytest.mark.parametrize("question, figure", [
    ("城市生命线安全工程试点准备在几个设区市搞？", "3至5个设区市"),  # 省级今年将安排…，重点支持…3至5个设区市
    ("扬州每个工业园区配几名专业救援人员？", "3至5名"),
])
def test_a_range_is_quoted_whole_and_a_plan_opening_the_sentence_plans_its_clauses(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert not a.refused and "未给出" not in a.answer and figure in a.answer, a.answer


def test_a_done_question_is_not_answered_by_a_plan_that_opens_the_sentence(extra_assistant):
    # 下一步，南京市将投资5.8亿元，用2至3年时间完成…改造1200公里: a plan, not what was done this year.
    a = extra_assistant.ask("南京老旧燃气管网今年已经改造了多少公里？")
    assert a.refused or a.answer.startswith("简报未给出"), a.answer


def test_things_named_before_a_respective_list_pair_with_its_figures_in_order(extra_assistant):
    # 按照企业风险等级分为A、B、C三类，分别给予每家每年8000元、5000元、3000元的托管补助: B is 5000元.
    a = extra_assistant.ask("海门托管补助A、B、C三类企业每家每年各补多少钱？")
    assert all(f in a.answer for f in ("8000元", "5000元", "3000元")), a.answer
    assert a.answer.index("8000元") < a.answer.index("5000元") < a.answer.index("3000元")


def test_a_later_part_without_its_own_scope_asks_in_the_first_parts_period_and_setting(extra_assistant):
    # 一季度…死了多少人？…同比降了多少？: both of 一季度 (2025年第9期: 死亡231人，同比…9.8%), not the 1月份 figures of
    # 2026年第7期, whose lead only plans 一季度 work; 春节假期全省派了多少个检查组，查了多少家次企业: both of 春节假期.
    a = extra_assistant.ask("一季度全省事故死了多少人？死亡人数同比降了多少？")
    assert "231人" in a.answer and "9.8%" in a.answer and "68人" not in a.answer, a.answer
    a = extra_assistant.ask("春节假期全省派了多少个检查组，查了多少家次企业？")
    assert "4260个" in a.answer and "3.2万家次" in a.answer and "31933" not in a.answer, a.answer
