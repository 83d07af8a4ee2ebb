"""Refusal reasons are true: an answer never calls absent a place, name or topic the briefings have.

Property-style: questions about every place the corpus's article titles and contents lines name, with a
measure no briefing gives, in the three refusing forms (figure, list, yes/no); the absence claims of each
answer are read with the eval's own reader and judged against the whole corpus and the cited sources.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_assistant.evaluation.claims import absence_subjects, corpus_facts, declines, false_absence_claims
from rag_assistant.ingest.gazetteer import find_places
from rag_assistant.numbers import contains_figure

@pytest.fixture
def serve():
    """Scripted OpenAI-compatible servers on 127.0.0.1, stopped after the test."""
    from llm_servers import LocalServer

    started = []
    yield lambda handler, **options: started.append(LocalServer(handler, **options)) or started[-1]
    for server in started:
        server.stop()


# No briefing says anything about nuclear power stations or their counts.
ABSENT_MEASURE = ("{p}有多少座核电站？", "哪几期登过{p}的核电站？", "有没有关于{p}核电站的报道？")


def corpus_places(assistant) -> list[str]:
    """Every place a contents line, an article title or an article's text of the indexed briefings names."""
    names = []
    for b in assistant.briefings():
        for line in [*b.toc, *(a.title for a in b.articles), *(a.text for a in b.articles)]:
            names += [p.name for p in find_places(line)]
    return list(dict.fromkeys(names))


def test_the_corpus_names_the_places_the_property_runs_over(assistant):
    places = corpus_places(assistant)
    assert {"南通", "无锡", "宿迁", "靖江", "滨海", "淮安", "海安"} <= set(places), places  # 海安: text only


def test_an_open_question_never_denies_a_place_the_corpus_has(assistant):
    facts = corpus_facts(assistant.briefings())
    for place in corpus_places(assistant):
        a = assistant.ask(f"{place}的核电站安全有哪些做法？")
        assert false_absence_claims(a.answer, facts, a.citations) == [], (place, a.answer)
        assert place not in "".join(absence_subjects(a.answer)), (place, a.answer)


@pytest.mark.parametrize("form", ABSENT_MEASURE)
def test_a_refusal_never_denies_a_place_the_corpus_has(assistant, form):
    facts = corpus_facts(assistant.briefings())
    for place in corpus_places(assistant):
        a = assistant.ask(form.format(p=place))
        assert a.refused or declines(a.answer) or a.answer.startswith("没有"), (place, a.answer)
        assert false_absence_claims(a.answer, facts, a.citations) == [], (place, a.answer)
        assert place not in "".join(absence_subjects(a.answer)), (place, a.answer)


@pytest.mark.parametrize("form", ABSENT_MEASURE)
def test_a_place_the_corpus_lacks_is_said_to_be_absent(assistant, form):
    a = assistant.ask(form.format(p="镇江"))
    assert "没有关于镇江的报道" in a.answer, a.answer


@pytest.mark.parametrize("question, name, refused", [
    ("盛虹集团发放了多少隐患报告奖励？", "盛虹集团", True),  # an organisation the briefings do not name
    ("南通和盛虹集团哪个排查的企业多？", "盛虹集团", False),  # joined by a conjunction: keeps its own name
    ("上海有多少家危化品企业？", "上海", True),  # a province other than Jiangsu
])
def test_a_name_the_briefings_lack_is_said_to_be_absent(assistant, question, name, refused):
    a = assistant.ask(question)
    assert f"没有关于{name}的报道" in a.answer, a.answer
    assert a.refused or not refused, a.answer


def test_an_organisation_the_briefings_name_is_still_answered(assistant):
    a = assistant.ask("联盛科技累计排查隐患多少条？")
    assert not a.refused and contains_figure(a.answer, "678条"), a.answer


def test_only_the_absence_module_writes_an_absence_claim():
    """The words of an absence claim about a name exist in one module, which checks the name first."""
    package = Path(__file__).resolve().parents[1] / "rag_assistant"
    writers = [p.relative_to(package).as_posix() for p in package.rglob("*.py")
               if "evaluation" not in p.parts and any(w in p.read_text(encoding="utf-8") for w in ("没有关于", "没有与「"))]
    assert writers == ["answer/absence.py"], writers


def test_a_model_answer_that_denies_a_place_the_briefings_hold_is_replaced(assistant, serve):
    from llm_servers import ScriptedChat

    server = serve(ScriptedChat, text="资料中没有关于南通的相关记载。")
    a = assistant.ask("南通市累计排查了多少家企业？", backend="openai", openai_base_url=server.base_url,
                      openai_model="scripted", unsupported_policy="flag")
    facts = corpus_facts(assistant.briefings())
    assert a.backend == "extractive" and contains_figure(a.answer, "31933家"), a.answer
    assert false_absence_claims(a.answer, facts, a.citations) == [], a.answer


def test_a_model_answer_that_denies_an_absent_place_is_kept(assistant, serve):
    from llm_servers import ScriptedChat

    server = serve(ScriptedChat, text="资料中没有关于镇江的相关记载。")
    a = assistant.ask("镇江累计排查了多少家企业？", backend="openai", openai_base_url=server.base_url,
                      openai_model="scripted", unsupported_policy="flag")
    assert "没有关于镇江" in a.answer, a.answer
