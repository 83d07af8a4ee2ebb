"""Open questions of round 18 (helper e18): what a meeting laid down or a campaign achieved, asked by a wh-word
(作了哪些部署, 部署了哪些重点任务, 取得了哪些进展), is answered by the article's points or results, not by the one
sentence that says 部署 or 进展 itself."""

from __future__ import annotations

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.question_kind import read_kind
from rag_assistant.answer.scope import Scope


def _kind(question: str) -> tuple[str, str]:
    return read_kind(question, [], [], Scope())


def test_a_deployment_or_progress_asked_by_a_wh_word_is_open():
    assert _kind("会议对防汛工作作了哪些部署？") == ("open", "")
    assert _kind("推进会部署了哪些重点任务？") == ("open", "")
    assert _kind("燃气专项整治开展以来取得了哪些进展？") == ("open", "effect")
    # a bare 部署 or 进展 asks no list of points
    assert not lx.OPEN_RE.search("哪个部门部署了这次行动")
    assert not lx.EFFECT_RE.search("整治进展顺利吗")


def test_a_meeting_s_deployment_is_answered_by_its_points(extra_assistant):
    # the fact path answered with the opening sentence that says 部署节后复工复产安全防范工作 and none of the three
    a = extra_assistant.ask("节后复工复产视频会议作了哪些部署？")
    assert a.to_dict()["understood"]["kind"] == "open", a.answer
    for said in ("复工复产安全条件确认", "开工第一课", "动火、受限空间等危险作业管理"):
        assert said in a.answer, a.answer
    b = extra_assistant.ask("全省应急管理工作会议对2026年工作作了哪些部署？")
    for said in ("治本攻坚三年行动", "应急指挥信息化平台建设", "基层应急管理能力建设"):
        assert said in b.answer, b.answer


def test_progress_is_answered_by_the_results(extra_assistant):
    a = extra_assistant.ask("城市生命线安全工程建设取得了哪些进展？")
    assert a.to_dict()["understood"]["asks"] == "effect", a.answer
    for said in ("13个设区市建成城市生命线安全运行监测平台", "28.6万个", "1.37万条"):
        assert said in a.answer, a.answer


def test_a_thing_the_introduction_sets_the_scene_with_names_the_one_point_that_treats_it(extra_assistant):
    # 地下矿山 is counted by the introduction (其中…地下矿山9座) and treated by point 1 alone: the answer was all
    # three points, which left out what was done to the underground mines
    a = extra_assistant.ask("徐州对地下矿山采取了哪些措施？").answer
    assert "派驻安全专家" in a and "以“线”串联" not in a, a
    # 塔式起重机 (在用塔式起重机1136台 in the introduction) is point (一)'s alone; the marker ③/(一) is not quoted
    b = extra_assistant.ask("江北新区对塔式起重机是怎么监管的？").answer
    assert "超限时自动报警" in b and "一机一码" not in b, b
    c = extra_assistant.ask("扬州有限空间作业的监护是怎么做的？").answer
    assert "专职监护人员" in c and "③" not in c and "先审批、后作业" not in c, c


def test_a_verb_of_the_whole_work_said_by_the_introduction_keeps_all_points(extra_assistant):
    # 整治 is said by point 三's lead alone, but the introduction's 持续推进非煤矿山安全整治 names the whole work
    a = extra_assistant.ask("徐州非煤矿山安全整治的主要做法有哪些？").answer
    for lead in ("以“点”突破", "以“线”串联", "以“面”推进"):
        assert lead in a, a


def test_a_result_sentence_goes_on_after_its_semicolon(extra_assistant):
    # …已整改11.9万处；完成老旧燃气管道更新改造3260公里…；为14.8万户居民用户加装燃气泄漏报警装置。 lists its results in
    # one sentence; the last clause says no 累计/已 of its own and was dropped
    a = extra_assistant.ask("全省城镇燃气安全专项整治推进会通报了哪些进展？").answer
    assert "加装燃气泄漏报警装置" in a and "排查燃气经营企业486家" in a, a
    b = extra_assistant.ask("全省人员密集场所消防安全整治取得了哪些进展？").answer
    assert "临时查封场所1860处" in b and "4.7万家次" in b, b
