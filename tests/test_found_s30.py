"""发现了哪些问题 asks what an inspection found (found.py): the sentences that report findings, not a fact question, and
not the sentence that hands the findings on; an article that reports none says so."""

from __future__ import annotations


def test_what_an_inspection_found():
    from rag_assistant.answer.found import asks_found
    assert asks_found("无锡专项巡察发现了哪些问题？") and asks_found("巡察查摆出啥问题")
    assert not asks_found("无锡专项巡察查摆出问题多少个？")  # twin: a count of the findings
    assert not asks_found("无锡专项巡察存在哪些问题？")  # twin: what is still lacking (problems.py)


def test_found_answers_on_the_bundled_issues(assistant):
    a = assistant.ask("无锡专项巡察发现了哪些问题？").answer
    assert "2025年第16期" in a and "84个" in a and "发现的问题如下" in a, a
    a = assistant.ask("无锡专项巡察查摆出问题多少个？").answer
    assert "84" in a, a
    a = assistant.ask("连云港百团大战查出了啥问题").answer  # the article reports no findings: said so
    assert "文中未单列发现的问题" in a, a
