"""Wrong figures of a sibling reading (round 34, helper P): a verb + object word the tagger reads as a noun
(赋码, 建档) before a body classifier is the predicate, not part of the counted noun.

Sentences of the extra issues (eval/extra_briefings/): 2025年第9期 江都区共有…“九小场所”超过1.2万家 and 目前已赋码
1.16万家; 2026年第10期 江北新区 共赋码1978台，清退超期服役起重机械57台."""

from __future__ import annotations

from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.unlisted_act import unlisted_act
from rag_assistant.answer.verb_object_word import verb_object_tail


def test_a_verb_object_word_before_a_body_classifier_is_the_act():
    assert verb_object_tail("江都区九小场所赋码", "家") == "赋码"
    assert verb_object_tail("起重机械赋码", "台") == "赋码"
    assert verb_object_tail("企业预案", "份") == ""  # twin: 份 counts documents, 预案 is the thing
    assert verb_object_tail("企业方案", "家") == ""  # twin: 方案 is no verb + object word


def test_the_counted_noun_drops_the_act():
    assert measure_of("江都区九小场所赋码多少家") == "场所"
    assert unlisted_act("江都区九小场所赋码多少家") == "赋码"
    assert measure_of("企业预案多少个") == "企业预案"  # twin: no body classifier, the phrase is kept
    assert unlisted_act("企业预案多少个") == ""


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("江都区九小场所赋码多少家", "1.16万家", "1.2万家"),
                                 ("起重机械赋码多少台", "1978台", "57台"),
                                 ("江都区九小场所一共有多少家", "1.2万家", "1.16万家")):  # twin: the whole
        a = extra_assistant.ask(question).answer
        assert has in a and lacks not in a, (question, a)


def test_a_place_before_the_act_keeps_the_old_reading():
    assert verb_object_tail("江北新区赋码", "台") == ""
