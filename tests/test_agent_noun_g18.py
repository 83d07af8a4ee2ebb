"""A noun the tagger splits into a verb and a bound agent morpheme (管道|保护|员, 林区|巡护|员) is one noun that
names people: asked with the general classifier 个 (几个管道保护员) it is counted in 人/名, and the figure right
after it in the text (管道保护员236名) counts it. On the real extra briefing (2025年第24期)."""

from __future__ import annotations

from support import squash

from rag_assistant.answer.measure import asked_class, measure_of
from rag_assistant.nouns import counted_noun

PIPELINE = "落实街镇、村（社区）管道保护员236名。"  # extra_2025_24.txt, 南京市六合区“三联三巡”…


def test_a_verb_with_an_agent_morpheme_is_one_person_noun():
    assert measure_of("六合区油气管道那边落实了几个管道保护员") == "管道保护员"
    assert asked_class("六合区油气管道那边落实了几个管道保护员") == ("", "people")
    assert measure_of("配备了几个森林防火巡护员") == "森林防火巡护员"
    assert asked_class("配备了几个林区巡护员") == ("", "people")
    at = PIPELINE.index("236")
    assert counted_noun(PIPELINE, at, at + 4) == "管道保护员"
    # a verb not followed by an agent morpheme stays a verb
    assert measure_of("保护了几家企业") == "企业"
    assert asked_class("六合区与几家管道企业签订联防协议") == ("家", "count")


def test_the_person_noun_is_answered_by_its_count_in_people(extra_assistant):
    a = extra_assistant.ask("六合区油气管道那边落实了几个管道保护员？")
    assert not a.refused and "236名" in squash(a.answer), a.answer
