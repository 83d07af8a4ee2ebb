"""Yes/no of a claimed change (是不是增加了, 减少了吗, 比上年多了) and of a whole year (2025年…有没有发生较大事故), round 37
(helper f37).

Sentences of the extra issues (eval/extra_briefings/): 2025年第4期 邳州 邳州市是全国重要的板材加工基地，…火灾风险突出 and
整治以来，全市板材加工行业火灾起数同比下降31.4%; 2025年第9期 一季度全省共发生生产安全事故268起、死亡231人，同比分别下降
12.4%和9.8%; 2025年第12期 “五一”假期全省预计接待游客6800万人次，…安全风险明显上升; 2025年第4期 春节假期…未发生较大以上
生产安全事故; 2025年第30期 较大事故起数同比下降近两成，全年未发生重大及以上生产安全事故. The bundled 无锡 special feature
says 鼓励举报安全生产事故隐患和违法行为 and no change of any count of 违法行为."""

from __future__ import annotations

import pytest

from rag_assistant.answer.governs import trend_fit, trend_unsaid, without_claimed_change
from rag_assistant.answer.period_claim import part_of_year


def test_a_claimed_change_is_read_at_the_predicate_only():
    assert trend_unsaid("无锡危化品运输违法行为是不是减少了？", "鼓励举报安全生产事故隐患和违法行为")
    assert trend_unsaid("南京地下管网险情是不是比上年多了？", "全年处置管网险情680起")
    assert not trend_unsaid("邳州板材企业火灾是不是增加了？", "火灾起数同比下降31.4%")  # the text states a change
    assert not trend_unsaid("无锡检查企业是不是比南通多？", "全市检查企业947家")  # a comparison, not a change
    assert not trend_unsaid("有没有增加执法人员？", "充实执法人员")  # an action, not the predicate's change
    assert trend_fit("邳州板材企业火灾是不是增加了？", "火灾风险突出") < trend_fit("邳州板材企业火灾是不是增加了？",
                                                                                  "火灾起数同比下降31.4%")


def test_the_claimed_change_word_is_no_word_the_sentence_must_hold():
    terms = ("一季度", "全省", "事故", "起数", "上升")
    assert without_claimed_change("一季度全省事故起数是不是上升了？", terms) == terms[:-1]
    assert without_claimed_change("一季度全省检查了多少家企业？", terms) == terms


def test_a_short_span_does_not_answer_a_whole_year():
    holiday = "春节假期（1月28日至2月4日），全省共发生生产安全事故37起、死亡29人，未发生较大以上生产安全事故。"
    assert part_of_year("2025年全省有没有发生较大事故？", holiday) < 1.0
    assert part_of_year("2025年全省有没有发生较大事故？", "较大事故起数同比下降近两成，全年未发生重大及以上生产安全事故。") == 1.0
    assert part_of_year("春节假期全省有没有发生较大事故？", holiday) == 1.0  # the question names the span itself
    assert part_of_year("全省有没有发生较大事故？", holiday) == 1.0  # no year asked


def _head(answer: str) -> str:
    return answer.split("。")[0].split("）")[-1].split("，")[0]


@pytest.mark.parametrize("question, head, quoted", [
    ("邳州板材企业火灾是不是增加了？", "不是", "火灾起数同比下降31.4%"),
    ("一季度全省事故起数是不是上升了？", "不是", "268起"),
    ("一季度全省事故起数是不是下降了？", "是", "268起"),  # the twin whose answer is yes
    ("南京地下管网险情是不是比上年多了？", "不是", "同比下降23.5%"),
    ("2025年全省有没有发生较大事故？", "有", "较大事故起数同比下降近两成"),
    ("春节假期全省有没有发生较大事故？", "没有", "未发生较大以上生产安全事故"),  # the twin of the short span
])
def test_the_extra_issues_answer_the_claimed_change(extra_assistant, question, head, quoted):
    answer = extra_assistant.ask(question).answer
    assert _head(answer) == head and quoted in answer, answer


def test_a_sentence_of_no_change_neither_confirms_nor_denies(extra_assistant):
    answer = extra_assistant.ask("无锡危化品运输违法行为是不是减少了？").answer
    assert answer.startswith("简报未提及") or "）简报未提及" in answer.split("。")[0], answer


def test_a_bare_verb_side_shares_the_subject_fronted_by_the_first():
    from rag_assistant.answer.sides import compare_sides
    assert compare_sides("常熟电气隐患发现的和整改的哪个多？") == ["常熟电气隐患发现的", "常熟电气隐患整改的"]
    assert compare_sides("常熟电气隐患发现的和已经整改的哪个多？")[1] == "常熟电气隐患已经整改的"
    # a first side ending in its own noun, or sides that are nouns, give nothing
    assert compare_sides("镇江化工园区查出的问题和已整改的差几项？") == ["镇江化工园区查出的问题", "已整改的"]
    assert compare_sides("南通化工生产企业和医药生产企业谁多？") == ["南通化工生产企业", "医药生产企业"]


def test_the_compare_of_found_and_fixed_quotes_both_figures(extra_assistant):
    answer = extra_assistant.ask("常熟电气隐患发现的和整改的哪个多？").answer
    assert "8940处" in answer and "8712处" in answer and "17家" not in answer, answer


def test_this_year_is_the_year_so_far():
    # a briefing's 今年 is the year to date: its 今年一季度 sentence answers it
    assert part_of_year("常熟纺织企业今年出过火灾吗？", "今年一季度，常熟市纺织企业火灾起数同比下降42.5%。") == 1.0
