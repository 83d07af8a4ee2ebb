"""Multi-figure questions of the extra issues asked in another order or with a linking 那 (round 39, helper a39).

Found by mechanical variants of dev items: the parts swapped (a place's ask first, a provincial meeting's after it),
and a second clause opened by 那 (……，那罚了多少钱呢). Sentences of the extra issues (eval/extra_briefings/):
2025年第26期 全省危险化学品安全风险集中治理推进会: 其中重大事故隐患126项 beside 江阴 截至9月底已服务1126家;
2025年第24期 城市生命线推进会: 接入…监测点位28.6万个，同比增长41.2% beside 六合 已整改186处; 2025年第20期 视频会议:
全省各级累计转移避险群众3.6万人 beside 赣榆 共查出问题隐患2310项; 2025年第9期 淮安: 立案查处86起，罚款152.6万元."""

from __future__ import annotations

import pytest

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.change_each import split_each_change
from rag_assistant.answer.segments import own_subject
from rag_assistant.answer.understand import read_parts


def test_a_clause_opening_na_is_a_link_word_not_a_term():
    assert lx.LINK_WORDS_RE.sub(" ", "那罚了多少钱呢").strip() == "罚了多少钱呢"
    assert lx.LINK_WORDS_RE.sub(" ", "那个园区多少家").startswith("那个")  # twin: 那个 points at a thing
    assert lx.LINK_WORDS_RE.sub(" ", "那期罚了多少").startswith("那期")


def test_a_later_sentence_naming_its_own_meeting_borrows_nothing():
    assert own_subject("江阴专家进企业截至9月底已服务多少家", "危化品集中治理推进会上说重大事故隐患有几项")
    assert not own_subject("危化品集中治理推进会上说重大事故隐患有几项", "整改了几项")  # twin: no subject of its own


def test_a_bare_change_is_of_its_own_sentence_only():
    q = "六合区油气管道隐患整改了几处？生命线推进会说监测点位接了多少个，同比涨多少？"
    texts = ["六合区油气管道隐患整改了几处", "生命线推进会说监测点位接了多少个", "同比涨多少"]
    assert split_each_change(texts, q) == texts
    q2 = "一季度全省事故多少起、死了多少人，同比降了多少？"  # twin: one sentence, the change of both
    assert len(split_each_change(["一季度全省事故多少起", "死了多少人", "同比降了多少"], q2)) == 4


def test_the_na_part_asks_its_own_act():
    parts = read_parts("淮安燃气执法立案查处了几起，那罚了多少钱呢？", "figure", ("淮安",))
    assert "那罚" not in parts[1].terms and parts[1].unit_class == "money"


@pytest.mark.parametrize("question, figures, absent", [
    ("淮安燃气执法立案查处了几起，那罚了多少钱呢？", ("86起", "152.6万元"), ()),
    ("赣榆冶金企业诊断查出多少项隐患？8月那期防汛防台风视频会，累计转移避险群众多少？", ("2310项", "3.6万人"), ()),
    ("六合区油气管道隐患整改了几处？生命线推进会说监测点位接了多少个，同比涨多少？", ("186处", "28.6万个", "41.2%"), ("193",)),
])
def test_every_part_takes_its_own_figure(extra_assistant, question, figures, absent):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    body = answer.answer.split("\n")[0].replace(" ", "")
    for figure in figures:
        assert figure in body, answer.answer
    for figure in absent:
        assert figure not in body, answer.answer
