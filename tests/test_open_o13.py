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


def test_a_practice_asked_by_its_worth_or_by_what_it_holds_is_an_open_question(assistant):
    # 值得借鉴的地方 / 下了哪些功夫 / 包括啥 ask for the article's points, not for a figure.
    wuxi = ("市县联动推进", "聚焦重点攻坚", "多维协同聚力", "突出高位推动")
    a = assistant.ask("无锡专项巡察值得借鉴的地方")
    assert a.to_dict()["understood"]["kind"] == "open" and all(lead in a.answer for lead in wuxi), a.answer
    b = assistant.ask("淮安下了哪些功夫抓队伍建设？")
    assert all(lead in b.answer for lead in ("立足镇街实际", "结合基层减负", "狠抓规范管理", "聚焦人才培养")), b.answer
    c = assistant.ask("南通六化建设都包括啥？")
    assert all(w in c.answer for w in ("网格化", "专业化", "数字化", "全员化", "实体化", "手册化")), c.answer


def test_what_the_asker_hopes_for_is_no_topic_word(assistant):
    # 特色 is in one briefing (南通 打非治违's 特色机制), so as a topic word it outweighed 小场所 and chose that
    # article; it says what the asker hopes to find, not what the article is about.
    a = assistant.ask("南通小场所治理的特色做法")
    assert "特色" not in a.to_dict()["understood"]["topic"], a.to_dict()["understood"]
    assert "001_9ab1dbcf5bb79156.txt" in {c.source for c in a.citations}, a.answer
    assert "小场所" in a.answer, a.answer
