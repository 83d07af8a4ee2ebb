"""A phrase that points at an article or a part of one (X那篇，/ X那块，) says where to look, in the staff's words."""

from rag_assistant.answer.understand import _located

from support import squash


def test_a_locator_phrase_is_taken_out_of_the_asked_words():
    assert _located("宿迁吹哨人那篇，已经发放了多少奖励") == ("已经发放了多少奖励", "宿迁吹哨人")
    assert _located("线上预警那块里督促企业整改的比例") == ("督促企业整改的比例", "线上预警")
    assert _located("占用那块地多少亩") == ("占用那块地多少亩", "")  # 那块地 is a plot of land, no locator


def test_the_pointed_article_answers_though_its_figure_sentence_lacks_the_pointing_words(assistant):
    # 2025年第16期 宿迁: the article never says 吹哨人; before, 吹哨人 was an asked word of the figure and the answer refused
    a = assistant.ask("宿迁吹哨人那篇，已经发放了多少奖励")
    assert not a.refused and "23.47万元" in squash(a.answer), a.answer
