"""The thing a question counts must be what the figure counts (round 27). A counted noun stated before the verb
(淮安燃气经营企业整改了几家) is the counted thing, so a figure of another kind in the asked classifier (43家…餐饮户,
盱眙 of 淮安) does not answer; and an asked modifier said in the sentence only outside the head's phrase (生产 of
安全生产责任保险 after 承租企业) names no such kind (昆山有多少家生产企业 was answered 5260). Each probe has a twin
the text does count, which keeps its answer.
Probes: 24 (12 and twins), 22 right before, 24 after; twins kept; dev 1697 -> 1698 of 1711 (x885 fixed, none broken). Real sentences: 2025年第9期 淮安 燃气 and 江都
九小场所, 2024年第27期 盱眙 龙虾节, 2025年第33期 昆山 厂中厂, 2025年第16期 宿迁 报告制度 (extra issues)."""

from __future__ import annotations

import pytest

from rag_assistant.answer.fronted_subject import fronted_subject
from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.word_said import modifier_elsewhere


def test_a_noun_before_the_perfective_verb_is_counted():
    assert measure_of("淮安燃气经营企业整改了几家") == "燃气经营企业"
    assert measure_of("淮安燃气经营企业有多少家") == "燃气经营企业"  # twin: the 有 order read as before
    assert measure_of("昆山厂中厂关停了几家") == "厂中厂"
    # a verb chain (责令停业整改) or no verb tag (赋码) keeps the old reading; no classifier, no subject
    assert fronted_subject("盱眙餐饮户责令停业整改了", "几家") == ""
    assert fronted_subject("江都九小场所赋码了", "多少家") == ""
    assert fronted_subject("隐患整改了", "多少") == ""


def test_a_nominal_verb_modifies_the_noun_after_it():
    assert measure_of("昆山有多少家生产企业") == "生产企业"
    assert measure_of("有多少家运输企业") == "运输企业"
    assert measure_of("排查了多少处隐患") == "隐患"


def test_a_modifier_outside_the_head_phrase_names_no_kind():
    assert modifier_elsewhere("生产企业", "推动承租企业投保安全生产责任保险5260家", unit="家")
    assert not modifier_elsewhere("生产企业", "化工生产企业 248 家、医药生产企业 121 家", unit="家")
    assert not modifier_elsewhere("生产企业", "全市危化品生产、经营企业", unit="家")
    assert not modifier_elsewhere("燃气经营企业", "对全市43家燃气经营企业开展“全覆盖”检查", unit="家")
    # a rate has no kind of thing: its words may stand in an earlier clause (编制安全生产责任清单…覆盖率95.9%)
    assert not modifier_elsewhere("责任清单覆盖率", "编制安全生产责任清单，覆盖率95.9%", unit="%")


@pytest.mark.parametrize("question, has, lacks", [
    ("淮安燃气经营企业整改了几家", "未给出", "餐饮户"),  # 43家餐饮户 of 盱眙 is another kind
    ("淮安燃气经营企业有多少家", "43家", "未给出"),
    ("昆山有多少家生产企业", "未给出", ""),  # 5260 counts 承租企业 insured, not 生产企业
    ("昆山承租企业有多少家", "1.16万家", "未给出"),
    ("盱眙餐饮户责令停业整改了几家", "43家", "未给出"),
    ("盱眙龙虾节检查了多少家餐饮经营户", "1260家", "未给出"),
    ("昆山投保安责险的企业多少家", "5260家", "未给出"),
    ("昆山厂中厂关停了几家", "63家", "未给出"),
    ("淮安燃气经营企业被吊销许可证的有几家", "3家", "未给出"),
    ("江都九小场所赋码了多少家", "1.16万家", "未给出"),
    ("江都餐饮店赋码了多少家", "未给出", ""),
    ("宿迁危险化学品经营企业有多少家建了报告制度", "374", "未给出"),  # 危化品 paraphrase
    ("有多少燃气经营企业被淮安检查了", "43家", "未给出"),
    ("昆山出租厂房有多少幢", "3142幢", "未给出"),
    ("昆山生产厂房有多少幢", "未给出", ""),
])
def test_answers_count_the_asked_kind(extra_assistant, question, has, lacks):
    a = extra_assistant.ask(question).answer
    head = a.split("简报提到")[0]
    assert has in a and (not lacks or lacks not in head), (question, a)
