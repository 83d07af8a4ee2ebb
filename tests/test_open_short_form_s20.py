"""An open question that says a title word in its short form (安保 for 安全保障, 金湖…荷花节大型活动安全保障) asks
about the whole article, as the title's own words do; a word naming one point still narrows the answer."""

from __future__ import annotations

from rag_assistant.answer.narrow import said_by, short_forms


def test_the_short_form_of_a_four_character_title_word_is_said_by_the_title():
    title = "淮安市金湖县“四个在前”做好荷花节大型活动安全保障"
    assert "安保" in short_forms(title)
    assert said_by("安保", title, ["安保"])
    assert not said_by("演练", title, ["演练"])  # a word of one point is not the title's


def _points(answer: str) -> int:
    return sum(lead in answer for lead in ("风险评估在前", "隐患排查在前", "力量部署在前", "应急演练在前"))


def test_an_open_question_in_the_titles_short_form_gets_every_point(extra_assistant):
    a = extra_assistant.ask("金湖荷花节大型活动安保有啥经验")
    assert not a.refused and _points(a.answer) == 4, a.answer
    assert "[1]" in a.answer


def test_a_word_of_one_point_still_narrows_the_answer(extra_assistant):
    a = extra_assistant.ask("金湖荷花节应急演练咋搞的")
    assert not a.refused and "应急演练在前" in a.answer and _points(a.answer) == 1, a.answer
