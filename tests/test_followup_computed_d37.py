"""Computed figures in two-part questions and in follow-ups (round 37, helper d37).

- A done figure and, in the next clause, a further one of the same act (2024年第27期 启东 已发放奖励资金86万元，
  拟于年底前再发放54万元; 2025年第24期 全省已完成燃气老旧管网改造2860公里，拟于年底前再改造1200公里) are the parts of
  the whole a question asks (一共要发多少), added in the open (computed_sum.done_and_more).
- A figure question of two parts, one asking the rest (镇江园区问题整改了几项，还剩几项), computes that rest as a
  one-part question does (compose.compose_parts_rest).
- A follow-up that says only a rest, a further amount or a whole (还剩几项, 还要发多少呢, 那一共呢) asks about the
  counted thing of the earlier question (predicate_followup.py)."""

from __future__ import annotations

from rag_assistant.answer.computed_sum import computed_sum, done_and_more
from rag_assistant.answer.predicate_followup import predicate_followup
from rag_assistant.numbers import extract_figures

_QIDONG = "对主动整改并降级的实验室给予奖励，已发放奖励资金86万元，拟于年底前再发放54万元"
_PIPES = "全省已完成燃气老旧管网改造2860公里，拟于年底前再改造1200公里"


def _sum(question, sentence, places=()):
    found = computed_sum(question, [(0, sentence)], places)
    return found and found[2]


def test_a_done_and_a_further_figure_of_one_act_are_summed():
    assert _sum("启东实验室奖励资金一共要发多少万", _QIDONG, ["启东"]).endswith("共140万元（86万元＋54万元）。")
    assert _sum("启东实验室奖励一共多少", _QIDONG, ["启东"]).endswith("共140万元（86万元＋54万元）。")
    assert _sum("全省燃气老旧管网一共要改造多少公里", _PIPES).endswith("共4060公里（2860公里＋1200公里）。")


def test_a_sum_of_another_act_or_no_further_clause_is_not_computed():
    # the question names neither the act nor the thing of the done clause
    assert not _sum("启东实验室一共检查了多少间次", _QIDONG, ["启东"])
    # no 再 clause: two done figures are no done-and-further pair
    assert not done_and_more("一共发了多少", "已发放奖励资金86万元，发放补贴54万元",
                             extract_figures("已发放奖励资金86万元，发放补贴54万元"))
    # another act in the further clause (再检查): not a part of 发放
    assert not _sum("一共要发多少万", "已发放奖励资金86万元，拟再检查54家")


def test_a_predicate_only_followup_takes_the_earlier_counted_thing():
    earlier = ["镇江园区体检查出多少问题", "镇江已整改多少？"]
    assert predicate_followup("还剩几项", earlier, ["镇江"]) == "镇江园区体检查出问题还剩几项？"
    earlier = ["启东实验室已发放奖励多少", "启东实验室发放奖励还要发多少？"]
    assert predicate_followup("一共", earlier, ["启东"]) == "启东实验室发放奖励一共多少？"
    # a fragment with a noun of its own (那小场所呢) or no rest/whole word is carried as before
    assert predicate_followup("小场所", ["南通危化企业重大隐患几条"], ["南通"]) == ""
    assert predicate_followup("已整改", ["镇江园区体检查出多少问题"], ["镇江"]) == ""


def test_assistant_sums_a_done_and_a_further_amount(extra_assistant):
    answer = extra_assistant.ask("启东实验室奖励资金一共要发多少万")
    assert not answer.refused and not answer.unsupported_numbers and "共140万元（86万元＋54万元）" in answer.answer
    # twins: each stated figure alone, no arithmetic
    done = extra_assistant.ask("启东实验室已经发了多少奖励")
    assert "86万元" in done.answer and "据此计算" not in done.answer
    more = extra_assistant.ask("启东实验室年底前还要发多少奖励")
    assert "54万元" in more.answer and "据此计算" not in more.answer


def test_assistant_computes_the_rest_part_of_a_two_part_question(extra_assistant):
    answer = extra_assistant.ask("镇江园区问题整改了几项，还剩几项")
    assert not answer.refused and not answer.unsupported_numbers
    assert "289" in answer.answer and "尚余23项（312项－289项）" in answer.answer
    answer = extra_assistant.ask("启东实验室隐患发现多少处，还有几处没改")
    assert "1946处" in answer.answer and "尚余74处（1946处－1872处）" in answer.answer
    # twin: a stated rest is never computed, and a part asking no rest computes nothing
    stated = extra_assistant.ask("六合管道隐患排查了多少处，还有几处没整改")
    assert "据此计算" not in stated.answer
    plain = extra_assistant.ask("常熟电气隐患发现多少处，整改率多少")
    assert "8940处" in plain.answer and "97.4%" in plain.answer and "据此计算" not in plain.answer


def test_assistant_answers_rest_and_whole_followups(extra_assistant):
    answer = extra_assistant.ask("还剩几项", history=["镇江园区体检查出多少问题", "已整改呢"])
    assert not answer.refused and "尚余23项（312项－289项）" in answer.answer
    answer = extra_assistant.ask("还要发多少呢", history=["启东实验室已发放奖励多少"])
    assert not answer.refused and "54万元" in answer.answer
    answer = extra_assistant.ask("那一共呢", history=["启东实验室已发放奖励多少", "还要发多少呢"])
    assert not answer.refused and "共140万元（86万元＋54万元）" in answer.answer


def test_assistant_computes_a_rest_followup_on_the_bundled_briefings(assistant):
    answer = assistant.ask("还剩多少", history=["宿迁拟发多少奖励", "他们已发了多少"])
    assert not answer.refused and "151.63万元" in answer.answer and not answer.unsupported_numbers


def test_a_new_holder_of_a_verbless_question_keeps_the_counted_thing():
    from rag_assistant.answer.subject_swap import swapped_holder
    assert swapped_holder("南通危化企业重大隐患几条", "危化企业重大隐患", "小场所", ["南通"]) == "南通小场所重大隐患几条"
    # twins: a measure with a verb, or a fragment that is no holder, is not swapped here
    assert swapped_holder("南通危化企业查改了多少隐患", "隐患", "小场所", ["南通"]) is None
    assert swapped_holder("南通危化企业重大隐患几条", "危化企业重大隐患", "一般隐患", ["南通"]) is None


def test_assistant_refuses_a_holder_followup_whose_measure_is_not_given(assistant):
    answer = assistant.ask("那小场所呢", history=["南通危化企业重大隐患几条"])
    assert "10.47" not in answer.answer  # the count of the places themselves is no count of their major hazards
    assert answer.refused or "重大隐患" in answer.answer.split("；")[0]


def test_another_kind_of_the_counted_thing_keeps_its_head():
    from rag_assistant.answer.subject_swap import swapped_kind
    assert swapped_kind("靖江住宅巡查单元几个", "住宅巡查单元", "工业的") == "靖江工业巡查单元几个"
    # twins: a predicate clause (通报给…的) or a one-word measure is no kind swap
    assert swapped_kind("无锡巡察查摆了多少问题", "问题", "通报的") is None
    assert swapped_kind("靖江住宅巡查单元几个", "住宅巡查单元", "住宅的") is None


def test_assistant_follows_a_kind_then_a_place(assistant):
    answer = assistant.ask("工业的呢", history=["靖江住宅巡查单元几个"])
    assert not answer.refused and "268" in answer.answer
    answer = assistant.ask("那南通呢", history=["靖江住宅巡查单元几个", "工业的呢"])
    assert "100%" not in answer.answer  # 南通 gives its units only as a whole (划分巡查单元6570个)
