"""A later ask that says only a step (整改了多少) counts the things the first part counts, less the first part's own
step and place: 六合区排查管道隐患多少处？整改了多少？ asks how many of the 管道隐患 were fixed (已整改186处), not how
many "六合区排查管道隐患" were, which the figure's words never repeat.

Probes written from 2025年第24期 (六合区 193处 / 已整改186处 / 其余7处), 2026年第3期 (泰州 9650条 / 已整改9482条) and
2021年第10期 (扬州 4088条, no 整改 figure: said missing)."""

from __future__ import annotations

import pytest

from rag_assistant.nouns import after_last_verb


@pytest.mark.parametrize("measure, carried", [
    ("六合区排查管道隐患", "管道隐患"),  # the first part's place and step are its own
    ("攻坚检查企业", "企业"),
    ("问题", "问题"),  # twin: no verb, carried whole
    ("管道隐患", "管道隐患"),
])
def test_the_things_less_the_first_parts_step(measure, carried):
    assert after_last_verb(measure) == carried


def test_a_later_step_part_is_answered_from_its_own_figure(extra_assistant):
    for question, has, lacks in (
            ("六合区排查管道隐患多少处？整改了多少？还剩几处挂牌督办？", ("193处", "186处", "7处"), ()),
            ("六合区排查管道隐患多少处，整改了多少", ("193处", "186处"), ("未给出",)),
            # twins: the later part names its own unit; a first part without a step verb; no figure given
            ("六合管道隐患排查了多少处？整改了几处？", ("193处", "186处"), ("未给出",)),
            ("泰州建筑施工发现隐患多少条？整改了多少？", ("9650条", "9482条"), ("未给出",)),
            ("扬州联动检查发现问题隐患多少条，整改了多少", ("4088条", "未给出"), ()),
            ("六合区排查管道隐患多少处？巡护里程多少？", ("193处", "4.6万公里"), ("未给出",))):
        a = extra_assistant.ask(question).answer
        assert all(h in a for h in has) and not any(x in a for x in lacks), (question, a)
