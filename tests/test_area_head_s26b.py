"""The counted noun of a question when jieba cuts a word it does not know after an area word: in 江北新区赋码多少台
赋码 is not in the dictionary, and the area word 新区 must not become the counted thing (2026年第10期 江北新区
智慧工地: 共赋码1978台; 2025年第9期 江都区: 目前已赋码1.16万家)."""

from __future__ import annotations

from rag_assistant.nouns import head_noun


def test_an_area_word_is_never_the_head():
    assert head_noun("江北新区赋码") == "赋码"
    assert head_noun("江宁开发区赋码") == "赋码"
    assert head_noun("屏幕上播") == "屏幕"  # twin: a stray guess after a common noun is still dropped
    assert head_noun("江北新区") == "新区"  # twin: an area asked on its own stays itself


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (("江北新区赋码多少台？", "1978台"),
                          ("江北新区约谈多少人次？", "43人次"),
                          ("江都区赋码多少家？", "1.16万家")):
        a = extra_assistant.ask(question).answer
        assert has in a and "未给出" not in a, (question, a)
    # twins: a thing the 江北新区 article does not count is still refused
    for question in ("江北新区赋码多少个企业？", "江北新区网格有几个？"):
        a = extra_assistant.ask(question).answer
        assert "未给出" in a, (question, a)
