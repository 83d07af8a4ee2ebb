"""Comparisons and open asks whose ask wording was read as topic words (round 39, helper m39).

- 谁多一些 / 哪个多一点: the degree tail after the compared adjective is comparison wording (lexicon.COMPARE_WORDS_RE);
  read as the term 一些 it kept 镇江's 罚款 213.8万元 from being found (extra_2024_08.txt).
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
