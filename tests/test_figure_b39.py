"""Figure questions whose total adverb (共计/一共/累计) drew a list's first figure (round 39, helper b39).

002_ca7909b6935f5c44.txt (连云港 专刊): 累计检查企业12780多家次、各类场所32700多个，整改各类问题隐患53190多个. The
累计 before the list is said of every member: 各类场所32700多个 is cumulative too, so a question asking the places 共计
/ 一共 / 累计 must not be moved to 12780多家次 by the adverb alone (respective.list_lead, judge.py)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.respective import list_lead
from rag_assistant.numbers import extract_figures

SENTENCE = "累计检查企业12780多家次、各类场所32700多个，整改各类问题隐患53190多个。"


def _figure(surface_start: str):
    return next(f for f in extract_figures(SENTENCE) if f.surface.startswith(surface_start))


def test_a_later_list_member_shares_the_lists_lead():
    figures = extract_figures(SENTENCE)
    assert list_lead(SENTENCE, figures, _figure("32700"), 0) == "累计检查企业"


def test_the_first_member_and_a_figure_of_another_clause_have_no_lead():
    figures = extract_figures(SENTENCE)
    assert list_lead(SENTENCE, figures, _figure("12780"), 0) == ""  # twin: it opens the list
    start = SENTENCE.index("整改")
    assert list_lead(SENTENCE, figures, _figure("53190"), start) == ""  # twin: its own clause, no 、 before it


@pytest.mark.parametrize("question", [
    "连云港检查各类场所共计多少个？",
    "连云港一共检查了多少个各类场所？",
    "连云港累计检查了多少个各类场所？",
])
def test_a_total_adverb_keeps_the_asked_list_member(assistant, question):
    answer = assistant.ask(question)
    body = answer.answer.split("[1]")[0].replace(" ", "")
    assert "32700" in body and "12780" not in body, answer.answer


def test_the_first_member_is_still_answered_with_the_adverb(assistant):
    answer = assistant.ask("连云港检查企业共计多少家次？")
    body = answer.answer.split("[1]")[0].replace(" ", "")
    assert "12780" in body and "32700" not in body, answer.answer


# 004_91fdd76356558e47.txt (扬州 2021年第10期): 全市多部门联动检查各类生产经营单位947家，…，处罚金额282.87万元. A first part
# naming no place (罚款一共多少钱) is elliptic: the part that opens with the place sets the scene (三位一体执法) both ask in
# (understand.read_parts), so its own focus is what tells it from the other (查, 单位), not the scene's words.
def test_the_place_opening_part_sets_the_scene_for_an_elliptic_first_part():
    from rag_assistant.answer.understand import read_parts
    parts = read_parts("罚款一共多少钱，扬州三位一体执法查了多少家单位？", "multi_figure", ("扬州",))
    assert "三位一体" not in parts[1].focus and "单位" in parts[1].focus
    assert "三位一体" in parts[0].terms
    first = read_parts("扬州三位一体执法查了多少家单位，罚款一共多少钱？", "multi_figure", ("扬州",))
    assert "三位一体" not in first[0].focus  # twin: the usual order reads the same


def test_parts_in_either_order_take_their_own_figures(assistant):
    answer = assistant.ask("罚款一共多少钱，扬州三位一体执法查了多少家单位？")
    body = answer.answer.split("[1]")[0].replace(" ", "")
    assert "947家" in body and "282.87万元" in body and "简报未给出" not in answer.answer, answer.answer
