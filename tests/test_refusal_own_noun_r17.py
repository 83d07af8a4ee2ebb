"""A figure answers only what its own words count: a late step of a process (关停, 取缔, 立案) must be said by the
figure's clause, the noun right after a figure names what it counts (…专委会效用发挥…等六个维度 counts 维度;
13件共性预案 is not the 个性预案 a later list item names), and a count of people does not count a thing that only
modifies them (企业班组安全员 9.2 万名 is no count of 企业班组). A light verb (出动, 组织) asks no action of its own.
Each probe declines while its answerable twin is still answered. Real briefings, real index."""

from __future__ import annotations

import pytest

from rag_assistant.answer.own_noun import counts_listed_other, other_kind_after, people_for_thing
from rag_assistant.answer.steps import late_step_unsaid
from rag_assistant.evaluation.claims import declines
from rag_assistant.numbers import contains_figure, extract_figures

_NANTONG = "截至当前，全市累计排查企业 31933 家，精准识别化工生产企业 248 家、医药生产企业 121 家，立案查处违法违规行 9 家次。"
_XUZHOU = "徐州市从部门职责清单修订、专委会效用发挥、履职指导培训、全行业风险报告、执法监管能力提升、考核评价等六个维度压实部门监管责任"
_CHANGZHOU = "推动“1件综合预案+13件共性预案+X件个性预案+Y件现场处置方案”的基层预案体系建设"


def _clause(sentence: str, figure: str) -> tuple[int, int]:
    at = sentence.find(figure)
    start = max(sentence.rfind("，", 0, at), sentence.rfind("、", 0, at)) + 1
    end = sentence.find("，", at)
    return start, end if end >= 0 else len(sentence)


def test_a_late_step_must_be_said_by_the_figure_clause():
    assert late_step_unsaid("南通打非治违关停了多少家企业", _NANTONG, *_clause(_NANTONG, "31933"))  # 排查
    assert late_step_unsaid("南通打非治违取缔了多少家企业", _NANTONG, *_clause(_NANTONG, "248"))  # no step
    assert not late_step_unsaid("南通打非治违立案查处了多少家次", _NANTONG, *_clause(_NANTONG, "9 家次"))
    assert not late_step_unsaid("南通打非治违排查了多少家企业", _NANTONG, *_clause(_NANTONG, "31933"))  # no late step
    text = "先后查处企业557家，立案224家，捣毁非法存储仓库窝点"
    assert not late_step_unsaid("连云港立案了多少家", text, *_clause(text, "224"))


def test_the_noun_after_a_figure_names_what_it_counts():
    f = extract_figures(_XUZHOU)[0]
    assert counts_listed_other("安全生产专委会", "徐州有几个安全生产专委会", _XUZHOU, f.start, f.end, _XUZHOU)
    assert not counts_listed_other("维度", "徐州从几个维度压实部门监管责任", _XUZHOU, f.start, f.end, _XUZHOU)
    text = "作为全国18个试点城市之一"
    f = extract_figures(text)[0]  # the question names the figure's own noun (试点城市): no other thing
    assert not counts_listed_other("全国", "南京是全国多少个试点城市之一", text, f.start, f.end, text)
    common = next(g for g in extract_figures(_CHANGZHOU) if g.surface.startswith("13"))
    assert other_kind_after("个性预案", _CHANGZHOU, common.end)
    assert not other_kind_after("共性预案", _CHANGZHOU, common.end)


def test_a_count_of_people_is_no_count_of_their_modifier():
    assert people_for_thing("count", "个", "名", "企业班组", "企业班组安全员")
    assert people_for_thing("count", "个", "名", "社会面小场所", "企业班组安全员")
    assert not people_for_thing("count", "个", "名", "编制", "编制")  # 几个编制: 18 名编制
    assert not people_for_thing("people", "名", "名", "班组安全员", "企业班组安全员")


@pytest.mark.parametrize("question", [
    "南通打非治违取缔了多少家企业？",  # 排查企业 31933 家, 精准识别…248 家: no 取缔
    "南通打非治违责令停产了几家企业？",
    "徐州安全生产专委会有多少个？",  # …专委会效用发挥…等六个维度; the 18 个 专委会 are 常州's
    "常州基层预案里个性预案有几件？",  # X件个性预案
    "南通26年有几个企业班组？",  # 企业班组安全员 9.2 万名
])
def test_a_figure_of_another_action_or_noun_is_not_the_answer(assistant, question):
    a = assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer


