"""Parts of one message read from the right sentence of the right article.

- Two places asked in one message (镇江和常州立案处罚分别是多少起) are read in one issue when it answers both:
  2024年第8期 gives 镇江 立案处罚 52 起 and 常州 立案处罚 158 起,罚款 213.8 / 436.5 万元; 2025年第26期's 常州 article
  (立案处罚286起, 罚款金额1135万元) answers 常州 asked alone. Places only in different issues keep their own
  (镇江 2024年第8期, 淮安 2025年第9期).
- 问题隐患: an article that joins the two defect nouns resumes them by either alone (江阴: 指出问题隐患8760条 …对诊断
  发现的问题…目前已整改8315条), so a later part whose noun 隐患 is carried (…，整改多少条) is answered by 8315.
- A money part is not a share of a counted whole it names (无锡三张清单奖补资金安排了多少: 1650万元, not 三张 清单).
"""

from __future__ import annotations

from rag_assistant.answer.co_names import co_named
from rag_assistant.answer.given import with_stated_measure
from rag_assistant.types import Part


def test_defect_nouns_joined_by_the_article_name_one_thing():
    article = "指出问题隐患8760条。对诊断发现的问题实行清单化闭环管理，目前已整改8315条。"
    assert co_named("隐患", "对诊断发现的问题实行清单化闭环管理，", article)
    assert not co_named("隐患", "通报突出问题", "通报突出问题186个，排查隐患300条")  # not joined: two things
    assert not co_named("企业", "问题", article)  # only the defect nouns


def test_a_money_part_is_no_share_of_a_named_whole():
    money = with_stated_measure(Part(text="无锡三张清单奖补资金安排了多少", terms=(), unit_class="money"))
    assert money.measure == ""
    count = with_stated_measure(Part(text="124处重大危险源整改了多少", terms=()))
    assert count.measure  # a bare 多少 after a stated whole still asks about the whole's thing


def _ask(assistant, question):
    answer = assistant.ask(question)
    return answer.answer, {c.issue for c in answer.citations}


def test_two_places_are_read_in_one_issue(extra_assistant):
    for question, has, lacks in (("镇江和常州立案处罚分别是多少起", ("52", "158"), "286"),
                                 ("镇江和常州各罚了多少钱", ("213.8", "436.5"), "1135")):
        text, issues = _ask(extra_assistant, question)
        assert all(h in text for h in has) and lacks not in text, text
        assert len(issues) == 1, issues


def test_a_place_asked_alone_keeps_its_own_best(extra_assistant):
    text, _ = _ask(extra_assistant, "常州企业安全码罚款金额多少")
    assert "1135" in text
    text, issues = _ask(extra_assistant, "镇江和淮安罚款分别多少")  # two issues: each place's own
    assert "213.8" in text and "152.6" in text and len(issues) == 2


def test_parts_answered_from_their_own_sentence(extra_assistant):
    for question, has in (("江阴指出隐患多少条，整改多少条", ("8760", "8315")),
                          ("江阴百名专家进千企整改了多少条隐患", ("8315",)),
                          ("无锡三张清单奖补资金安排了多少，兑现了多少", ("1650", "1280")),
                          ("泰州船舶修造发现问题隐患多少处，已整改多少处", ("2415", "2318")),
                          ("镇江老旧装置排查多少套、淘汰多少套、改造多少套", ("215", "38", "74"))):
        answer = extra_assistant.ask(question)
        assert not answer.refused and "未给出" not in answer.answer, answer.answer
        assert all(h in answer.answer for h in has), answer.answer
