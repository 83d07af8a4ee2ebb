"""Questions about the briefings themselves, typed the way staff chat: which issue carried an article when the
question ends in 哪期的 / 在哪期 without a 是 or a verb of printing (邳州板材加工那篇哪期的), an issue's contents
asked as 都有啥文章 or 是讲啥的, the special issue named by what its masthead lacks (没有期号的那期), and a place
listed once per article when its title names it twice (高邮市…高邮湖).

Issues of the bundled five and the fifteen extra (eval/extra_briefings/): 邳州 in 2025年第4期, 沭阳 in 2025年第20期,
宜兴 in 2025年第30期, the unnumbered 《应急先锋行 建功新时代》专刊, 2025年第9期's four articles."""

from __future__ import annotations

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.question_kind import read_kind
from rag_assistant.answer.scope import Scope


def _kind(question: str) -> tuple[str, str]:
    return read_kind(question, (), (), Scope())


def test_which_issue_wordings():
    for q in ("邳州板材加工那篇哪期的", "沭阳那篇电商仓储的在哪期", "宜兴陶瓷窑炉那篇哪一期的", "金坛锂电那篇在哪期呀"):
        assert lx.WHICH_ISSUE_RE.search(q), q
    for q in ("哪几期写过扬州", "徐州非煤矿山查出问题隐患多少项", "24年的简报有几期"):
        assert not lx.WHICH_ISSUE_RE.search(q), q


def test_contents_and_unnumbered_issue_wordings():
    assert lx.LIST_ARTICLES_RE.search("第9期都有啥文章")
    for q in ("专刊是讲啥的", "那期讲的什么", "没有期号的那期是讲啥的"):
        assert lx.CONTENTS_RE.search(q), q
    assert not lx.CONTENTS_RE.search("南通讲啥做法最有效果的是哪条措施")
    for q in ("没有期号的那期是讲啥的", "不带期号的那份简报写了哪些城市", "没标日期的那期"):
        assert lx.SPECIAL_ISSUE_RE.search(q), q
    assert not lx.SPECIAL_ISSUE_RE.search("第14期没有写日期吗")


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (("邳州板材加工那篇哪期的", "刊登于2025年第4期"),
                          ("邳州板材加工那篇是哪期的", "刊登于2025年第4期"),  # twin: with 是
                          ("沭阳那篇电商仓储的在哪期", "刊登于2025年第20期"),
                          ("沭阳那篇电商仓储的登在哪期", "刊登于2025年第20期"),  # twin: with a verb
                          ("宜兴陶瓷窑炉那篇哪一期的", "刊登于2025年第30期"),
                          ("第9期都有啥文章", "2025年第9期（2025年4月18日）刊登了"),
                          ("第9期都有哪些文章", "2025年第9期（2025年4月18日）刊登了"),
                          ("没有期号的那期是讲啥的", "《南京：“一网统管”助力城市安全发展》"),
                          ("专刊是讲啥的", "《徐州：内外结合压实企业主体责任》"),
                          ("不带期号的那份简报写了哪些城市", "连云港")):
        a = extra_assistant.ask(question)
        assert has in a.answer and not a.refused, (question, a.answer)
    a = extra_assistant.ask("徐州非煤矿山查出问题隐患多少项").answer  # twin: a figure, not the issue
    assert "274项" in a and "刊登于" not in a
    a = extra_assistant.ask("25年的简报介绍了哪些地方").answer
    assert a.count("《高邮市：“三个严管”筑牢高邮湖水上旅游安全防线》") == 1, a


def test_an_issue_named_by_its_day():
    from rag_assistant.answer.day_issue import asked_day
    assert asked_day("3月20号那期讲了啥") == (3, 20)
    assert asked_day("26年3月20日那期讲了啥") == (3, 20)
    assert asked_day("12月5日的简报是谁编发的") == (12, 5)
    assert asked_day("截至11月30日检查了多少家") is None  # a day of the data, not of an issue
    assert asked_day("3月那期讲了啥") is None  # a month's issue: MONTH_ISSUE_RE's scope


def test_day_issue_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("3月20号那期讲了啥", "2026年第10期（2026年3月20日）刊登了", "2026年第13期"),
                                 ("2025年12月5日那期有哪些文章", "2025年第30期（2025年12月5日）刊登了", "2026年"),
                                 ("24年4月18号那期有几篇文章", "2024年第8期", "2025年第9期"),
                                 ("4月18日那期都有啥文章", "2025年第9期", ""),  # two years' issues of that day
                                 ("4月18日那期都有啥文章", "2024年第8期", ""),
                                 ("3月26日那期南通配备巡查员多少人", "6758", "")):
        a = extra_assistant.ask(question).answer
        assert has in a and (not lacks or lacks not in a), (question, a)
    a = extra_assistant.ask("3月21日那期讲了啥")  # no issue of that day: said so, nothing listed
    assert a.refused and "刊登了" not in a.answer
