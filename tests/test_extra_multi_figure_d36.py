"""Figures of the extra issues picked from the right chunk but the wrong cell, clause or part (round 36, helper d36).

Sentences of the extra issues (eval/extra_briefings/): 2025年第4期 邳州 重点园区整治进展 table (园区 | 企业数（家） |
排查隐患（处） | 已整改（处）; 新河镇木业园 836 1572 1530) and 关停取缔不具备安全条件的小作坊156家，淘汰改造老旧导热油炉286台;
2024年第8期 常州 全市现有粉尘涉爆企业 1342 家、有限空间作业企业 3.6 万余家 beside 推动 420 家粉尘涉爆企业安装火花探测….
"""

from __future__ import annotations

import pytest

from rag_assistant.answer.counted import _modified_noun, same_noun_share
from rag_assistant.answer.elided import _only_a_step
from rag_assistant.answer.stock import asks_stock
from rag_assistant.answer.support import modifies_other
from rag_assistant.answer.tables import label_words
from rag_assistant.text import cjk_pairs

_HEADER = "重点园区整治进展情况如下： 园区\t企业数（家）\t排查隐患（处）\t已整改（处）"
_ROW = "新河镇木业园\t836\t1572\t1530"


def test_the_label_column_head_and_caption_are_a_rows_setting():
    assert label_words(_ROW, _HEADER) == "重点园区整治进展情况如下： 园区"
    assert label_words("全市现有板材加工企业3260余家。", _HEADER) == ""  # no table row
    assert "排查隐患" not in label_words(_ROW, _HEADER)  # another column's head names its own cells only


def test_a_verb_between_the_asked_head_and_its_noun_said_by_the_question_asks_that_thing():
    window = "全市现有粉尘涉爆企业 1342 家"
    assert not modifies_other("粉尘", window, "1342", "粉尘涉爆的多少家")
    assert modifies_other("粉尘", window, "1342", "粉尘有多少家")  # twin: 粉尘 alone is no thing counted in 家


def test_a_verb_before_an_elided_head_is_a_stock_ask():
    assert asks_stock("粉尘涉爆的多少家")  # the head left out after 的
    assert not asks_stock("第25届金湖荷花节接待游客多少人")  # a verb before the last noun is an act asked
    assert not asks_stock("整改企业多少家")  # a step verb asks the act
    assert not asks_stock("淘汰的多少艘")  # a bare relative clause names things by what was done to them


def test_the_modifiers_before_a_figures_noun_say_the_asked_noun():
    assert _modified_noun("全市现有粉尘涉爆企业", "企业") == "粉尘涉爆企业"
    # the clause's subject before an adverb and a verb modifies nothing of 隐患
    assert "危化品" not in _modified_noun("全市危化品企业累计排查隐患", "隐患")
    measure = frozenset(cjk_pairs("粉尘涉爆"))
    assert same_noun_share(measure, "企业", " 家", "全市现有粉尘涉爆企业 ") > same_noun_share(measure, "企业", " 家")


def test_a_noun_after_the_question_word_is_the_parts_own_thing():
    assert not _only_a_step("关了多少小作坊")
    assert _only_a_step("整改完了多少个")  # twin: a bare step borrows the first part's classifier


@pytest.mark.parametrize("question, figures, absent", [
    ("官湖镇和新河镇的园区隐患各多少处", ["2486", "1572"], ["2395", "1530"]),
    ("邳州新河镇的园区隐患多少处", ["1572"], ["1630"]),  # not the 沭阳 article's 新河镇 row
    ("常州有限空间作业企业多少家，粉尘涉爆的多少家", ["3.6 万余家", "1342 家"], ["420"]),
    ("邳州淘汰了多少台导热油炉，关了多少小作坊", ["286台", "156家"], []),
])
def test_the_extra_issues_answer_each_asked_figure(extra_assistant, question, figures, absent):
    answer = extra_assistant.ask(question)
    body = answer.answer.split("\n")[0]  # the answer's sentence, before the cited passages
    assert not answer.refused and "简报未给出" not in body, answer.answer
    for figure in figures:
        assert figure in body, answer.answer
    for figure in absent:
        assert figure not in body, answer.answer
