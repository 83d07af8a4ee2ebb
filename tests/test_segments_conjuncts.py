"""The conjuncts of 各/分别 each carry the predicate said after 分别 (round 13, lead)."""

from rag_assistant.answer.segments import conjuncts
from rag_assistant.answer.understand import read_parts


def test_the_predicate_after_fenbie_is_said_of_every_conjunct():
    assert conjuncts("事故起数和死亡人数同比分别降了多少") == ["事故起数降了多少", "死亡人数同比降了多少"]
    assert conjuncts("市里和区县各出了几个方案") == ["市里出了几个方案", "区县出了几个方案"]


def test_a_list_after_fenbie_is_split_without_a_tail():
    assert conjuncts("分别排查企业和场所多少家") == ["排查企业", "场所多少家"]


def test_every_part_asks_the_change_said_after_fenbie():
    parts = read_parts("今年1到2月全省事故起数和死亡人数同比分别降了多少？", "multi_figure", ())
    assert [p.text for p in parts] == ["今年1到2月全省事故起数降了多少", "死亡人数同比降了多少"]
