"""Open questions of round 12 (helper n18): a practice asked by the count of its parts (分几个阶段推进的) and a
follow-up that names only an aspect of the open question before it (其中宣传方面呢, 那它在激励方面呢)."""

from __future__ import annotations

from rag_assistant.answer import lexicon as lx
from support import raw_briefing, squash

STAGES = "动员部署、全面排查、集中整治、总结提升"


def test_the_texts_say_what_the_answers_quote():
    assert f"明确“{STAGES}”四阶段工作路径" in raw_briefing("000_c4edaeb9e379b5d7.txt")
    county = raw_briefing("004_91fdd76356558e47.txt")
    assert "推动校企深度合作" in county and "建立县应急系统年轻后备干部人才库" in county


def test_a_division_into_parts_is_a_parts_count():
    # 分 before a count of stages or steps divides a practice into its parts, with no practice word said
    assert lx.DIVIDED_RE.search("南通打非治违分几个阶段推进的？")
    assert lx.DIVIDED_RE.search("靖江划分巡查单元分了几步？")
    assert not lx.DIVIDED_RE.search("靖江划分了多少个巡查单元？")  # 划分 counts units, not parts of the work
    assert lx.PARTS_COUNT_RE.search("分几个阶段").group(1) == "阶段"


def test_a_parts_count_is_answered_by_the_parts(assistant):
    # 分几个阶段 was read as a figure of 阶段 and refused; the text names the stages after a count (四阶段)
    a = assistant.ask("南通打非治违是分几个阶段来搞的？")
    understood = a.to_dict()["understood"]
    assert (understood["kind"], understood["asks"]) == ("open", "parts"), a.answer
    assert not a.refused and STAGES in a.answer, a.answer
    # a parts count the text does not count (几步) is answered by the article's points
    b = assistant.ask("淮安那个工作指引分几步落实？")
    assert b.to_dict()["understood"]["kind"] == "open" and "建强基层队伍" in b.answer, b.answer


def test_an_aspect_followup_asks_what_the_open_turn_asked(assistant):
    # 其中培训方面呢 names an aspect and no question word: it was read as a fact and answered by one sentence
    # that says 培训 in passing (the budget sentence); it asks the practice of that aspect, as the turn before did
    a = assistant.ask("那培训方面呢？", history=["滨海县是怎么加强基层监管队伍的？"])
    assert a.to_dict()["understood"]["kind"] == "open", a.answer
    assert "校企深度合作" in a.answer and "周学季考" in a.answer, a.answer
    # 它 names the last turn's place as 他们 does (淮安它在人才培养上 was no question)
    b = assistant.ask("那它在人才培养上呢？", history=["淮安是怎么抓镇街监管队伍建设的？"])
    assert b.to_dict()["understood"]["kind"] == "open" and "它" not in b.to_dict()["understood"]["question"], b.answer
    assert "公务员考录" in b.answer and "注册安全工程师" in squash(b.answer), b.answer


def test_an_aspect_followup_keeps_the_results_asked(assistant):
    # after a question about results, the aspect asks for the results of that aspect
    a = assistant.ask("其中小场所这块呢？", history=["南通强化风险隐患防控取得了啥成效？"])
    understood = a.to_dict()["understood"]
    assert (understood["kind"], understood["asks"]) == ("open", "effect"), a.answer
    assert "10.47 万余家" in a.answer, a.answer


def test_a_doing_verb_names_no_part(assistant):
    # 怎么建立的 asks how the whole mechanism was built: 建立 (said by point 一's 全面建立…制度) narrowed the
    # answer to that point and dropped the other two
    a = assistant.ask("宿迁的隐患报告奖励机制是怎么建立的？").answer
    assert "激励驱动" in a and "数字赋能" in a, a


def test_words_only_the_text_after_the_last_point_says_are_answered_from_it(assistant):
    # a page break ends 常州's last point (小切口) at 气瓶…试点。; its 班组长 training comes after it, outside every
    # point, and was answered with the 重难点 point
    a = assistant.ask("常州是怎么培训危化品企业班组长的？").answer
    assert "班组长840余名" in a and "危污乱散低" not in a, a


def test_a_result_sentence_brings_in_the_deed_before_it(assistant):
    # 截至目前，共组织培训…班组长840余名 reports what the sentence before it did (以“盛瑞工作法”…开展讨论培训):
    # a passage does not start at the result
    a = assistant.ask("常州是怎么培训危化品企业班组长的？").answer
    assert "盛瑞工作法" in a and "33类课题" in a, a
