"""A figure's shown words stop at the conjunction that joins it to its neighbour (在全市 4 个化工园区（集中区）和 |
187 家危化品生产经营企业中): no answer ends on a dangling 和, and the second figure's words start after the join,
not with the first figure's noun. And a text's own noun before 在哪一期 (镇江的文章在哪一期) asks which issues ran it.
Real sentences: 2024年第8期 镇江 (extra), 2025年第14期 南通 (bundled)."""

from __future__ import annotations

import re

from rag_assistant.answer.window import figure_window, figures_of

ZHENJIANG = ("今年以来，镇江市聚焦化工园区和危险化学品企业安全风险，在全市 4 个化工园区（集中区）和 187 家危化品"
             "生产经营企业中部署开展“三查一改”专项行动")


def _window(sentence: str, surface_start: str) -> str:
    figures = figures_of(sentence)
    figure = next(f for f in figures if sentence[f.start:].startswith(surface_start))
    a, b = figure_window(sentence, figure, figures)
    return sentence[a:b]


def test_the_second_figure_words_start_after_the_join():
    assert _window(ZHENJIANG, "187").strip().startswith("187 家危化品"), _window(ZHENJIANG, "187")
    # the noun before the figure: the second figure's words are its own noun, not 和 + noun
    s = "共检查化工企业 248 家和医药企业 121 家"
    assert _window(s, "121").strip() == "医药企业 121 家", _window(s, "121")
    assert _window(s, "248").strip().startswith("共检查化工企业 248 家"), _window(s, "248")
    # 和谐 is a word, not a join: the words after the first figure stay with the second
    s = "表彰先进个人 30 名和谐社区 12 个"
    assert "和谐社区" in _window(s, "12"), _window(s, "12")


def test_no_answer_ends_on_the_join(extra_assistant):
    a = extra_assistant.ask("镇江有多少个化工园区？")
    assert "4 个化工园区" in a.answer or "4个化工园区" in a.answer, a.answer
    assert not re.search(r"和\s*\[\d+\]", a.answer), a.answer
    b = extra_assistant.ask("镇江有多少家危化品生产经营企业？")
    assert "187" in b.answer and not re.search(r"，化工园区（集中区）和\s*187", b.answer), b.answer


def test_two_figures_joined_by_he_each_keep_their_noun(assistant):
    a = assistant.ask("南通打非治违排查的化工生产企业和医药生产企业各有多少家？")
    assert "248" in a.answer and "121" in a.answer, a.answer


def test_a_text_noun_before_which_issue_lists_every_issue_that_ran_the_place(extra_assistant):
    a = extra_assistant.ask("镇江的文章在哪一期？")
    for issue in ("2024年第8期", "2025年第30期", "2026年第10期"):
        assert issue in a.answer, a.answer
    assert a.citations
    # the same words asking a figure stay a figure question
    b = extra_assistant.ask("镇江有多少个化工园区？")
    assert "刊登于" not in b.answer, b.answer


def test_the_verb_of_a_manner_question_names_no_part(extra_assistant):
    # 保障 is said only in the body of （三）力量不到位的一律不启动 (保障力量1.2万人次): 怎么保障的 asks the whole article
    a = extra_assistant.ask("盱眙龙虾节安全是怎么保障的？")
    for lead in ("方案不审批的一律不举办", "隐患不整改的一律不开放", "力量不到位的一律不启动"):
        assert lead in a.answer, a.answer
    # a part named by a specific verb phrase keeps its narrow answer: 闭环 of point 四's 闭环机制
    b = extra_assistant.ask("六合区管道隐患是怎么闭环处置的？")
    assert "闭环" in b.answer, b.answer
