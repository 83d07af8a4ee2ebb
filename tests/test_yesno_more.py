"""Yes/no decided from clause-level support on the real bundled briefings: a stated figure or year checked
against the text, a plan is not a fact, negated and A-not-A questions, a yes/no follow-up, and the sentence
that says the asked thing rather than the one that repeats the article's title."""

from __future__ import annotations

import re

import pytest

from support import BUNDLED, squash, raw_briefing as raw
from rag_assistant.answer import lexicon as lx

SPECIAL = "002_ca7909b6935f5c44.txt"
LATEST = "003_07edcc791e64548a.txt"
BINHAI = "004_91fdd76356558e47.txt"
DAFEI = "000_c4edaeb9e379b5d7.txt"


def head(answer) -> str:
    return squash(re.split(r"[。]", answer.answer)[0])


@pytest.mark.parametrize("question,start,figure", [
    ("徐州动员搞标准化创建的企业是不是超过1000家？", "是", "1037家"),   # more than the stated 1000: yes
    ("徐州动员标准化创建的企业是不是不到1000家？", "不是", "1037家"),    # less than asked: no
    ("连云港累计发的宣传手册和告知书是不是有30万份？", "不是", "27万份"),  # another figure: no, with the text's
])
def test_a_stated_figure_is_checked_against_the_figure_of_the_clause(assistant, question, start, figure):
    assert "动员1037家企业" in raw(SPECIAL) and "告知书27万份" in raw(SPECIAL)
    a = assistant.ask(question)
    assert head(a).startswith(start) and figure in head(a), a.answer


def test_a_stated_year_other_than_the_texts_is_answered_no_with_the_texts_year(assistant):
    assert "2019年，打造全国首个“气象灾害靶向预警防控系统”" in raw(SPECIAL)
    a = assistant.ask("南京的气象灾害靶向预警防控系统是不是2020年建成的？")
    assert head(a).startswith("不是") and "2019年" in head(a), a.answer


def test_a_plan_does_not_answer_whether_it_was_done(assistant):
    assert "2021年预计新增和调整80人充实到全县安全监管队伍" in raw(BINHAI)
    a = assistant.ask("滨海县是不是已经新增了80名安监人员？")
    assert head(a).startswith("还没有") and "计划" in head(a), a.answer
    b = assistant.ask("滨海县有没有计划新增安监人员？")  # the plan itself is asked: yes
    assert head(b).startswith("有"), b.answer


def test_a_negated_question_asks_the_proposition_without_its_negation(assistant):
    assert "聘请省级专家175人次开展深度检查" in raw(DAFEI)
    a = assistant.ask("南通打非治违没请专家吗？")
    assert head(a).startswith("有") and "175人次" in squash(a.answer), a.answer
    assert a.understood.topic and "没" not in "".join(a.understood.topic), a.understood


def test_an_a_not_a_verb_makes_a_yes_no_question(assistant):
    assert lx.STRONG_YESNO_RE.search("淮安镇街建没建监管人员花名册？")
    assert not lx.STRONG_YESNO_RE.search("两个数字一不一样")  # 一不一 is not a verb asked
    assert "建立镇街安全监管人员花名册" in raw(DAFEI)
    a = assistant.ask("淮安镇街建没建监管人员花名册？")
    assert a.understood.kind == "yesno" and head(a).startswith("有") and "花名册" in a.answer, a.answer


def test_a_yes_no_follow_up_that_names_nothing_asks_about_the_last_turns_subject(assistant):
    assert "配备巡查员6758人" in raw(LATEST)
    a = assistant.ask("是不是超过7000人了？", history=["南通六化建设配了多少巡查员？"])
    assert "巡查员" in a.standalone_question and "南通" in a.standalone_question, a.standalone_question
    assert head(a).startswith("不是") and "6758人" in head(a), a.answer


def test_the_supporting_sentence_says_what_the_title_does_not(assistant):
    # 打非治违 is the article's title; the sentence must say 举报 (12350), not repeat the campaign's name.
    assert "鼓励公众通过12350举报热线反映相关线索" in raw(DAFEI)
    a = assistant.ask("南通打非治违有没有发动群众举报？")
    assert head(a).startswith("有") and "12350" in a.answer, a.answer


@pytest.mark.parametrize("question,start,figure", [
    ("苏州是不是有8万多家生产企业？", "是", "80902家"),                   # 8万多 is 80000 to 89999
    ("常州整治的危污乱散低企业是不是有5000多家？", "是", "5140余家"),      # 5000多 holds 5140余
    ("常州整治的危污乱散低企业是不是有6000多家？", "不是", "5140余家"),
])
def test_an_approximate_stated_figure_is_a_range(assistant, question, start, figure):
    assert "苏州全市有80902家生产企业" in raw(SPECIAL) and "“危污乱散低”企业5140余家" in raw(SPECIAL)
    a = assistant.ask(question)
    assert head(a).startswith(start) and figure in head(a), a.answer


