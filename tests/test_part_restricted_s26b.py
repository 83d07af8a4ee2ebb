"""A 其中 part restricted by a relative clause (其中使用燃气窑炉的企业482家) does not answer a question that asks the
whole (无锡陶瓷企业有多少家) without the restriction's words; a question that says them still gets it.

Sentence of the synthetic extra issue 2025年第30期 (eval/extra_briefings/): 宜兴市共有陶瓷、紫砂生产企业1236家，
其中使用燃气窑炉的企业482家."""

from __future__ import annotations

from rag_assistant.answer.part_restricted import restriction_unasked
from rag_assistant.numbers import extract_figures

SENTENCE = "宜兴市共有陶瓷、紫砂生产企业1236家，其中使用燃气窑炉的企业482家，多数为家庭作坊式经营。"


def _figures():
    return extract_figures(SENTENCE)


def test_the_restricted_part_is_not_the_whole():
    figs = _figures()
    part = next(f for f in figs if "482" in f.surface)
    whole = next(f for f in figs if "1236" in f.surface)
    assert restriction_unasked("无锡陶瓷企业有多少家", SENTENCE, part, figs)
    assert not restriction_unasked("宜兴使用燃气窑炉的企业有几家", SENTENCE, part, figs)  # twin: restriction said
    assert not restriction_unasked("无锡陶瓷企业有多少家", SENTENCE, whole, figs)  # the whole is no part


def test_answers_on_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("无锡陶瓷企业有多少家").answer
    assert "482家[1]" not in a.split("简报提到")[0] and "其中使用燃气窑炉的企业482家" not in a.split("简报提到")[0], a
    for question, has in (("宜兴使用燃气窑炉的企业有几家", "482家"),
                          ("昆山承租企业有多少家", "1.16万家"),
                          ("淮安燃气经营企业有几家", "43家"),
                          ("宜兴停气停产的企业有几家", "27家")):
        a = extra_assistant.ask(question).answer
        assert has in a and "未给出" not in a, (question, a)
