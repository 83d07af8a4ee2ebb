"""A share asked as 某事的比例达到多少 is the rate the text names after that step (整改率97.4%): 达到 says a level is
reached, not a later step, and 比例 is said by the percentage itself. A rate named after another step (整改率 for
罚款的比例) does not answer.

Sentences of the synthetic extra issues (eval/extra_briefings/): 2025年第12期 常熟 …已整改8712处，整改率97.4%;
2025年第20期 沭阳 已整改隐患4980处，整改率94.5%; 2024年第15期 兴化 …持证上岗率达96%."""

from __future__ import annotations

from rag_assistant.answer.respective import rate_of_other
from rag_assistant.answer.support import asked_action, asked_steps
from rag_assistant.types import Part


def _ratio(text: str) -> Part:
    return Part(text=text, terms=(), unit="", unit_class="ratio")


def test_a_level_verb_is_no_step():
    assert asked_action("常熟纺织企业电气隐患整改的比例达到多少") == ""
    assert asked_steps("常熟纺织企业电气隐患整改的比例达到多少")[0] == ""
    assert asked_action("南通打非治违一共培训了多少人次") == "培训"  # a step verb is still the asked action


def test_a_rate_named_after_another_step_does_not_answer():
    assert rate_of_other(_ratio("沭阳电商仓储隐患罚款的比例是多少"), "截至7月底，已整改隐患4980处，整改率")
    assert not rate_of_other(_ratio("沭阳电商仓储隐患整改的比例达到多少了"), "截至7月底，已整改隐患4980处，整改率")
    assert not rate_of_other(_ratio("粉尘涉爆企业每天清扫上报的比例"), "全市粉尘涉爆生产企业每日动态清扫上报率")
    assert not rate_of_other(_ratio("罚款的比例"), "同比下降")  # no rate named: not judged here
    assert not rate_of_other(Part(text="罚款多少", terms=(), unit="万元", unit_class="money"), "整改率")


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (("常熟纺织企业电气隐患整改的比例达到多少了？", "97.4%"),
                          ("沭阳电商仓储隐患整改的比例达到多少了", "94.5%"),
                          ("兴化烘干机操作人员持证上岗的比例达到多少了", "96%")):
        a = extra_assistant.ask(question)
        assert has in a.answer and not a.refused and "未给出" not in a.answer, (question, a.answer)
    b = extra_assistant.ask("沭阳电商仓储隐患罚款的比例是多少")
    assert "未给出" in b.answer and "94.5%" not in b.answer.split("简报提到")[0], b.answer