@pytest.mark.parametrize("question, figure", [
    ("常州基层预案里共性预案有几件？", "13件"),
    ("南京是全国几个试点城市之一？", "18个"),
    ("南通26年配了多少名企业班组安全员？", "9.2万名"),
    ("苏州小化工专项整治进村入企出动了多少人次？", "11.3万余人次"),  # 组织 11.3 万余人次进村入企
    ("连云港立案了多少家？", "224家"),
    ("扬州三位一体立案查处了几件？", "703件"),
])
def test_the_twins_in_the_texts_terms_are_answered(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


def test_a_bracketed_second_kind_makes_a_joint_count():
    from rag_assistant.answer.joint import bracket_joint
    text = "13个镇街（园区）分别明确1名分管负责人"
    end = text.find("个") + 1
    assert bracket_joint("靖江有几个园区", text, end)
    assert not bracket_joint("靖江有几个镇街", text, end)
    assert not bracket_joint("靖江13个镇街园区一共划了多少个住宅巡查单元", text, end)


def test_a_negated_relative_clause_asks_a_complement_the_text_does_not_state():
    from rag_assistant.answer.own_noun import negated_subset
    assert negated_subset("南通网上巡查发现的问题里企业没整改的有多少条", "发现各类问题3814条")
    assert not negated_subset("南通网上巡查发现了多少条问题", "发现各类问题3814条")
    assert not negated_subset("南通还有多少条问题未整改的", "尚未整改问题12条")  # the figure says the negation
    assert not negated_subset("宿迁有没有建立隐患报告制度的化工企业", "全市 54 家化工企业")


def test_sessions_do_not_count_a_named_thing_asked_with_ge():
    from rag_assistant.answer.steps import occurrences_for_things
    assert occurrences_for_things("个", "场次", "社会面小场所")
    assert not occurrences_for_things("个", "场次", "专题培训会")  # an event is counted in 场次
    assert not occurrences_for_things("家", "家次", "企业")


@pytest.mark.parametrize("question", [
    "靖江有几个园区？",  # 13个镇街（园区）: both together
    "南通网上巡查发现的问题里企业没整改的有多少条？",  # 3814条 found; only a rate 98.2% of 整改
    "南通26年有多少个社会面小场所？",  # 287 场次 of training, 14.3 万名 消防安全员
])
def test_a_joint_a_complement_and_sessions_are_not_the_answer(assistant, question):
    a = assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer


@pytest.mark.parametrize("question, figure", [
    ("靖江有几个镇街？", "13个"),
    ("南通打非治违开了几个专题培训会？", "9场次"),
    ("滨海沿海工业园应急管理中心核增了几个编制？", "18名"),
])
def test_the_twins_of_the_joint_and_the_sessions_are_answered(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


def test_a_partial_answer_names_the_asked_thing_without_a_stray_character(assistant):
    a = assistant.ask("26年南通一共有多少个企业班组？")
    assert "南通企业班组的数量" in a.answer and "一企业班组" not in a.answer, a.answer


def test_a_restriction_after_the_question_word_and_another_list_item():
    from rag_assistant.answer.own_noun import restriction_unsaid
    assert restriction_unsaid("南通安装AI摄像头的充电点里有多少个在小区", "在 400 多个充电点配备 AI 摄像头")
    assert not restriction_unsaid("南通在多少个充电点配了AI摄像头", "在 400 多个充电点配备 AI 摄像头")
    text = "连云港市97个镇街、10个省级开发区及所有园区、农场、林场，聚焦安全生产"
    f = extract_figures(text)[0]
    assert counts_listed_other("园区", "连云港有多少个园区", text, f.start, f.end, text[:f.end + 2], text.find("，"))
    assert not counts_listed_other("镇街", "连云港有多少个镇街", text, f.start, f.end, text[:f.end + 2], text.find("，"))
    shared = "全市 54 家化工企业、374 家危化品经营企业全面建立事故隐患报告制度，并与安全生产绩效考核深度绑定"
    f = extract_figures(shared)[0]  # the object of the list's shared verb is no item of the list
    assert not counts_listed_other("隐患报告制度", "宿迁有多少家化工企业建立了隐患报告制度", shared, f.start, f.end,
                                   shared[:f.end + 5], shared.find("，"))


@pytest.mark.parametrize("question", [
    "宿迁没落实奖励机制的企业有多少家？",  # 343 家 落实; the rest is not stated
    "南通安装AI摄像头的充电点里有多少个在小区？",  # 400 多个充电点, no place given
    "连云港有多少个园区？",  # 97个镇街、10个省级开发区及所有园区
    "常州有多少个开发区完成了网格划分？",  # 66个镇（街道）、开发区: both together
])
def test_a_complement_a_restriction_and_another_list_item_are_not_answered(assistant, question):
    a = assistant.ask(question)
    assert a.refused or declines(a.answer), a.answer


@pytest.mark.parametrize("question, figure", [
    ("连云港有多少个镇街？", "97个"),
    ("南通在多少个充电点配了AI摄像头？", "400多个"),
    ("南通有多少家企业获评5G工厂？", "27家"),
])
def test_the_twins_of_the_list_and_the_restriction_are_answered(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer


def test_a_negated_set_the_sentence_names_before_the_figure_is_no_complement():
    from rag_assistant.answer.own_noun import negated_subset
    # 对9家拒不整改的企业依法立案处罚，罚款金额合计126.5万元: the fine is said of the 拒不整改 firms.
    before = "对预警频次高的项目实行约谈制度，对9家拒不整改的企业依法立案处罚，"
    assert not negated_subset("对拒不整改的施工企业一共罚了多少钱", "罚款金额合计126.5万元", before)
    # Named before the figure only as the whole (发现各类问题), the complement is still unstated.
    assert negated_subset("企业没整改的问题有多少条", "发现各类问题3814条", "南通网上巡查平台")
