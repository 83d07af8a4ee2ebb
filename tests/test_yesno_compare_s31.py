"""Yes/no thresholds and comparisons over the extra issues (round 31).

2025年第12期 常熟: 聘请第三方电气检测机构9家参与检测 / 共检测企业3215家，发现电气隐患8940处，已整改8712处 /
对拒不整改的17家企业依法立案处罚，罚款共计63.5万元. 2025年第20期 赣榆: 组建由42名行业专家组成的诊断团队，…共查出
问题隐患2310项 … 截至7月底已完成整改2185项 (the 隐患 of the earlier sentence); 沭阳: 共排查发现隐患5270处 /
已整改隐患4980处."""

from __future__ import annotations

from rag_assistant.answer.same_measure import one_noun_counted
from rag_assistant.answer.verb_count import verb_count_fit
from rag_assistant.numbers import extract_figures


def test_the_action_before_a_stated_count_picks_its_sentence():
    q = "常熟检测纺织企业过3000家了吗"
    stated = extract_figures(q)
    counted = "共检测企业3215家，发现电气隐患8940处"
    other = "聘请第三方电气检测机构9家参与检测"
    assert verb_count_fit(q, stated, counted, extract_figures(counted)) == 1.0
    assert verb_count_fit(q, stated, other, extract_figures(other)) < 1.0
    # twin: no action before the count (a place and a noun): nothing to tell apart
    q2 = "赣榆有137家冶金工贸企业吗"
    assert verb_count_fit(q2, extract_figures(q2), other, extract_figures(other)) == 1.0


def test_one_noun_in_two_units():
    assert one_noun_counted("隐患", "隐患", "", "隐患")
    assert one_noun_counted("隐患", "隐患", "问题隐患", "隐患")
    assert not one_noun_counted("隐患", "隐患", "单位", "隐患")  # twin: another noun counted
    assert not one_noun_counted("隐患", "隐患", "", "")  # nothing says what either counts


def _first(extra_assistant, question: str) -> str:
    return extra_assistant.ask(question).answer.split("[1]")[0]


def test_yesno_answers(extra_assistant):
    for question, lead, figure in (("常熟检测纺织企业过3000家了吗", "是", "3215家"),
                                   ("常熟请的检测机构有10家吗", "没有", "9家"),
                                   ("赣榆已经整改的隐患有没有超过2000项", "是", "2185项"),
                                   ("赣榆查出的隐患达到3000项没", "没有", "2310项"),
                                   ("常熟发现电气隐患过一万处了吗", "没有", "8940处"),
                                   ("沭阳已整改隐患到5000处了吗", "没有", "4980处"),
                                   ("赣榆专家团队有没有50名专家", "没有", "42名"),
                                   ("常熟立案处罚的企业有20家吗", "没有", "17家")):
        a = _first(extra_assistant, question)
        assert a.startswith(lead) and figure in a, (question, a)


def test_compare_answers(extra_assistant):
    a = extra_assistant.ask("赣榆和沭阳哪个已整改的隐患多？").answer
    assert "2185项" in a and "4980处" in a and "沭阳多于赣榆" in a, a
    a = extra_assistant.ask("赣榆和沭阳哪个排查出的隐患多").answer  # twin: the found, not the rectified
    assert "2310项" in a and "5270处" in a and "2185" not in a, a
    a = extra_assistant.ask("常熟和沭阳谁整改的隐患多").answer
    assert "8712处" in a and "4980处" in a and "常熟多于沭阳" in a, a
    a = extra_assistant.ask("常熟和沭阳发现的隐患差多少").answer
    assert "8940处" in a and "5270处" in a and "3670处" in a, a
