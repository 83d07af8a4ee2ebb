"""Follow-ups that point at a town the previous turn named, and issues named by their cumulative number.

2025年第30期 (eval/extra_briefings/extra_2025_30.pdf) 宜兴 table: 丁蜀镇 排查隐患 2260, 周铁镇 680; the city
共排查隐患3470处. 2026年第3期's masthead prints （总第123期）, 2024年第21期's 2024年第21期（总第312期）."""

from __future__ import annotations

from rag_assistant.answer.town_carry import named_town


def test_a_bare_town_pointer_names_the_one_town_of_the_last_turn():
    assert named_town("那个镇排查了多少处隐患", "宜兴丁蜀镇燃气窑炉企业有多少家") == "丁蜀镇排查了多少处隐患"
    assert named_town("这个街道呢", "新街街道淘汰了几台窑炉") == "新街街道呢"
    # twins: no town of that class named, or two of them: the pointer stays
    assert named_town("那个镇排查了多少处隐患", "宜兴市陶瓷窑炉整治咋搞的") == "那个镇排查了多少处隐患"
    assert named_town("那个镇呢", "丁蜀镇和周铁镇各有多少家") == "那个镇呢"
    assert named_town("那个乡呢", "宜兴丁蜀镇有多少家") == "那个乡呢"


def test_town_followups_on_the_extra_issues(extra_assistant):
    for history, question, has, lacks in (
            ("宜兴丁蜀镇燃气窑炉企业有多少家", "那个镇排查了多少处隐患", "2260", "3470"),
            ("宜兴周铁镇燃气窑炉企业有几家", "那个镇排查隐患多少处", "680", "3470"),
            ("宜兴市陶瓷窑炉燃气整治咋搞的", "一共排查了多少处隐患", "3470", "2260")):
        a = extra_assistant.ask(question, [history]).answer
        assert has in a and lacks not in a, (question, a)


def test_an_issue_named_by_its_cumulative_number(extra_assistant):
    a = extra_assistant.ask("总第123期是哪期？").answer
    assert "2026年第3期" in a and "没有第123期" not in a, a
    a = extra_assistant.ask("总第312期是哪一期").answer
    assert "2024年第21期" in a, a
    a = extra_assistant.ask("那期泰州在建项目有多少个", ["总第123期是哪期"]).answer
    assert "1346" in a, a
    # twin: a cumulative number no masthead prints names no indexed issue
    a = extra_assistant.ask("总第999期讲了啥").answer
    assert "没有第999期" in a, a
