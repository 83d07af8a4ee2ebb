"""Sweep of 2025年第26/30/33期 (eval/extra_briefings/): figures asked as staff type them and their twins.

Readings checked: money asked of a campaign by its spending verb (燃气安全整治出资多少: 市镇两级财政和企业共同出资
3650万元; steps.py); a nature word said by its stem (其中经营性的多少户: 其中用作经营的自建房四千三百余户;
nature_word.py); the end of a stated change (由原来的七天缩短到三天以内; change_end.py); a month in Chinese numerals
(计划明年六月底前完成; times.py); a share asked by 占 (占全省的六成以上; share_ask.py)."""

from __future__ import annotations

from rag_assistant.answer.change_end import change_end_fit
from rag_assistant.answer.judge import figures_of
from rag_assistant.answer.nature_word import nature_stem
from rag_assistant.answer.share_ask import share_subject_said
from rag_assistant.answer.steps import other_step
from rag_assistant.answer.times import time_spans


def test_a_clause_saying_only_the_spending_answers_a_campaigns_spending():
    assert not other_step("宜兴燃气安全整治出资多少钱", "市镇两级财政和企业共同出资3650万元")
    # twin: money paid out as a reward was not spent on the asked step
    assert other_step("实验室检查花了多少钱", "发放奖励资金30万元")


def test_nature_words_and_their_stems():
    assert nature_stem("经营性") == "经营"
    assert nature_stem("自建房") == "自建房"
    assert nature_stem("毒性") == "毒性"  # a one-character stem is a noun of its own


def test_the_end_of_a_stated_change():
    s = "通过“巡查码”，隐患从发现到处置的平均时间由原来的七天缩短到三天以内，处置效率提高了一倍多。"
    figs = figures_of(s)
    seven, three = (next(f for f in figs if f.surface == w) for w in ("七天", "三天"))
    assert change_end_fit("平均时间缩短到几天", s, seven, figs) < 1.0 == change_end_fit("平均时间缩短到几天", s, three, figs)
    assert change_end_fit("原来要几天", s, three, figs) < 1.0 == change_end_fit("原来要几天", s, seven, figs)
    assert change_end_fit("平均要几天", s, seven, figs) == 1.0  # neither end named


def test_months_in_chinese_numerals():
    assert [f.surface for f in time_spans("计划明年六月底前完成。")] == ["六月底"]
    assert [f.surface for f in time_spans("今年三月起开展")] == ["三月起"]
    assert time_spans("统一月底前") == [] and time_spans("第一月份") == []


def test_share_subject():
    s = "盐城市海上风电装机容量约1180万千瓦，占全省的"
    assert share_subject_said("盐城海上风电占全省的多少", "风电", s)
    assert not share_subject_said("盐城运维企业占全省的多少", "运维企业", s)
    assert not share_subject_said("盐城海上风电多少千瓦", "风电", s)  # no share asked


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (("宜兴燃气安全整治出资多少钱", "3650万元"),
                          ("沛县农村自建房多少户，其中经营性的多少户", "四千三百余户"),
                          ("沛县隐患处置平均时间缩短到几天", "三天以内"),
                          ("沛县计划明年几月底前完成推广", "六月底"),
                          ("盐城海上风电占全省的多少", "六成以上"),
                          ("常州橙码企业多少家，红码企业多少家", "312家"),
                          ("泰兴市排查隐患多少处、已整改多少处", "590"),
                          ("丁蜀镇和周铁镇燃气窑炉企业各多少家", "96"),
                          ("昆山发现隐患多少处，其中已整改多少", "2.31万处"),
                          ("东海县财政补助资金多少，配发灭火器多少具", "1.5万具"),
                          ("江阴专家诊断指出问题隐患多少条，已整改多少条", "8315条")):
        a = extra_assistant.ask(question)
        assert not a.refused and has in a.answer and "未给出" not in a.answer, (question, a.answer)
    # twins: another step, another kind, another year, another subject
    for question, lacks in (("宜兴燃气整治罚了多少钱", "3650万元"),
                            ("沛县自建房多少户，其中三层以上的多少户", "四千三百余户"),
                            ("沛县巡查码今年几月份完成推广", "六月底"),
                            ("盐城运维企业占全省的多少", "六成")):
        a = extra_assistant.ask(question).answer
        assert lacks not in a.split("简报提到")[0], (question, a)
    assert "七天" in extra_assistant.ask("沛县隐患处置原来要几天").answer  # the earlier end asked
