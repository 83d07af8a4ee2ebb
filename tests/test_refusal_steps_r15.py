"""A figure answers only the measure its own clause says: the asked step of a process (排查 → 整改 → 督办,
立案 → 结案, 培训 vs 检查), a group's size rather than a per-unit figure (13个镇街分别明确1名), things rather
than sessions (多少家 vs 287 场次), the counted noun rather than a word in a document title (《隐患排查清单》), and
a town the question names. Each probe declines while its answerable twin is still answered. Real briefings,
real index."""

from __future__ import annotations

import pytest

from rag_assistant.answer.absence import other_names
from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.steps import asked_steps_of, other_step, occurrences_for_things, per_unit, steps_said, \
    without_other_titles
from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure


def test_the_asked_step_is_the_verb_nearest_the_question_word():
    assert asked_steps_of("扬州三位一体执法检查罚了多少钱") == {"punish"}  # 执法检查 names the campaign
    assert asked_steps_of("扬州三位一体联动检查立了多少件案") == {"case"}  # 立…案 split by the question word
    assert asked_steps_of("无锡专项巡察查摆出来的84个问题，现在整改了多少个") == {"fix"}  # 查摆 is the relative clause
    assert asked_steps_of("南通那115条重大事故隐患挂牌督办了多少条") == {"supervise"}


def test_a_clause_of_another_step_does_not_answer():
    assert other_step("南通那115条重大事故隐患挂牌督办了多少条", "推动企业查改隐患 36975 条")
    assert other_step("无锡专项巡察查摆出来的84个问题，现在整改了多少个", "向 21 个安委会成员单位通报行业领域突出问题 186 个")
    assert other_step("无锡专项巡察查摆出来的84个问题，现在整改了多少个", "对716处重点问题整改情况实地复核")
    assert not other_step("连云港百团大战整改了多少个问题隐患", "整改各类问题隐患53190多个")
    assert not other_step("连云港罚了多少起货车超载", "查处货车超载464起")
    assert not other_step("靖江小场所巡查单元划了多少个", "小场所巡查单元 785 个")  # no step to contradict
    assert steps_said("形成《隐患排查清单》《风险清单》") == frozenset()  # a title names a document


def test_per_unit_figures_sessions_titles_and_towns():
    assert per_unit("13个镇街（园区）分别明确")
    assert not per_unit("全市103个镇街全部明确副书记（主任）主管安全，配备在编监管人员")
    assert occurrences_for_things("家", "场次") and not occurrences_for_things("家", "家次")
    text = "形成《隐患排查清单》《风险清单》《整改责任清单》“三个清单”"
    assert "隐患" not in without_other_titles(text, text.find("三个"))
    kept = "编印《职工安全应知应会手册》20 万册"
    assert "手册" in without_other_titles(kept, kept.find("20"))
    assert measure_of("南通社会面小场所培训覆盖了多少家小场所") == "小场所"
    assert other_names("靖江新桥镇划了多少个住宅巡查单元", ["靖江"]) == ("新桥镇",)
    assert other_names("南通各乡镇排查了多少", ["南通"]) == ()


@pytest.mark.parametrize("question", [
    "南通那115条重大事故隐患挂牌督办了多少条？",  # 查改隐患 36975 条
    "无锡专项巡察查摆出来的84个问题，现在整改了多少个？",  # 通报 186 个, 复核 716 处
    "南通打非治违的专题培训会一共培训了多少人？",  # 聘请省级专家 175 人次开展深度检查
    "南通社会面小场所培训覆盖了多少家小场所？",  # 摸排起底 10.47 万余家, 培训 287 场次
    "靖江工作专班有几个人？",  # 13个镇街分别明确1名分管负责人
    "连云港10个省级开发区一共排查出多少个隐患？",  # 《隐患排查清单》…“三个清单”, 整改 53190多个
    "靖江新桥镇划了多少个住宅巡查单元？",  # 942 个 is all 13 镇街
])
def test_a_figure_of_another_step_group_or_place_is_not_the_answer(assistant, question):
    a = assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer


@pytest.mark.parametrize("question, figure", [
    ("南通危化行业查出的重大事故隐患有几条？", "115条"),
    ("无锡专项巡察查摆出来多少个问题？", "84个"),
    ("南通打非治违搞了几场专题培训会？", "9场次"),
    ("26年南通社会面小场所培训搞了多少场？", "287场次"),
    ("连云港百团大战整改了多少个问题隐患？", "53190多个"),
    ("扬州三位一体联动检查立了多少件案？", "703件"),
    ("扬州三位一体执法检查罚了多少钱？", "282.87万元"),
    ("连云港罚了多少起货车超载？", "464起"),
    ("靖江每个镇街明确了几名分管负责人？", "1名"),
])
def test_the_twins_in_the_texts_terms_are_answered(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


def test_a_fronted_noun_before_a_one_character_verb_and_a_verb_compound_are_the_counted_thing():
    from rag_assistant.answer.support import patient_noun
    assert patient_noun("南通AI摄像头装了多少个") == "摄像头"  # 装 is the predicate, 摄像头 its patient
    assert patient_noun("南通巡查员有多少个") == ""  # 有 is no predicate acting on a thing
    assert measure_of("南通有多少个电动自行车充电桩") == "电动自行车充电桩"  # 充电|桩 is one noun


def test_a_thing_fronted_before_its_verb_is_not_answered_by_the_place_it_is_in(assistant):
    a = assistant.ask("南通AI摄像头装了多少个？")  # 在 400 多个充电点配备 AI 摄像头 counts 充电点
    assert a.refused or declines(a.answer), a.answer
    twin = assistant.ask("南通在多少个充电点配了AI摄像头？")
    assert not twin.refused and contains_figure(twin.answer, "400多个"), twin.answer


def test_an_event_fronted_before_its_verb_and_a_stated_whole_with_an_adjective_are_the_asked_thing(assistant):
    from rag_assistant.answer.support import patient_noun
    from rag_assistant.nouns import counted_noun
    assert patient_noun("南通打非治违警示教育会开了几场").endswith("教育会")  # 几场 counts the fronted event
    assert patient_noun("南通社会面小场所培训开了几场") == ""  # …but not the things an activity is about
    q = "南通10.47万家小场所整改了多少家"
    assert counted_noun(q, q.find("10.47"), q.find("家") + 1) == "小场所"
    for probe in ("南通打非治违警示教育会开了几场？",  # 组织专题培训会 9 场次 counts another event
                  "南通10.47万家小场所整改了多少家？"):  # 累计整改各类问题隐患 41024 条 counts hazards
        a = assistant.ask(probe)
        assert a.refused or declines(a.answer), a.answer
    twin = assistant.ask("南通打非治违专题培训会开了几场？")
    assert not twin.refused and contains_figure(twin.answer, "9场次"), twin.answer
