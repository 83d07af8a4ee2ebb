"""Figures asked in other words than the text's: 多少户 for the 家次 of visits (户 and 家 count one kind of thing),
多少号人 (号, the colloquial classifier of people, not a day), 人手 for 人员, and the noun a relative clause modifies
(几份重大隐患整改的五定方案 counts 方案). Pure functions directly; the answers on the real index."""

from __future__ import annotations

import pytest

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.domain import variants
from rag_assistant.answer.measure import asked_class, measure_of
from rag_assistant.answer.steps import occurrences_for_things
from rag_assistant.numbers import contains_figure
from rag_assistant.units import class_fit, visits_of


def test_visits_count_the_things_of_one_kind():
    assert visits_of("家", "家次") and visits_of("户", "家次")  # 户 and 家 both count units
    assert visits_of("人", "人次")
    assert not visits_of("处", "家次")  # places are not units
    assert not visits_of("个", "家次")  # 个 fits any kind, so it names none
    assert not visits_of("", "次")  # no unit asked: nothing to visit
    assert class_fit("count", "家次", "户") == 1.0
    assert class_fit("ratio", "次", "") == 0.0  # 整改率咋样 is not answered by 巡查7.5万余次
    assert not occurrences_for_things("户", "家次", "企业")
    assert occurrences_for_things("户", "场次", "企业")


def test_hao_before_a_noun_counts_people():
    assert asked_class("学习受众一共多少号人")[1] == "people"
    assert asked_class("请了多少号省里的专家")[1] == "people"
    assert asked_class("安全生产月是几号启动的")[1] == "date"
    assert lx.WHEN_RE.search("安全生产月是几号启动的")
    assert not lx.WHEN_RE.search("专班有几号人")


def test_renshou_is_the_staff_the_text_calls_renyuan():
    assert variants("人手") == ("人员",)


def test_a_money_verb_inside_a_counted_word_asks_no_money(assistant):
    assert asked_class("徐州一案双罚多少")[1] != "money"  # 一案双罚 332起: a kind of case, counted
    assert asked_class("扬州罚了多少")[1] == "money"
    a = assistant.ask("那一案双罚呢？", history=["徐州重大隐患立案多少起？"])
    assert not a.refused and contains_figure(a.answer, "332起"), a.answer


def test_a_relative_clause_counts_the_noun_it_modifies():
    assert measure_of("南通出了几份重大隐患整改的五定方案") == "五定方案"
    assert measure_of("南通多少个乡镇街道的应急预案修订完了") == "乡镇街道"  # a possessor, no clause


@pytest.mark.parametrize("question, figure", [
    ("连云港检查了多少户企业？", "12780多家次"),  # 累计检查企业12780多家次
    ("南通打非治违立案查处了几户？", "9家次"),
    ("常州学习受众有多少号人？", "10万余人"),
    ("无锡巡察抽了多少号业务骨干？", "30名"),
    ("南通县级安监机构增加了多少人手？", "16名"),  # 增配人员16名
    ("南通出了几份重大隐患整改的五定方案？", "7份"),
])
def test_figures_asked_in_other_words_are_answered(assistant, question, figure):
    a = assistant.ask(question)
    assert not a.refused and contains_figure(a.answer, figure), a.answer
