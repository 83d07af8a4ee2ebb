"""A restriction after a container's 里/中 that the figure does not count apart (round 39, helper e39).

Sentences of the briefings: 专刊 连云港 查封不合格灶具、调压阀2915个 (one count of both conjuncts); 2026年第13期 南通
为弱势群体家庭安装智能感烟探测器和喷淋装置 8731 套; 2025年第14期 南通 全市累计排查企业 31933 家，精准识别化工生产企业
248 家 (a sub-group the text does break out); extra 2025年第26期 泰州 组织船企作业人员安全培训2.6万人次 (no 特种作业 in
the article)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.subgroup import _conjunct_only, subgroup_unsaid

_LYG = "先后查处企业557家，立案224家，查封不合格灶具、调压阀2915个，查处货车超载464起"


def test_one_conjunct_of_a_coordinated_count_is_not_its_figure():
    assert _conjunct_only("连云港查封的不合格灶具和调压阀", "调压阀", "查封不合格灶具、调压阀2915个", _LYG)


def test_a_conjunct_the_article_counts_apart_keeps_its_figure():
    article = _LYG + "。其中调压阀1915个"
    assert not _conjunct_only("连云港查封的不合格灶具和调压阀", "调压阀", "查封不合格灶具、调压阀2915个", article)


def test_a_container_without_coordination_is_no_conjunct():
    assert not _conjunct_only("南通打非治违排查的企业", "化工生产企业", "精准识别化工生产企业 248 家", "全市累计排查企业 "
                              "31933 家，精准识别化工生产企业 248 家")


def test_a_restriction_the_article_never_says_is_unsaid():
    article = "泰州市组织船企作业人员安全培训2.6万人次，开展应急演练120场。"
    assert subgroup_unsaid("泰州船企作业人员安全培训中特种作业人员有多少人次", "人次", "", article, "",
                           "组织船企作业人员安全培训2.6万人次", article)
    # twin: the restriction is said in the figure's words (the container is then no sub-group question)
    assert not subgroup_unsaid("泰州船企安全培训中作业人员有多少人次", "人次", "", article, "",
                               "组织船企作业人员安全培训2.6万人次", article)


def _partial_or_refused(answer) -> bool:
    return answer.refused or answer.answer.startswith("简报未给出")


@pytest.mark.parametrize("question", [
    "连云港查封的不合格灶具和调压阀中，调压阀有多少个？",
    "南通安装的智能感烟探测器和喷淋装置里，喷淋装置有多少套？",
])
def test_one_conjunct_of_a_count_is_not_answered(assistant, question):
    answer = assistant.ask(question)
    assert _partial_or_refused(answer), answer.answer


@pytest.mark.parametrize("question, figure", [
    ("连云港查封了多少个不合格灶具和调压阀？", "2915"),
    ("南通为弱势群体家庭安装智能感烟探测器和喷淋装置共多少套？", "8731"),
    ("南通打非治违排查的企业中化工生产企业有多少家？", "248"),
])
def test_the_whole_or_a_broken_out_group_is_still_answered(assistant, question, figure):
    answer = assistant.ask(question)
    assert not _partial_or_refused(answer), answer.answer
    assert figure in answer.answer.split("[1]")[0].replace(" ", ""), answer.answer


def test_a_restriction_said_nowhere_in_the_extra_article_is_not_answered(extra_assistant):
    answer = extra_assistant.ask("泰州船企作业人员安全培训中特种作业人员有多少人次？")
    assert _partial_or_refused(answer), answer.answer
    whole = extra_assistant.ask("泰州船企作业人员安全培训搞了多少人次？")
    assert not _partial_or_refused(whole) and "2.6万" in whole.answer, whole.answer


def test_a_reached_state_after_the_question_word_must_be_said_by_the_figure():
    from rag_assistant.answer.own_noun import restriction_unsaid
    assert restriction_unsaid("无锡专项巡察查摆出的问题中有多少个已整改完成", "查摆出党政领导责任落实等方面问题84个")
    assert restriction_unsaid("南通企业自查自纠的问题隐患中有多少项已经整改到位", "建立重大隐患整改“五定”方案7个")
    # twin: the figure's words say the state
    assert not restriction_unsaid("查摆出的问题中有多少个已整改完成", "查摆问题84个，已整改完成80个")


@pytest.mark.parametrize("question", [
    "无锡专项巡察查摆出的问题中有多少个已整改完成？",
    "南通企业自查自纠的问题隐患中有多少项已经整改到位？",
])
def test_a_reached_state_the_briefing_does_not_count_is_not_answered(assistant, question):
    answer = assistant.ask(question)
    assert _partial_or_refused(answer), answer.answer


def test_a_zhong_inside_a_word_is_no_container():
    article = "如海安市对考取中级注安师和一级消防工程师人员一次性补助4000元"
    assert not subgroup_unsaid("海安考出中级注安师能补多少钱", "钱", "", article, "", article, article)
