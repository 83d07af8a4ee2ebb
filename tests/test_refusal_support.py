"""A figure answers only what its clause supports: the asked step of an action, the asked kind of person,
occurrences rather than things, a person's name. Each probe declines (a refusal or a partial answer that
gives no figure as the answer) while its answerable twin, the same noun with what the text does say, is
still answered. Real briefings, real index."""

from __future__ import annotations

import pytest

from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure


@pytest.mark.parametrize("question", [
    "南通打非治违生成的异常预警信息核查属实了多少条？",  # 生成 243 条; nothing said of 核查属实
    "无锡交办的立行立改事项已经办结了多少个？",  # 交办 2178 个; nothing said of 办结
    "连云港查封的不合格灶具已经销毁了多少个？",  # 查封 2915 个; nor 捣毁…71个 of other things
])
def test_a_later_step_of_a_counted_thing_is_not_answered_by_the_first_step(assistant, question):
    a = assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer


@pytest.mark.parametrize("question,figure", [
    ("南通打非治违生成了几条异常预警信息？", "243条"),
    ("无锡巡察交办了多少个立行立改事项？", "2178个"),
    ("连云港查封了多少个不合格灶具和调压阀？", "2915个"),
])
def test_the_step_the_text_counts_is_answered(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


def test_another_kind_of_person_with_a_like_name_does_not_answer(assistant):
    a = assistant.ask("南通配备了多少名专职消防员？")  # 14.3 万名 are 社会面小场所消防安全员
    assert a.refused or declines(a.answer), a.answer
    b = assistant.ask("南通配备了多少名社会面小场所消防安全员？")
    assert not b.refused and contains_figure(b.answer, "14.3万名"), b.answer


def test_how_many_times_is_not_answered_by_a_count_of_things(assistant):
    a = assistant.ask("苏州应急8分钟一共播放了多少次？")  # 1.8 万块屏幕, 日均覆盖 250 万人次: no play count
    assert a.refused or declines(a.answer), a.answer
    b = assistant.ask("苏州应急8分钟在多少块屏幕上播放？")
    assert not b.refused and contains_figure(b.answer, "1.8万块"), b.answer


def test_a_who_question_needs_a_sentence_that_names_someone(assistant):
    a = assistant.ask("南通市应急管理局局长是谁？")  # the bureau is named, its head is not
    assert a.refused or declines(a.answer), a.answer
    b = assistant.ask("2025年安全生产月启动时哪位省领导讲话？")
    assert not b.refused and "胡彬郴" in b.answer, b.answer


@pytest.mark.parametrize("question", [
    "专刊里靖江划分了多少个巡查单元？",  # 靖江 is in 2026年第13期 only
    "专刊里宿迁拟发放了多少隐患报告奖励？",  # 宿迁 is in 2025年第16期 only
])
def test_a_question_about_the_special_issue_is_not_answered_from_a_numbered_one(assistant, question):
    a = assistant.ask(question)
    assert a.refused and "专刊中没有关于" in a.answer, a.answer


def test_the_special_issue_answers_what_it_holds(assistant):
    a = assistant.ask("专刊里苏州建成了多少家公办体验馆？")
    assert not a.refused and contains_figure(a.answer, "116家") and "专刊" in a.answer, a.answer


def test_two_nouns_sharing_only_their_class_character_are_two_things(assistant):
    # 四个综合治理行业 (行业) does not count 危污乱散低企业 (企业): they share only 业
    a = assistant.ask("常州计划整治提升多少家危污乱散低企业？")
    assert a.refused or declines(a.answer), a.answer
    b = assistant.ask("常州整治提升了多少家危污乱散低企业？")
    assert not b.refused and contains_figure(b.answer, "5140余家"), b.answer


def test_the_law_s_word_for_enterprises_counts_enterprises(assistant):
    # 2025年第16期 counts 2.5 万家生产经营单位 with the mechanism: the Work Safety Law's word for enterprises
    a = assistant.ask("2025年第16期里南通有多少家企业建立了隐患报告奖励机制？")
    assert not a.refused and contains_figure(a.answer, "2.5万家"), a.answer


def test_a_word_after_the_asked_noun_is_not_its_modifier(assistant):
    a = assistant.ask("苏州应急8分钟在多少块屏幕上播？")  # the segmenter reads 屏幕|上播
    assert not a.refused and contains_figure(a.answer, "1.8万块"), a.answer


def test_an_attribute_the_segmenter_tags_as_a_verb_still_sorts_the_kind(assistant):
    a = assistant.ask("南通兼职安全员有多少名？")  # 9.2 万名 are 企业班组安全员; 兼职 is tagged v
    assert a.refused or declines(a.answer), a.answer
    b = assistant.ask("南通有多少名企业班组安全员？")
    assert not b.refused and contains_figure(b.answer, "9.2万名"), b.answer


@pytest.mark.parametrize("question", [
    "宿迁隐患报告奖励最高一笔多少钱？",  # only the totals 拟发放 175.1 万元 / 已发放 23.47 万元
    "扬州每家单位检查时间最长多少天？",  # 不少于1天 is a lower bound
])
def test_a_bound_of_single_items_is_not_answered_by_a_total_or_the_other_bound(assistant, question):
    a = assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer


def test_the_bound_the_text_states_is_answered(assistant):
    a = assistant.ask("扬州每家单位检查时间最少多少天？")
    assert not a.refused and contains_figure(a.answer, "1天"), a.answer


def test_what_the_counted_thing_undergoes_must_be_said_of_the_figure(assistant):
    a = assistant.ask("南通打非治违有多少家企业被关停？")  # 排查企业 31933 家: nothing said of 关停
    assert a.refused or declines(a.answer), a.answer
    b = assistant.ask("无锡巡察有多少人被刑拘？")
    assert not b.refused and contains_figure(b.answer, "2人") and "刑拘" in b.answer, b.answer


def test_a_campaign_the_lead_paragraph_names_frames_the_whole_article(assistant):
    # the 连云港 special-issue article names “百团大战” in its lead; the figure is two paragraphs later
    a = assistant.ask("连云港百团大战检查的企业有多少？")
    assert not a.refused and contains_figure(a.answer, "12780多家次"), a.answer
