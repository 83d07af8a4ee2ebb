"""Round 34 (helper a): open questions (咋搞的/是啥) that were narrowed to one part of the article.

- every asked word stands in the introduction (应急管理“181”信息化平台): the question names what the whole
  article is about, so all its points answer; a word one lead names still picks its part (苏州 网格化那块);
- a short quoted name inside a compound (应急管理“181”信息化) reads as the compound (narrow.said_around);
- an enumeration marker the segmenter cuts from 五个一是啥 (一是) is no topic word (understand.content_terms).
"""

from __future__ import annotations

from rag_assistant.answer.narrow import said_around
from rag_assistant.answer.understand import content_terms

from support import squash


def test_quoted_name_inside_a_compound_reads_as_the_compound():
    intro = "系统打造集风险感知、预警预测、应急调度于一体的应急管理“181”信息化平台"
    assert said_around("信息化", "南京应急管理信息化咋搞的", intro) == len("应急管理信息化")
    assert said_around("信息化", "南京应急管理信息化咋搞的", "着眼于以信息化方式满足") == len("信息化")


def test_enumeration_marker_is_no_topic_word():
    assert "一是" not in content_terms("连云港石化基地五个一是啥", ("连云港",))
    assert "石化" in content_terms("连云港石化基地五个一是啥", ("连云港",))


def test_every_asked_word_in_the_introduction_answers_the_whole_article(assistant):
    a = squash(assistant.ask("南京应急管理信息化咋搞的").answer)
    assert "预警预测" in a and "监管执法" in a and "应急资源" in a, a


def test_a_lead_word_still_picks_its_part(assistant):
    a = squash(assistant.ask("苏州网格化那块具体咋搞的？").answer)
    assert "细化量化任务" in a and "依托“大数据”精准监管" not in a, a


def test_count_word_articles_answer_every_point(extra_assistant):
    a = squash(extra_assistant.ask("连云港石化基地五个一是啥").answer)
    for lead in ("一张网", "一支队", "一套标", "一本账", "一个团"):
        assert lead in a, a
    a = squash(extra_assistant.ask("金坛锂电企业消防五个一是啥").answer)
    assert "一张风险图" in a and "一份责任险" in a, a
