"""Yes/no questions over the extra issues (helper x16): a trend asked of a figure whose change is stated in the
clause after it (2347起，同比下降18.3%), and a recurrence typed as 一个季度查一次 (one period, one time)."""

from __future__ import annotations

from rag_assistant.answer.governs import trend_check, with_change
from rag_assistant.answer.times import stated_time_check
from rag_assistant.answer.times import canonical_time, time_spans


def test_the_change_clause_after_a_figure_states_its_trend():
    sentence = "划定危化品运输车辆限行区域和通行路线，全年查处危化品运输车辆违法行为2347起，同比下降18.3%。"
    clause = "全年查处危化品运输车辆违法行为2347起"
    at = sentence.index(clause)
    assert with_change(sentence, at, clause) == clause + "，同比下降18.3%"
    assert trend_check("查处的违法行为比上年多了吗", with_change(sentence, at, clause)) == (False, "下降")
    # a clause followed by no change clause stays itself
    assert with_change(sentence, 0, "划定危化品运输车辆限行区域和通行路线") == "划定危化品运输车辆限行区域和通行路线"


def test_a_recurrence_typed_as_one_period_and_one_time_is_that_recurrence():
    spans = [canonical_time(f.surface) for f in time_spans("常州红码企业是不是一个季度查一次？")]
    assert spans == ["每季度"]
    assert stated_time_check("常州红码企业是不是一个季度查一次？", "对红码企业每月至少检查1次") == (False, "每月")
    assert stated_time_check("是不是一个月一次", "对红码企业每月至少检查1次") == (True, "每月")
    # the first quarter (一季度已完成…) is a point in time, not a recurrence
    assert all(canonical_time(f.surface) != "每季度" for f in time_spans("一季度已完成41.5公里"))


def test_extra_yes_no_and_when_end_to_end(extra_assistant):
    cases = (
        ("26年第3期里说南京查处的危化品运输违法行为比上年多了吗？", "不是"),
        ("常州红码企业是不是一个季度查一次？", "不是"),
    )
    for question, head in cases:
        a = extra_assistant.ask(question)
        assert not a.refused and head in a.answer.split("。")[0], (question, a.answer)
