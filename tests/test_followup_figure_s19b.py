"""Colloquial figure follow-ups (round 19b): a follow-up that names no place keeps the previous question's
province and period words (一季度全省发生多少起事故？死了多少人？ asks 一季度全省's deaths, not another issue's), and a
colloquial "got done" (弄完了多少) is the briefings' 完成.

Sentences: 2025年第9期 一季度全省共发生生产安全事故268起、死亡231人; 淮安 一季度已完成41.5公里; 2026年第3期 2025年全省
…死亡894人; 2024年第8期 镇江 今年一季度…排查隐患5821条，同比增长17.4%，其中重大事故隐患9条."""

from __future__ import annotations

from rag_assistant.answer.condense import _unplaced_subject


def test_the_province_and_period_words_are_carried_unless_said_again():
    assert _unplaced_subject("一季度全省发生多少起生产安全事故", "死了多少人") == "一季度全省"
    assert _unplaced_subject("一季度全省发生多少起生产安全事故", "上半年死了多少人") == "全省"
    assert _unplaced_subject("淮安老旧燃气管网改造多少公里", "投资了多少") == ""


def test_followups_on_the_extra_issues(extra_assistant):
    for history, question, has in ((["一季度全省发生多少起生产安全事故"], "死了多少人", "231"),
                                   (["一季度全省发生多少起生产安全事故"], "同比下降多少", "12.4"),
                                   (["2025年全省发生多少起生产安全事故"], "死了多少人", "894"),
                                   (["淮安老旧燃气管网全年计划改造多少公里"], "一季度弄完了多少", "41.5"),
                                   (["淮安老旧燃气管网全年计划改造多少公里"], "一季度完成了多少", "41.5"),
                                   (["淮安老旧燃气管网全年计划改造多少公里"], "投资了多少", "1.12"),
                                   (["镇江一季度危化品企业排查隐患多少条"], "其中重大的呢", "9条"),
                                   (["镇江化工园区体检式评估查出多少问题"], "已经整改了多少", "289"),
                                   (["宿迁隐患报告奖励已发放多少"], "那拟发放的呢", "175.1"),
                                   (["宿迁有多少家化工企业建立了隐患报告制度", "危化品经营企业呢"], "已发放奖励多少",
                                    "23.47")):
        r = extra_assistant.ask(question, history=history)
        assert has in r.answer.replace(" ", "") and not r.refused, (history, question, r.answer)
