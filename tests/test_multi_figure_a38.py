"""Multi-figure questions of the extra issues whose part took another sentence's figure (round 38, helper a38).

Sentences of the extra issues (eval/extra_briefings/): 2024年第8期 镇江 从规划布局…等方面查找问题 312 项，已整改 289 项
beside 全市危化品企业累计排查隐患 5821 条; 2025年第4期 江阴 对26个码头和412座储罐逐一建立“一码头一档案”，排查问题隐患
1284处，已整改1239处，整改率96.5%; 2025年第12期 今年以来至4月27日，全省共发生生产安全事故352起、死亡301人，同比分别
下降16.2%和13.5% beside 2025年第33期 全省生产安全事故起数和死亡人数同比分别下降11.2%和9.8%."""

from __future__ import annotations

import pytest

from rag_assistant.answer.actor_subject import actor_not_counted
from rag_assistant.answer.elided import _only_a_step
from rag_assistant.answer.understand import read_parts


@pytest.mark.parametrize("text", ["一共查出多少", "总共发现多少", "一共整改了多少", "总计发现多少"])
def test_a_sum_or_time_adverb_leaves_a_part_only_a_step(text):
    assert _only_a_step(text)


def test_a_part_naming_its_own_thing_is_still_no_step():
    assert not _only_a_step("一共罚了多少钱")  # twin: a noun after the question word
    assert not _only_a_step("现在整改了多少")  # a time adverb: the progress may be a share, not the first's 处


def test_a_site_fronted_before_its_step_is_no_thing_of_a_matter_classifier():
    assert actor_not_counted("地下矿山", "项") and actor_not_counted("化工企业", "条")
    assert not actor_not_counted("地下矿山", "座")  # twin: a site counted in its own classifier
    assert not actor_not_counted("重点工程", "项")  # twin: a thing counted in 项


def test_the_elided_part_after_a_total_adverb_counts_the_first_parts_noun():
    parts = read_parts("镇江整改了多少项问题，一共查出多少？", "figure", ("镇江",))
    assert parts[1].measure == "问题" and parts[1].unit == "项"


@pytest.mark.parametrize("question, figures", [
    ("镇江整改了多少项问题，一共查出多少？", ("289", "312")),
    ("全省今年事故多少起，死亡人数多少，同比下降多少？", ("352", "301", "16.2%", "13.5%")),
    ("全省今年事故多少起，同比下降多少？", ("352", "16.2%")),
    ("徐州地下矿山整改了多少项，一共查出多少？", ("251", "274")),
])
def test_every_part_takes_its_own_figure(extra_assistant, question, figures):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    body = answer.answer.split("[1]")[0].replace(" ", "")
    for figure in figures:
        assert figure in body, answer.answer
    assert "5821" not in body and "11.2%" not in body, answer.answer
