"""Multi-figure questions on the extra issues (round 35, helper c35).

2026年第7期: 春节假期，全省各级安委会成员单位共派出检查组4260个，检查企业和场所3.2万家次，排查整治隐患11.6万处，
其中重大事故隐患37项. An acting body opening the counted phrase (安委会检查企业) is the actor, not a kind of the
counted thing (actor_edge.py); a time word before the noun (春节期间排查整治隐患) names no kind the 其中 clause
splits off (whole_part.subset_unnamed). 2025年第30期: 宜兴市共有陶瓷、紫砂生产企业1236家，其中使用燃气窑炉的企业
482家 — 其中用燃气窑炉的几家 counts enterprises, not 窑炉 (measure.subset_relative); its table's 新街街道 row (74)
is no answer. The annex table of 岁末年初 checks: 苏州和南通岁末年初各… asks 岁末年初 of both cities
(segments.shared_after_places)."""

from __future__ import annotations

from rag_assistant.answer.actor_edge import without_actor
from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.segments import conjuncts


def test_acting_body_is_no_kind():
    assert without_actor("安委会检查企业") == "检查企业"
    assert without_actor("市应急局检查企业") == "检查企业"
    assert without_actor("消防部门检查场所") == "检查场所"
    # twins: a body with no verb after it is what is counted; a firm acting keeps its phrase
    assert without_actor("安委会成员单位") == "安委会成员单位"
    assert without_actor("企业整改隐患") == "企业整改隐患"
    assert measure_of("春节假期安委会检查企业多少家次") == "检查企业"


def test_subset_relative_counts_the_whole_noun():
    assert measure_of("其中用燃气窑炉的几家") == ""
    assert measure_of("其中使用燃气窑炉的企业几家") == "企业"  # its own noun named
    assert measure_of("其中重大隐患几项") == "重大隐患"  # no relative clause


def test_words_after_conjoined_places_are_shared():
    assert conjuncts("苏州和南通岁末年初各检查了多少家次") == ["苏州岁末年初检查了多少家次", "南通岁末年初检查了多少家次"]
    assert conjuncts("化工企业和医药企业各多少家") == ["化工企业多少家", "医药企业多少家"]  # no places: unchanged


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (
            ("春节期间安委会排查整治隐患多少，其中重大隐患几项？", ("11.6万处", "37项")),
            ("春节假期安委会检查企业多少家次，排查隐患多少处，其中重大隐患几项？", ("3.2万家次", "11.6万处", "37项")),
            ("春节期间排查整治隐患多少，其中重大隐患几项？", ("11.6万处", "37项")),
            ("苏州和南通岁末年初各检查了多少家次？", ("5.8万", "2.9万")),
            ("南京和苏州岁末年初发现隐患各多少处？", ("5.6万", "7.3万"))):
        a = extra_assistant.ask(question).answer
        assert all(h in a for h in has) and "未给出" not in a, (question, a)
    a = extra_assistant.ask("宜兴陶瓷企业多少家，其中用燃气窑炉的几家？").answer
    assert "482" in a and "74" not in a, a
