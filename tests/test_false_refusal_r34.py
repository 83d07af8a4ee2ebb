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