def test_the_checked_figure_is_the_one_of_the_asked_thing_in_a_list(assistant):
    assert "13个镇街（园区）共划分工业巡查单元268个" in raw(LATEST) and "住宅巡查单元942个" in raw(LATEST)
    a = assistant.ask("是不是超过900个？", history=["靖江划了多少个住宅巡查单元？"])
    assert head(a).startswith("是") and "942个" in head(a), a.answer


def test_a_stated_count_picks_a_sentence_that_gives_a_count_of_that_kind(assistant):
    assert "已有2.5万家生产经营单位建立该机制" in raw("001_9ab1dbcf5bb79156.txt")
    a = assistant.ask("南通有没有超过2万家单位建立隐患报告奖励机制？")
    assert head(a).startswith("是") and "2.5万家" in head(a), a.answer


def test_a_when_answer_gives_the_year_of_this_year_in_a_dated_briefing(assistant):
    assert "今年上半年，无锡市委对7个市（县）区" in raw("001_9ab1dbcf5bb79156.txt")
    a = assistant.ask("无锡专项巡察是哪一年开展的？")
    assert head(a).startswith("今年上半年") and "2025年上半年" in head(a), a.answer


@pytest.mark.parametrize("question", ["宿迁建立隐患报告奖励机制没有？", "南通的镇街都明确副书记主管安全了没？",
                                      "南京是全国试点城市之一对吧？"])
def test_a_question_tag_makes_a_yes_no_question(assistant, question):
    a = assistant.ask(question)
    assert a.understood.kind == "yesno" and head(a).startswith(("有", "是")), a.answer


@pytest.mark.parametrize("question,start,said", [
    ("滨海县是不是每周组织考试？", "不是", "每季度"),            # 每周 is the study, 每季度 the exam
    ("滨海县是不是每周组织集中学习？", "是", ""),
    ("淮安镇街党委政府是不是每月研究一次安全生产？", "不是", "每季度"),  # 每月 is the 分管领导's
])
def test_a_stated_recurrence_is_checked_against_the_supporting_clauses(assistant, question, start, said):
    assert "每周组织全县应急系统人员集中学习，每季度组织考试" in raw(BINHAI)
    assert "督促镇街党委、政府每季度专题研究安全生产和消防工作，镇街分管领导每月召集" in raw(DAFEI)
    a = assistant.ask(question)
    assert head(a).startswith(start) and said in head(a), a.answer


@pytest.mark.parametrize("question,date", [
    ("21年第10期几月份出的？", "2021年5月20日"),   # 几月份 is a time word, not 几月 (a count in 月) + 份出
    ("25年第16期是哪个月的？", "2025年6月27日"),
])
def test_an_issue_date_asked_by_month_is_the_issues_date(assistant, question, date):
    from rag_assistant.answer.understand import content_terms

    assert not content_terms("2021年第10期几月份出的？"), "几月份 leaves no content word"
    a = assistant.ask(question)
    assert not a.refused and date in a.answer, a.answer


def test_a_yes_no_with_nothing_in_the_briefings_answers_no_record_with_a_true_reason(assistant):
    from rag_assistant.evaluation.claims import declines, polarity

    assert "烟花爆竹" not in "".join(raw(p.name) for p in BUNDLED.glob("*.txt"))
    a = assistant.ask("苏州有没有搞烟花爆竹整治？")
    assert not a.refused and a.answer.startswith("没有相关记载"), a.answer
    assert "苏州" in a.answer and "烟花爆竹" in a.answer  # the place is there, the topic is not
    assert polarity(a.answer) == "no" and declines(a.answer)  # still counts as declining to answer


def test_a_recurrence_spelled_with_a_classifier_is_checked_against_the_clause(assistant):
    # 每个月 is 每月: the clause of 党委、政府 says 每季度 (每月 belongs to the 分管领导 clause), so the answer is no
    a = assistant.ask("淮南是不是要求镇街党委政府每个月专题研究安全生产？")
    assert a.answer.startswith("不是") and "每季度" in a.answer, a.answer
    b = assistant.ask("滨海县是不是每个季度组织一次考试？")
    assert b.answer.startswith("是"), b.answer


def test_a_year_inside_the_asked_proposition_is_checked_not_used_as_a_filter(assistant):
    # 22年 is the year the question claims; the 2022 special feature has no 滨海 article, the 2021 issue says 2021年
    assert "2021年预计新增和调整80人" in squash((BUNDLED / BINHAI).read_text(encoding="utf-8"))
    a = assistant.ask("滨海县预计新增和调整80人是不是22年的计划？")
    assert not a.refused and a.answer.startswith("不是") and "2021年" in a.answer, a.answer
