"""Missed refusals: a figure whose words name none of the asked thing does not answer it (unnamed_thing.py).

- A question whose counted noun is fronted before a time or a verb (常州应急救援队伍到2023年底建了多少支) has no asked
  noun phrase read; a figure in a broad classifier (四个综合治理行业) for the narrow one asked (支) must say an asked
  content word in its own noun or clause, else the answer is partial (简报未给出…).
- An asked kind (危化品生产经营企业) is not answered by its class without the modifier (各类生产经营单位947家) of a
  sentence that never says it.
Twins: the same questions of the place or thing whose figure is given keep their figure.
Real sentences: 简报专刊 (常州, 南通), 2021年第10期 (扬州, 滨海), 2024年第8期 (镇江), 2025年第14/16期 (南通, 宿迁, 无锡).
"""

from __future__ import annotations

import pytest


def _partial(a) -> bool:
    return a.refused or a.answer.startswith("简报未给出")


@pytest.mark.parametrize("question, wrong", [
    ("常州应急救援队伍到2023年底建了多少支", "四个"),
    ("扬州危化品生产经营企业有多少家", "947"),
    ("扬州化工企业联动检查了多少家", "947家"),
    ("苏州精准识别了多少家化工生产企业", "248"),
    ("连云港配备巡查员多少人", "6758"),
    ("2019年南通排查企业多少家", None),
    ("常州有多少名在编监管人员", "921"),
    ("滨海县应急救援队伍2021年新增多少支", "80"),
])
def test_an_unnamed_thing_is_said_missing(extra_assistant, question, wrong):
    a = extra_assistant.ask(question)
    assert _partial(a), a.answer
    if wrong:
        head = a.answer.split("关于")[0]
        assert wrong not in head, a.answer


@pytest.mark.parametrize("question, figure", [
    ("南通建有多少支应急救援队伍", "661"),
    ("南通应急救援队伍目前建了多少支", "661"),
    ("镇江危化品生产经营企业有多少家", "187"),
    ("扬州多部门联动检查了多少家生产经营单位", "947"),
    ("镇江化工园区体检式评估查找问题多少项", "312"),
    ("常州培训了多少名化工企业班组长", "840"),
    ("滨海县安全监管队伍2021年预计新增多少人", "80"),
    ("海安市对考取中级注安师的补助多少钱", "4000"),
    ("扬州三位一体执法一共罚了多少钱", "282.87"),
    ("苏州应急8分钟在多少块地铁公交电视屏上循环播放", "1.8万"),
    ("宿迁隐患内部报告奖励已经发了多少钱", "23.47"),
    ("无锡重点企业和场所上半年走访了多少处", "1600"),
])
def test_the_twin_keeps_its_figure(extra_assistant, question, figure):
    a = extra_assistant.ask(question)
    assert not _partial(a) and figure in a.answer.replace(" ", ""), a.answer
    assert a.citations
