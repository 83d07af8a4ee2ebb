"""A fund named by a compound noun whose action word jieba tags as a noun (隐患报告奖励: 报告/n), and the paid stage
asked by a payment verb rather than by 已 (累计兑现多少, 发了多少).

Sentences: 2025年第16期 南通 (bundled) …内部报告奖励制度…累计实施奖励金额约 3000 万元, 宿迁 …拟发放奖励金额 175.1 万元，
已发放奖励金额 23.47 万元; extra 2024年第27期 启东 对主动整改并降级的实验室给予奖励，已发放奖励资金86万元，拟于年底前
再发放54万元 (a reward for downgraded labs, not for reporting); 2024年第8期 盐城 2024 年拟发放补贴资金 1260 万元，
目前已发放 845 万元; 2026年第3期 无锡 市级安排安全生产奖补资金1650万元，已兑现1280万元."""

from __future__ import annotations

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.purpose import asked_purposes


def test_the_action_word_of_a_compound_fund_is_its_purpose():
    assert asked_purposes("南通隐患报告奖励已发放多少") == ("报告",)
    assert asked_purposes("启东实验室降级奖励已发多少") == ("降级",)
    assert asked_purposes("安全培训补贴多少") == ("培训",)  # a verbal noun as before
    # twins: a place or a fused fund noun before the money word is no compound of object + action
    assert asked_purposes("宿迁电动车以旧换新补贴发了多少") == ()
    assert asked_purposes("江阴专家进企业专项经费安排了多少") == ()


def test_a_payment_verb_in_the_perfective_or_summed_asks_the_paid_stage():
    assert "已" in lx.asked_qualifiers("宿迁内部报告奖励累计兑现多少")
    assert "已" in lx.asked_qualifiers("宿迁隐患报告奖励一共发了多少")
    assert "已" in lx.asked_qualifiers("盐城渔船补贴累计发放多少")
    # twins: a plan word asks the plan; a bare 发放 says no stage
    assert "已" not in lx.asked_qualifiers("启东实验室降级奖励还要发多少")
    assert "拟" in lx.asked_qualifiers("宿迁隐患报告奖励拟发放多少")
    assert "已" not in lx.asked_qualifiers("盐城渔船补贴发放多少")
    # a generic giving verb in the perfective alone says no stage: 宿迁发了多少奖金 is answered with 拟 and 已 both
    assert "已" not in lx.asked_qualifiers("宿迁隐患报告奖励发了多少")


def _first(a: str) -> str:
    return a.split("简报提到")[0]


def test_answers_on_the_bundled_issues(assistant):
    for question, has in (("宿迁隐患报告奖励拟发放多少？", "175.1"),
                          ("宿迁内部报告奖励累计兑现多少？", "23.47"),
                          ("宿迁隐患报告奖励发了多少？", "23.47"),
                          ("南通内部报告奖励累计发了多少？", "3000")):
        a = assistant.ask(question).answer
        assert has in a and "未给出" not in a, (question, a)
    a = assistant.ask("宿迁内部报告奖励累计兑现多少？").answer
    assert "175.1" not in a, a  # the planned sum is not the paid one
    a = assistant.ask("南通隐患报告奖励拟发放多少？").answer
    assert "未给出" in a and "175.1" not in a, a  # 宿迁's plan is not 南通's


def test_answers_on_the_extra_issues(extra_assistant):
    # 启东's reward for downgraded labs is not 南通's reward for reporting hidden dangers: the paid sum asked is
    # 南通's own 累计实施奖励金额约3000万元, and no planned sum of 南通's is stated
    a = extra_assistant.ask("南通隐患报告奖励已发放多少？").answer
    assert "3000" in a and "86万元" not in a, a
    a = extra_assistant.ask("南通隐患报告奖励拟发放多少？").answer
    assert "未给出" in a and "54万元" not in _first(a) and "3000" not in _first(a), a
    for question, has in (("启东实验室降级奖励已发多少？", "86万元"),
                          ("启东实验室降级奖励拟发放多少？", "54万元"),
                          ("盐城渔船补贴累计发放多少？", "845"),
                          ("盐城渔船安全设备更新补贴拟发放多少？", "1260"),
                          ("无锡奖补资金累计兑现多少？", "1280万元"),
                          ("无锡安全生产奖补资金安排了多少？", "1650万元")):
        a = extra_assistant.ask(question).answer
        assert has in a and "未给出" not in a, (question, a)
