"""Yes/no questions written from the briefings (round 19b): a claim true or false in one detail.

- a month in the claim that dates an event of the text (是不是说7月起进入主汛期) is no claim about the masthead, and 汛期
  is no issue (confirm.py); a month with 出/印发 (是4月份出的吗) still is;
- money said the spoken way (补助是不是5000块) is 元, so the stated figure is compared (wording.spoken_money);
- a 有没有 question stating a figure is answered 有/没有 (a threshold that holds: 是), and the noun fronted before a
  threshold word (工业巡查单元有没有超过300个) is the one its figure counts, not 13个镇街 (polarity.py);
- a claimed share (完成一半了吗, 过半了没) is read against the done figure and its whole (share_claim.py).

Sentences: 2025年第14期 安全生产月 6月起我省将进入主汛期; 2026年第13期 海安…一次性补助4000元; 2025年第9期 淮安 全年计划改造
126公里，一季度已完成41.5公里; 2024年第8期 镇江 查找问题312项，已整改289项; 已有95家企业配备专职安全总监."""

from __future__ import annotations

from rag_assistant.answer.confirm import printed_claim, verdict
from rag_assistant.answer.share_claim import share_check
from rag_assistant.text import normalize_question


def test_a_dated_event_is_not_the_masthead():
    assert not printed_claim("安全生产月启动那篇里是不是说7月起进入主汛期？")
    from rag_assistant.answer.confirm import _claim
    assert _claim("安全生产月启动那篇里是不是说7月起进入主汛期？") is None
    assert _claim("21年那期是5月份出的吗") is not None  # twin: the issue's own month
    assert _claim("那期是不是6月27日印发的") is not None


def test_spoken_money_is_yuan():
    assert "5000元" in normalize_question("海安对考取中级注安师的一次性补助是不是5000块？")
    assert "2万元" in normalize_question("罚了2万块钱吗")
    assert "3块牌子" in normalize_question("发了3块牌子")  # a counted thing follows: 块 counts it


def test_a_claimed_share_against_done_and_whole():
    pipe = "实施老旧燃气管网更新改造，全年计划改造126公里，一季度已完成41.5公里，完成投资1.12亿元。"
    assert share_check("全年计划126公里，一季度完成一半了吗", pipe)[0] is False
    assert share_check("管网改造完成三成了吗", pipe)[0] is True
    assert share_check("问题整改过半了吗", "查找问题 312 项，已整改 289 项，整改率达 92.6%。")[0] is True
    assert share_check("半天能查完吗", pipe) is None  # 半天 is no share


def test_answers_on_the_extra_issues(extra_assistant):
    for question, head, has in (("安全生产月启动那篇里是不是说7月起进入主汛期？", "不是", "6月起"),
                                ("海安对考取中级注安师的一次性补助是不是5000块？", "不是", "4000"),
                                ("海安对考中级注安师的补助是不是4000块？", "是", "4000"),
                                ("镇江有没有95家企业配了专职安全总监", "有", "95"),
                                ("靖江工业巡查单元有没有超过300个", "没有", "268个"),  # not 13个 (镇街)
                                ("淮安燃气管网改造全年计划126公里，一季度完成一半了吗？", "没有", "41.5"),
                                ("镇江化工园区评估查出的问题整改过半了没？", "是", "289")):
        a = extra_assistant.ask(question).answer
        a = a.split("）", 1)[1] if a.startswith("（检索范围") else a
        head_part = a.split("。")[0]
        assert a.startswith(head) and has in head_part.replace(" ", "") and "登在" not in a, (question, a)
