"""False refusals of a figure asked with another inspection verb than the text's (round 34, helper R).

2025年第14期 南通: 全市累计排查企业 31933 家 — staff ask 南通检查了多少家企业 / 督查了几家; the word weighs most of the
question, so without reading 检查 as an inspection verb like 排查 the sentence covered too little and was refused.
"""

from __future__ import annotations

from rag_assistant.answer.match import Weights, other_inspection


def _head(answer: str) -> str:
    return answer.split("简报提到")[0]


def test_another_inspection_verb_counts_as_a_near_match():
    assert other_inspection("检查", "全市累计排查企业 31933 家") == 0.7
    assert other_inspection("督查", "开展跨部门联合检查 37 次") == 0.7
    assert other_inspection("整改", "全市累计排查企业 31933 家") == 0.0  # twin: another step is no inspection
    assert other_inspection("检查", "立案查处违法违规行 9 家次") == 0.0  # twin: 查处 is a case, not an inspection


def test_the_asked_verb_itself_still_weighs_more():
    w = Weights({"检查": 5, "排查": 8, "企业": 50}, 100, "")
    assert w.coverage(("检查", "企业"), "开展检查企业 10 家") > w.coverage(("检查", "企业"), "全市累计排查企业 31933 家") >= 0.5


def test_inspection_figures_on_the_bundled_briefings(assistant):
    for question, has in (("南通检查了多少家企业？", "31933"),
                          ("南通督查了多少家企业", "31933"),
                          ("南通排查了多少户企业？", "31933")):
        a = assistant.ask(question)
        assert not a.refused and has in _head(a.answer) and "未给出" not in _head(a.answer), (question, a.answer)
    for question in ("南通检查了多少家医院？",  # no hospital is counted
                     "南通2023年检查了多少家企业？"):  # no 2023 figure
        a = assistant.ask(question).answer
        assert "31933" not in _head(a), (question, a)


def test_a_held_meeting_is_dated_by_its_day_not_a_period_it_reviewed():
    from rag_assistant.answer.times import answer_times
    reviewed = "会议分析了主汛期以来全省防汛防台风和安全生产形势，部署下一阶段重点工作。"
    held = "8月20日，全省防汛防台风暨安全生产工作视频会议在南京召开。"
    assert [f.surface for f in answer_times(reviewed, "全省防汛防台风会啥时候开的")] == []
    assert [f.surface for f in answer_times(held, "全省防汛防台风会啥时候开的")] == ["8月20日"]
    # twins: a question about a start keeps the period's start; one about no meeting keeps every time
    assert [f.surface for f in answer_times("7月以来全省先后经历4轮强降雨过程", "强降雨啥时候开始的")] != []


def test_when_a_meeting_was_held_on_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("全省防汛防台风会啥时候开的").answer
    assert "8月20日" in a.split("。")[0] and "主汛期" not in a.split("。")[0], a
