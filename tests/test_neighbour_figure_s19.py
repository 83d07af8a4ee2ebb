"""A single-figure question is answered by the figure of its own clause, not a neighbour of the same article:
the asked predicate verb even of one character (赋了多少台: 共赋码1978台, not 清退…57台), a person noun the
segmenter splits (楼道|长, counted in 名 though asked with 个), and the year a relative word asks (明年: 2025年拟再改造…
of a 2024 issue, not 全年计划… of a 2025 one). Each probe has a twin asking the neighbour, which keeps it.
Real sentences: extra 2026年第10期 江北新区, 2025年第20期 清江浦, 2026年第3期 苏州, 2024年第27期 and 2025年第9期 燃气管网."""

from __future__ import annotations

import pytest

from rag_assistant.answer.plan_year import asked_offset, stated_offset, year_fit
from rag_assistant.answer.measure import asked_class, measure_of
from rag_assistant.answer.split_verb import split_verb


def _first(answer) -> str:
    return answer.answer.split("\n")[0]


@pytest.mark.parametrize("question, want, not_want", [
    ("江北新区起重机械一机一码总共赋了多少台？", "1978台", "57台"),
    ("江北新区清退了多少台超期服役起重机械？", "57台", "1978台"),  # twin: the neighbour's own verb
    ("清江浦老旧小区一共选聘了多少个楼道长？", "1.12万名", "1.9万处"),
    ("清江浦累计清理了多少处楼道堆物？", "1.9万处", "1.12万名"),  # twin
    ("选聘了多少个楼长开展防火检查？", "1.53万名", None),
    ("高层住宅小区建成了多少个微型消防站？", "1580个", None),  # twin: 个 of a thing stays 个
    ("明年还打算改造多少公里老旧燃气管道？", "2800公里", "126公里"),
    ("省财政明年打算安排多少治本攻坚专项资金？", "3.5亿元", None),
    ("省财政今年安排森林防灭火专项资金多少？", "4800万元", None),  # twin: 今年
])
def test_the_clause_of_the_asked_verb_noun_and_year_answers(extra_assistant, question, want, not_want):
    text = _first(extra_assistant.ask(question))
    assert want in text, text
    assert not_want is None or not_want not in text, text


def test_a_one_character_verb_marked_by_its_aspect_is_the_asked_action():
    assert split_verb("江北新区起重机械一机一码总共赋了多少台") == "赋"
    assert split_verb("罚了多少钱") == "罚"
    assert split_verb("南通打非治违一共培训了多少人次") == ""  # two characters: asked_action's
    assert split_verb("一共有多少家") == ""


@pytest.mark.parametrize("question, want", [
    ("淮安老旧燃气管网一季度改了多少公里？", "41.5公里"),  # 已完成 carries the 改造 said before: not another action
    ("扬州有限空间的警示牌一共立了多少块", "1.38万块"),  # 立 of 建立 names no figure: the verb decides nothing
    ("泰州船企作业人员安全培训搞了多少人次？", "2.6万人次"),  # a colloquial pro-verb the text never says
])
def test_a_one_character_verb_decides_only_between_sibling_figures(extra_assistant, question, want):
    assert want in _first(extra_assistant.ask(question))


def test_a_split_head_morpheme_makes_a_person_noun():
    assert measure_of("清江浦老旧小区一共选聘了多少个楼道长") == "楼道长"
    assert asked_class("清江浦老旧小区一共选聘了多少个楼道长") == ("", "people")
    assert asked_class("多少个网格长") == ("", "people")
    assert measure_of("整改时间长不长") == ""  # 长 as a predicate adjective ends no noun


def test_the_year_a_figure_is_of_relative_to_its_issue():
    assert asked_offset("明年还打算改造多少公里") == 1 and asked_offset("今年安排了多少") == 0
    assert asked_offset("一共改造了多少公里") is None
    assert stated_offset("三是加快管网更新，2025年拟再改造老旧管道2800公里", 2024) == 1
    assert stated_offset("全年计划改造126公里", 2025) == 0
    assert stated_offset("比上年增加600万元", 2026) is None  # a comparison dates nothing
    assert year_fit("明年打算改造多少", "全年计划改造126公里", 2025) < year_fit("明年打算改造多少", "2025年拟再改造2800公里", 2024)
    assert year_fit("一共改造多少", "全年计划改造126公里", 2025) == 1.0


def test_a_comparison_side_asks_the_step_its_relative_clause_says(extra_assistant):
    """赣榆已整改的隐患 is not 共查出问题隐患2310项 (a find step), nor its 其中重大事故隐患9项, which shares that verb."""
    text = _first(extra_assistant.ask("赣榆和沭阳哪个已整改的隐患多？"))
    assert "4980" in text and "2310" not in text and "9项" not in text, text
    twin = _first(extra_assistant.ask("赣榆和沭阳哪个排查出的隐患多？"))
    assert "2310" in twin, twin
