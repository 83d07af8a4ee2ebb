"""Comparisons and open asks whose ask wording was read as topic words (round 39, helper m39).

- 谁多一些 / 哪个多一点: the degree tail after the compared adjective is comparison wording (lexicon.COMPARE_WORDS_RE);
  read as the term 一些 it kept 镇江's 罚款 213.8万元 from being found (extra_2024_08.txt).
- 宿迁是怎么推进的: a generic verb of doing right after the how-word that ends the question is the ask
  (lexicon.HOW_VERB_ASK); read as the topic 推进 it matched one title only (全链条推进电动自行车…).
- 靖江的住宅巡查单元跟南通配的巡查员，哪个多: a side ending in a thing noun of its own keeps its own unit
  (elliptic.side_thing_not_person); 人 from the other side lost 靖江's 住宅巡查单元 942个 (003_07edcc791e64548a.txt)."""

from __future__ import annotations

import pytest

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.elliptic import side_thing_not_person


@pytest.mark.parametrize("question", ["镇江和常州罚款，谁多一些", "镇江和常州的罚款哪个多一点？", "常州跟镇江罚款谁高一些？"])
def test_a_degree_tail_is_comparison_wording(extra_assistant, question):
    answer = extra_assistant.ask(question).answer.replace(" ", "")
    assert "213.8万元" in answer and "436.5万元" in answer
    assert "常州多于镇江" in answer or "常州高于镇江" in answer


def test_a_degree_tail_leaves_no_topic_word():
    assert lx.COMPARE_WORDS_RE.sub(" ", "谁多一些").strip() == ""
    assert lx.COMPARE_WORDS_RE.sub(" ", "哪个多一点？").strip() == ""
    assert lx.COMPARE_RE.search("苏州的公办体验馆和企业体验馆哪个多一些？")


@pytest.mark.parametrize("question", ["宿迁是怎么推进的？", "宿迁咋落实的？", "宿迁是如何开展的"])
def test_a_how_verb_alone_asks_every_article_of_the_place(extra_assistant, question):
    answer = extra_assistant.ask(question).answer
    assert "隐患内部报告奖励" in answer and "电动自行车" in answer


def test_a_how_verb_with_its_object_keeps_the_object():
    assert lx.OPEN_WORDS_RE.sub(" ", "宿迁是怎么推进的？").strip(" 是的？") == "宿迁"
    assert "电动自行车" in lx.OPEN_WORDS_RE.sub(" ", "宿迁电动自行车整治是怎么推进的？")
    assert "推进" in lx.OPEN_WORDS_RE.sub(" ", "宿迁怎么推进电动自行车整治的？")


@pytest.mark.parametrize("question, figure", [
    ("靖江的住宅巡查单元跟南通26年配的巡查员，哪个多", "942个"),
    ("靖江的小场所巡查单元和南通配备的巡查员哪个多？", "785个"),
    ("南通的巡查员和靖江的住宅巡查单元，哪个多", "942个"),
])
def test_a_thing_side_keeps_its_own_unit(assistant, question, figure):
    answer = assistant.ask(question).answer.replace(" ", "")
    assert figure in answer and "6758人" in answer


def test_side_thing_not_person():
    assert side_thing_not_person("靖江的住宅巡查单元")
    assert not side_thing_not_person("南通2026年配的巡查员")
    assert not side_thing_not_person("南通的")
