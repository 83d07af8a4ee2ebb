"""Open questions typed with 有啥/是啥, and a narrow question about one part a title lists (helper o13)."""

from __future__ import annotations

import re

from test_pipeline import raw, squash

SUZHOU_21 = "004_91fdd76356558e47.txt"
BINHAI_LEADS = ("谋保障", "强激励", "重培训")
YANGZHOU_LEADS = ("两手抓", "三载体", "四并重")


def test_the_leads_and_the_listing_title_are_in_the_2021_issue():
    text = squash(raw(SUZHOU_21))
    assert all(re.search(rf"[一二三]、{lead}", text) for lead in BINHAI_LEADS)
    assert "“大数据+网格化+铁脚板”助力安全发展" in text
    assert "二、借助“网格化”健全体系" in text and "三、依靠“铁脚板”压实责任" in text


def test_you_sha_asks_like_you_shenme_and_gets_the_articles_points(assistant):
    # 有啥特色 / 有啥创新 are 有什么特色 / 有什么创新 as typed: an open question, answered with the enumeration,
    # not a "no figure" partial answer from the introduction.
    a = assistant.ask("滨海县抓基层监管队伍有啥特色？")
    assert a.to_dict()["understood"]["kind"] == "open", a.answer
    assert all(lead in a.answer for lead in BINHAI_LEADS), a.answer
    b = assistant.ask("扬州执法检查有啥创新的地方？")
    assert all(lead in b.answer for lead in YANGZHOU_LEADS), b.answer


def test_a_part_the_title_lists_narrows_the_answer_to_that_point(assistant):
    # The title lists the article's three parts (大数据+网格化+铁脚板), one per enumerated point: asking for
    # 网格化 asks for point 二, although the title says the word too.
    a = squash(assistant.ask("苏州网格化那块具体咋搞的？").answer)
    assert "细化量化任务" in a and "全面发动企业风险报告工作" in a and "大力查处各类安全生产违法行为" in a, a
    assert "依托“大数据”精准监管" not in a and "依靠“铁脚板”压实责任" not in a, a
    b = squash(assistant.ask("21年苏州铁脚板是怎么弄的？").answer)
    assert "单独设立网格员组别" in b and "依托“大数据”精准监管" not in b, b


def test_a_title_that_lists_no_parts_keeps_the_whole_article(assistant):
    # 奖励 is in one lead of the 宿迁 article (激励驱动，多元奖励…) and in its title, which names the mechanism,
    # not its parts: the question is about the whole article.
    a = assistant.ask("宿迁的隐患内部报告奖励机制咋搞的？").answer
    assert all(lead in a for lead in ("压实责任", "激励驱动", "数字赋能")), a
    # naming every listed part asks for all of them
    b = assistant.ask("苏州“大数据+网格化+铁脚板”是怎么做的？").answer
    assert all(lead in b for lead in ("精准监管", "健全体系", "压实责任")), b
