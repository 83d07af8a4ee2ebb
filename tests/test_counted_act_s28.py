"""The act a count question asks, checked against the act of the figure's clause when the asked verb is no listed
step (清退, 赋码), when the figure's clause says its act by a verbal noun (已投保412家), or says no act at all but the
scope of a campaign (涉及承租企业1.16万家).

Sentences of the synthetic extra issues (eval/extra_briefings/): 2025年第33期 昆山 共摸排出租厂房3142幢，涉及承租
企业1.16万家 / 推动承租企业投保安全生产责任保险5260家 / 关停取缔…“厂中厂”63家; 2024年第15期 兴化 现有粮食烘干
企业（点）680余家、烘干机2150台 / 已投保412家 / 已整改2480处 (隐患); 2026年第10期 江北新区 共赋码1978台，清退
超期服役起重机械57台 / 对9家拒不整改的企业依法立案处罚; 2026年第7期 海门 目前已有1870家小微企业签订托管协议 /
去年已清退服务机构2家."""

from __future__ import annotations

from rag_assistant.answer.unlisted_act import unlisted_act


def test_the_unlisted_act_of_a_count_question():
    assert unlisted_act("海门托管企业清退了几家") == "清退"
    assert unlisted_act("江北新区给起重机赋码多少台") == "赋码"  # a coverb makes the noun-tagged word the verb
    assert unlisted_act("江北新区赋码多少个企业") == "赋码"  # the counted noun follows: the word before is the verb
    assert unlisted_act("隐患多少处") == ""  # twin: a noun before the question word is the counted thing
    assert unlisted_act("补贴了多少钱") == ""  # twin: money is no count of things
    assert unlisted_act("投入多少人") == ""
    assert unlisted_act("宿迁多少家企业落实了隐患报告奖励机制") == ""  # the noun's own verb follows it


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (("昆山排查出来的承租企业有多少家", "1.16万家"),
                          ("昆山投了保险的承租企业几家", "5260家"),
                          ("昆山关停了几家厂中厂", "63家"),
                          ("兴化粮食烘干企业有几家", "680余家"),
                          ("兴化烘干企业投保了多少家", "412家"),
                          ("江北新区给起重机赋码多少台", "1978台"),
                          ("江北新区处罚了多少家企业", "9家"),
                          ("江北新区赋码多少台？", "1978台"),
                          ("海门签托管协议的企业有多少", "1870家")):
        a = extra_assistant.ask(question).answer
        assert has in a and "未给出" not in a, (question, a)
    # twins: the figure found counts another act or another thing, so the asked count is not given
    for question in ("昆山承租企业整改了几家", "兴化烘干企业整改了几家", "江北新区赋码多少个企业？",
                     "海门托管企业清退了几家", "江北新区约谈了几家企业"):
        a = extra_assistant.ask(question).answer
        assert "未给出" in a and not a.startswith("据"), (question, a)
