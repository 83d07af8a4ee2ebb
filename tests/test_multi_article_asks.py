"""Two asks about two articles in one message: each ask is searched for on its own as well, and takes a place only
from what is said before it (or its own), so the second ask's place does not narrow the first."""

from rag_assistant.answer.retrieve import Query, query_for
from rag_assistant.answer.scope import part_place
from rag_assistant.answer.understand import understand
from rag_assistant.text import normalize_question

from support import squash

TWO_ARTICLES = "安全生产月启动仪式有多少人参加？靖江划了多少个工业巡查单元"


def _intent(assistant, question):
    return understand(normalize_question(question), assistant.retriever.library)


def test_a_part_takes_a_place_said_before_it_not_one_only_a_later_part_names(assistant):
    first, second = (intent := _intent(assistant, TWO_ARTICLES)).parts
    assert part_place(intent, first) is None and part_place(intent, second) == "靖江"
    later, = (carried := _intent(assistant, "南通打非治违累计排查了多少家企业，立案查处多少家次")).places
    assert all(part_place(carried, p) == later for p in carried.parts)  # 南通 said first: both asks are 南通's


def test_each_part_adds_its_own_best_hits_after_the_questions_own_ranking(assistant):
    retriever, intent = assistant.retriever, _intent(assistant, TWO_ARTICLES)
    whole, merged = retriever.search(query_for(intent)), retriever.search_intent(intent)
    assert [h.chunk.id for h in merged[:len(whole)]] == [h.chunk.id for h in whole]  # the question's ranking kept
    assert len({h.chunk.id for h in merged}) == len(merged) and [h.rank for h in merged] == list(range(1, len(merged) + 1))
    for part in intent.parts:  # every ask's own best chunk is among the hits the evidence reads
        place = part_place(intent, part)
        best = retriever.search(Query(text=part.text, places=(place,) if place else ()), k=1)[0]
        assert best.chunk.id in {h.chunk.id for h in merged}


def test_the_first_ask_is_not_said_to_be_missing_for_the_second_asks_place(assistant):
    a = assistant.ask(TWO_ARTICLES)
    said = squash(a.answer)
    assert "268个" in said and "靖江安全生产月" not in said, a.answer


def test_a_year_said_only_by_a_later_ask_scopes_that_ask_not_the_whole_message(assistant):
    # The 2021 scope of the second ask hid the 2025 宿迁 article from the first (简报中未找到…2021年的简报中没有关于宿迁的报道).
    a = assistant.ask("宿迁已经发放了多少奖励？21年苏州小化工整治组织了多少人次进村入企")
    said = squash(a.answer)
    assert "23.47万元" in said and "11.3万余人次" in said, a.answer
    b = assistant.ask("南通打非治违累计排查了多少家企业？26年南通配备了多少名巡查员")
    said = squash(b.answer)
    assert "31933家" in said and "6758人" in said, b.answer
