"""Single-figure asks over the extra issues (round 35, helper d35): four readings of the asked thing and its unit.

- a measure word that opens a noun is no classifier (2024年第15期 临时查封场所1860处: 查封了多少场所 counts 场所, not
  events in 场), and a paired classifier (多少台套) counts in its first word as the text's 42台（套） does (lexicon.py);
- a noun before a locative (2024年第21期 连云港 实现基地内3分钟到场) names a place, no other noun it modifies
  (word_said._of_other_noun);
- another kind of the asked head (2025年第9期 淮安 老旧燃气管网…一季度已完成41.5公里) does not answer 供热管网 when
  供热 is said nowhere in the article (word_said.other_kind_said);
- the asked modifier's own figure (2025年第4期 江阴 码头26个、储罐412座) does not answer 码头储罐 when the sentence counts
  the head with a figure of its own (word_said.counts_modifier).
"""

from __future__ import annotations

import re

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.measure import asked_class
from rag_assistant.answer.word_said import counts_modifier, joined_terms, modifier_elsewhere, other_kind_said

_LYG = "建成3个专职消防特勤站，配备专职消防队员260人、大型泡沫消防车等专业装备42台（套），实现基地内“3分钟到场、5分钟处置”。"
_HUAIAN = "实施老旧燃气管网更新改造，全年计划改造126公里，一季度已完成41.5公里，完成投资1.12亿元。"
_JIANGYIN = "江阴市沿江现有危险货物港口作业码头26个、储罐412座，年危险货物吞吐量约3100万吨。"


def test_a_noun_opened_by_a_measure_word_is_no_classifier():
    assert asked_class("24年1-5月全省临时查封了多少场所")[0] != "场"
    assert lx.ASK_RE.search("临时查封了多少场所").group(0) == "多少"
    assert asked_class("开展应急演练多少场")[0] == "场"  # twin: the classifier itself
    assert asked_class("组织了几场活动")[0] == "场"


def test_a_paired_classifier_counts_in_its_first_word():
    assert asked_class("连云港石化基地消防车装备多少台套") == ("台", "count")
    assert lx.ASK_RE.search("消防车装备多少台套").group(0) == "多少台套"
    assert lx.ASK_RE.search("专业装备配了几台（套）").group(0) == "几台（套）"
    assert lx.ASK_RE.search("检测仪多少台").group(0) == "多少台"  # twin: a plain classifier


def test_a_noun_before_a_locative_modifies_nothing():
    assert not modifier_elsewhere("石化基地消防车装备", _LYG, unit="台")
    # twin: a modifier said only before another noun still refuses (round 27)
    assert modifier_elsewhere("生产企业", "推动承租企业投保安全生产责任保险5260家", unit="家")


def test_another_kind_of_the_asked_head():
    article = "淮安市现有城镇燃气经营企业43家。" + _HUAIAN
    assert "供热管网" in joined_terms("淮安供热管网改了多少公里", ["供热", "管网", "改"])
    assert other_kind_said("供热管网", _HUAIAN, article) == "燃气"
    assert other_kind_said("燃气管网", _HUAIAN, article) == ""  # twin: the asked kind is said
    assert other_kind_said("老旧管网", _HUAIAN, article) == ""  # an adjective names no other kind
    assert other_kind_said("供热管网", "全年计划改造管网126公里", article) == ""  # a bare head may be the asked kind
    nanjing = "南京市现有危险化学品道路运输企业87家、危险货物运输车辆5230辆。"
    assert other_kind_said("危货运输车", nanjing, nanjing) == ""  # a short form of the words before the head


def test_the_modifiers_own_figure_does_not_answer_the_head():
    at26, at412 = _JIANGYIN.index("26"), _JIANGYIN.index("412")
    assert counts_modifier("码头储罐", "现有危险货物港口作业码头", _JIANGYIN, at26)
    assert not counts_modifier("码头储罐", "储罐", _JIANGYIN, at412)  # twin: the head's figure
    lone = "在重点企业推行“安全总监”制度，已有 95 家企业配备专职安全总监。"
    assert not counts_modifier("企业安全总监", "企业", lone, lone.index("95"))  # no figure of the head: kept


def _head(answer: str) -> str:
    return re.split(r"[。；]", answer, maxsplit=1)[0]


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (("24年1-5月全省临时查封了多少场所", "1860处"),
                          ("连云港石化基地消防车装备多少台套", "42台"),
                          ("江阴码头储罐多少个", "412座"),
                          ("江阴码头有几个", "26个"),
                          ("淮安燃气管网一季度改了多少公里", "41.5公里")):
        answer = extra_assistant.ask(question)
        assert has in answer.answer and not answer.refused, (question, answer.answer)
    answer = extra_assistant.ask("淮安供热管网改了多少公里")
    assert answer.refused and "供热" in answer.answer, answer.answer


def test_the_question_word_ends_the_modifier_run():
    from rag_assistant.answer.unnamed_kind import asked_modifier
    assert asked_modifier("连云港石化基地配了多少台套专业装备", "专业装备") == ""  # 台套 is the classifier
    assert asked_modifier("剧毒品运输车辆有多少辆", "运输车辆") == "剧毒品"  # twin: a modifier before the noun
