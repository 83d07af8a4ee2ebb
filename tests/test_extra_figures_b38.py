"""Wrong or missing figures of multi-figure questions on the extra issues although the right chunk was found (round
38, helper b38; file named for the round-37 series of these tests).

Sentences of the extra issues (eval/extra_briefings/): 2025年第26期 泰州 附件 table (合计	182	2415	2318); 2025年第24期
累计发出预警信息1.37万条，…成功避免…险情326起; 2025年第20期 清江浦 选聘“楼道长”1.12万名 … 增设…充电桩6200个 …
对表现突出的“楼道长”给予每人每年600元的补贴; 2025年第12期 常熟 发现电气隐患8940处 and the 部分镇 table of 海虞镇,
古里镇, 支塘镇 with 合计	2681	7269	7109; 东台 在林区安装高清视频监控和红外热成像探头146个."""

from __future__ import annotations

import pytest

from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.respective import per_unit_of_other
from rag_assistant.answer.tables import PART_ROW_FIT, counts_member_rows, set_total_elsewhere
from rag_assistant.answer.unnamed_kind import asked_modifier

_ROWS = ["部分镇（街道）电气体检情况如下：", "镇（街道）\t检测企业（家）\t电气隐患（处）发现\t电气隐患（处）已整改",
         "海虞镇\t1120\t3046\t2978", "古里镇\t864\t2318\t2260", "支塘镇\t697\t1905\t1871", "合计\t2681\t7269\t7109"]
_LEAD = "对表现突出的“楼道长”给予每人每年"


def test_a_sum_adverb_is_no_modifier_of_the_asked_noun():
    assert asked_modifier("泰州船企一共排查隐患多少", "排查隐患") == ""
    assert asked_modifier("泰州船企排查隐患多少", "排查隐患") == "船企"  # twin: no adverb, the subject stays


def test_a_verbal_noun_given_out_in_an_object_classifier_is_the_counted_thing():
    assert measure_of("生命线预警发了多少条") == "预警"
    assert measure_of("灭火器发了多少具") == "灭火器"
    assert measure_of("培训搞了多少场") == ""  # twin: 场 counts the occasions of the action


def test_an_elided_member_of_each_is_the_thing_counted_before():
    assert not per_unit_of_other("每个补多少钱", _LEAD, "清江浦选了多少楼道长？每个补多少钱？")
    assert per_unit_of_other("每个补多少钱", _LEAD, "清江浦装了多少个充电桩？每个补多少钱？")  # twin: another member
    assert not per_unit_of_other("每个补多少钱", _LEAD)  # the member named nowhere: not judged


def test_a_set_named_by_its_size_asks_the_total_row():
    assert counts_member_rows("常熟三个镇一共发现电气隐患多少处", _ROWS[-1], _ROWS)
    assert counts_member_rows("常熟这3个镇一共发现电气隐患多少处", _ROWS[-1], _ROWS)
    assert not counts_member_rows("常熟两个镇一共发现电气隐患多少处", _ROWS[-1], _ROWS)  # twin: not the table's size
    assert not counts_member_rows("常熟三个县一共发现电气隐患多少处", _ROWS[-1], _ROWS)  # twin: another kind
    assert set_total_elsewhere("共检测企业3215家，发现电气隐患8940处", "常熟三个镇一共发现电气隐患多少处", _ROWS) \
        == PART_ROW_FIT
    assert set_total_elsewhere("共检测企业3215家，发现电气隐患8940处", "常熟一共发现电气隐患多少处", _ROWS) == 1.0


@pytest.mark.parametrize("question, figures", [
    ("泰州船企一共排查隐患多少，已整改多少", ["2415", "2318"]),
    ("生命线预警发了多少条，避免险情几起", ["1.37万条", "326起"]),
    ("清江浦选了多少楼道长？每个补多少钱？", ["1.12万名", "600元"]),
    ("常熟三个镇一共发现电气隐患多少处", ["7269"]),
    ("东台林区装了多少个摄像头？", ["146个"]),
    ("常熟发现电气隐患多少处，整改了多少", ["8940处", "8712处"]),  # twin: no set named, the prose whole
])
def test_the_extra_issues_answer_every_part(extra_assistant, question, figures):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    for figure in figures:
        assert figure in answer.answer, answer.answer


def test_a_per_member_figure_of_another_member_stays_unanswered(extra_assistant):
    answer = extra_assistant.ask("清江浦装了多少个充电桩？每个补多少钱？")
    assert "6200个" in answer.answer and "600元" not in answer.answer, answer.answer
