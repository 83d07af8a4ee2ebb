"""Open questions on the bundled five (round 38, helper h): which article and which sentences answer.

- 安全生产月有哪些具体安排: jieba glues 具体安排; as a topic word it made 靖江/淮安/常州 articles "on the topic".
- 淮安工作指引取得了啥成效: 梳理上级已有规定 is no result (effects: 已有 reports a result only before a count).
- 还有呢 after an article that enumerates nothing gives several of its next sentences, not one.
"""

from __future__ import annotations

from rag_assistant.answer.effects import RESULT_RE, _score


def _titles(answer) -> list[str]:
    return [c.title for c in answer.citations]


def test_specific_plan_wording_is_not_a_topic_word(assistant):
    a = assistant.ask("安全生产月有哪些具体安排？")
    titles = _titles(a)
    assert any("安全生产月" in t for t in titles), a.answer
    assert not any(p in t for t in titles for p in ("靖江", "淮安", "常州")), titles
    assert "百团进百万" in a.answer or "端午" in a.answer, a.answer


def test_existing_rules_are_no_result():
    assert not RESULT_RE.search("系统梳理上级已有规定和新部署新要求")
    assert RESULT_RE.search("全市已有 343 家企业落实隐患报告奖励机制")
    assert _score("目前已有1870家小微企业纳入管理") >= 2


def test_an_effect_question_on_an_article_without_results(assistant):
    a = assistant.ask("淮安工作指引取得了啥成效？")
    assert "上级已有规定" not in a.answer and "为进一步提升基层" not in a.answer, a.answer
    assert "建强基层队伍" in a.answer, a.answer
    sq = assistant.ask("宿迁隐患报告奖励取得了啥效果？")
    assert "343" in sq.answer and "1620" in sq.answer, sq.answer


def test_more_of_an_unenumerated_article_gives_several_sentences(assistant):
    first = "无锡查奖疏堵咋搞的？"
    more = assistant.ask("还有呢？", history=[first])
    assert "在上面回答之外" in more.answer, more.answer
    assert "修订《无锡市安全生产条例》" in more.answer, more.answer
    assert len([ln for ln in more.answer.splitlines() if ln.startswith("·")]) >= 3, more.answer
    again = assistant.ask("还有别的吗", history=[first, "还有呢？"])
    assert "6个子系统" in again.answer or "一案双查" in again.answer, again.answer
    assert "修订《无锡市安全生产条例》" not in again.answer


def test_two_places_each_asked_about_its_own_thing(assistant):
    a = assistant.ask("南通六化和靖江巡查单元各有啥做法？")
    for lead in ("聚焦“网格化”", "聚焦“数字化”", "聚焦“手册化”", "专班统筹推进", "精准落地攻坚"):
        assert lead in a.answer, a.answer
    # shared words are still every place's: 隐患报告奖励 narrows 南通's article to its point 四
    b = assistant.ask("宿迁和南通在隐患报告奖励方面各有啥做法？")
    assert "激发隐患报告内生动力" in b.answer and "夯实小场所安全基础" not in b.answer, b.answer
