"""A headless relative clause before the question word names what is counted by its SUBJECT (round 25):
宿迁化工企业建立报告制度的有几家 counts 化工企业 (the clause 建立报告制度的 stands for the ones that did it), not the
verb's object 报告制度, which sat next to the other kind's figure (54 家化工企业、374 家危化品经营企业全面建立事故隐患
报告制度 → 374 was answered). One paragraph giving several counts of different enterprise kinds is answered by the
kind asked; each probe has a twin (the other kind, or the plain 多少家X word order) that keeps its answer.
Probes: the 8 headless-clause asks 4 of 7 right before (one was asked of a wrong city), 7 of 8 after (苏州企业建成体验馆的
still wrong: 116, then a refusal); the 24 plain-order
probes and twins 23 of 24 before and after; dev 1697 -> 1697 of 1711.
Real sentences: 2025年第16期 宿迁, 2025年第14期 南通 打非治违 (化工生产企业 248 家、医药生产企业 121 家),
2025年第9期 淮安 燃气 (extra), 2025年第4期 邳州 板材 (extra, the twin asked in 人)."""

from __future__ import annotations

import re

import pytest

from rag_assistant.answer.measure import headless_subject, measure_of


def _figures(text: str) -> set[str]:
    text = re.sub(r"\d{4}年|第\d+期|\d+月\d+日", "", text)
    return set(re.findall(r"\d[\d.]*", text))


def test_the_subject_of_a_headless_clause_is_counted():
    assert measure_of("宿迁化工企业建立报告制度的有几家") == "化工企业"
    assert measure_of("宿迁危化品经营企业建了报告制度的有多少家") == "危化品经营企业"
    assert measure_of("南通化工生产企业被识别出来的有几家") == "化工生产企业"
    # twins: a noun after the 的 is the head (the clause modifies it); no subject keeps the old reading
    assert measure_of("宿迁落实隐患报告奖励机制的企业多少家") == "企业"
    assert measure_of("2025年被实施联合惩戒的企业有几家") == "企业"
    assert headless_subject("建立报告制度的") == ""
    # a passive keeping its object is counted by that object in the text (吊销燃气经营许可证3家): no subject reading
    assert headless_subject("淮安燃气经营企业被吊销许可证的") == ""
    # a clause asked in 人 stands for people, not for the trade before it (板材行业从业的有多少人 → 从业人员约12万人)
    assert measure_of("邳州板材行业从业的有多少人？") != "板材行业"
    assert headless_subject("宿迁化工企业") == ""


@pytest.mark.parametrize("question, want, other", [
    ("宿迁化工企业建立报告制度的有几家", "54", "374"),
    ("宿迁危化品经营企业建了报告制度的有多少家", "374", "54"),
    ("宿迁有多少家化工企业全面建立了隐患报告制度？", "54", "374"),  # twin: the plain word order
    ("南通医药生产企业被精准识别出来的有多少家", "121", "248"),
    ("南通化工生产企业被识别出来的有几家", "248", "121"),
])
def test_several_kinds_in_one_sentence_answer_the_kind_asked(assistant, question, want, other):
    a = assistant.ask(question)
    figures = _figures(a.answer)
    assert want in figures and other not in figures, a.answer
    assert a.citations, a.answer
