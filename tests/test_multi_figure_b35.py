"""Multi-figure questions on the extra issues (round 35, helper b35): two places asked together.

``颜集镇和庙头镇排查隐患分别是多少``: the words after the last of several place names before 各/分别 (排查隐患) are said
of every place; the first place was asked with no column and answered with its 仓储点 cell (segments.conjuncts).
``古里镇和支塘镇各…``: the tagger reads 镇和支塘镇 as one name; split at the conjunction the plain cut reads alone, each
town is asked, and no non-existent name makes the question a refusal (conjoined.split_conjoined, absence.other_names).
2025年第20期 table: 颜集镇 310 1150 1090, 庙头镇 185 760 702; 2025年第12期 table: 古里镇 864 2318 2260, 支塘镇 697
1905 1871; 2025年第26期 附件: 泰兴市 48 612 590, 兴化市 26 298 285."""

from __future__ import annotations

from rag_assistant.answer.absence import other_names
from rag_assistant.answer.conjoined import split_conjoined
from rag_assistant.answer.segments import conjuncts


def test_words_after_the_last_place_are_said_of_every_place():
    assert conjuncts("颜集镇和庙头镇排查隐患分别是多少？") == ["颜集镇排查隐患是多少？", "庙头镇排查隐患是多少？"]
    assert conjuncts("泰兴市和兴化市船企各排查隐患多少处？") == ["泰兴市船企排查隐患多少处？", "兴化市船企排查隐患多少处？"]
    # twins: bare places share nothing more; nouns that are not places keep their own words
    assert conjuncts("南京市和徐州市分别发生多少起事故") == ["南京市发生多少起事故", "徐州市发生多少起事故"]
    assert conjuncts("常州红码和橙码企业各多少家？") == ["常州红码多少家？", "橙码企业多少家？"]


def test_a_conjunction_glued_inside_a_name_splits_it():
    assert split_conjoined("古里镇和支塘镇") == ["古里镇", "支塘镇"]
    assert split_conjoined("露天矿山和地下矿山") == ["露天矿山", "地下矿山"]
    assert split_conjoined("惠及的渔船") == ["惠及的渔船"]
    assert "镇和支塘镇" not in other_names("常熟古里镇和支塘镇各检测了多少家企业？", ["常熟"])
    assert other_names("南通和盛虹集团", []) == ("盛虹集团",)


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, wrong in (
            ("颜集镇和庙头镇排查隐患分别是多少？", ("1150", "760"), ("310",)),
            ("泰兴市和兴化市船企各排查隐患多少处？", ("612", "298"), ()),
            ("常熟古里镇和支塘镇各检测了多少家企业？", ("864", "697"), ("2318",)),
            ("古里镇和支塘镇发现电气隐患分别多少处？", ("2318", "1905"), ("864",))):
        answer = extra_assistant.ask(question)
        a = answer.answer
        assert not answer.refused and all(h in a for h in has) and not any(w in a for w in wrong) \
            and "未给出" not in a, (question, a)


def test_a_bare_change_after_two_figures_asks_each_change(extra_assistant):
    from rag_assistant.answer.change_each import split_each_change
    assert split_each_change(["事故多少起", "死了多少人", "同比降了多少"]) == [
        "事故多少起", "事故同比降了多少", "死了多少人", "死了同比降了多少"]
    assert split_each_change(["事故多少起", "同比降了多少"]) == ["事故多少起", "同比降了多少"]  # one figure: its own
    a = extra_assistant.ask("一季度全省事故多少起、死了多少人，同比降了多少？").answer
    assert all(h in a for h in ("268起", "12.4%", "231人", "9.8%")), a
