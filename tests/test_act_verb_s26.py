"""A figure of another act does not answer the asked act (act_verb.py): 江都九小场所排查了多少家 is not answered by
目前已赋码1.16万家 (2025年第9期), 大丰养老机构整改了几家 not by 为21家养老机构加装自动喷水灭火系统 (2025年第4期),
泰州建筑施工整改了几个项目 not by 1346个在建项目全部签订安全生产责任书 (2026年第3期), 无锡整改了几家企业 not by
宜兴 对拒不整改的27家企业依法停气停产 (2025年第30期). Twins ask the act the text says and keep its figure."""

from __future__ import annotations

from rag_assistant.answer.act_verb import other_act


def test_a_clause_of_another_act_is_refused():
    assert other_act("江都九小场所排查了多少家", "目前已赋码1.16万家")
    assert not other_act("江都九小场所赋码了多少家", "目前已赋码1.16万家")  # twin: the act said
    assert other_act("大丰养老机构整改了几家", "为21家养老机构加装自动喷水灭火系统")
    assert other_act("泰州建筑施工整改了几个项目", "全市1346个在建项目全部签订安全生产责任书")
    assert not other_act("宿迁检查了多少家电动车销售门店", "检查销售门店1136家")
    assert not other_act("淮安燃气经营企业检查了几家", "对全市43家燃气经营企业开展“全覆盖”检查")  # light 开展


def test_a_step_verb_that_is_not_the_predicate_is_left_alone():
    # the step verb names the campaign; the predicate is another verb (建立, 组织) or a device's word (切断)
    assert not other_act("南通打非治违专项治理建立了多少个专项联络群组", "同步建立专项联络群组 22 个")
    assert not other_act("苏州小化工专项整治组织了多少人次进村入企", "组织 11.3 万余人次进村入企")
    assert not other_act("煤气报警和自动切断装置改了多少套", "完成煤气报警和自动切断装置改造320套")  # 改造 is 改
    assert not other_act("宿迁落实隐患报告奖励的企业", "全市已有 343 家企业落实隐患报告奖励机制")  # no question word


def test_a_negated_step_is_not_the_figures_act():
    assert other_act("无锡整改了几家企业", "对拒不整改的27家企业依法停气停产")
    assert not other_act("无锡停产了几家企业", "对拒不整改的27家企业依法停气停产")  # twin: the clause's own act


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (("江都九小场所赋码了多少家？", "1.16万家"),
                          ("淮安燃气经营企业检查了几家？", "43家"),
                          ("邳州关停了多少家小作坊？", "156家"),
                          ("江都培训了多少从业人员？", "2.3万人次"),
                          ("大丰养老机构检查了几家？", "47家"),
                          ("徐州地下矿山隐患整改了多少项？", "251项"),
                          ("泰州建筑施工检查了多少个项目？", "1108个次"),
                          ("宿迁检查了多少家电动车销售门店？", "1136家"),
                          ("无锡约谈了几家企业负责人？", "47家")):
        a = extra_assistant.ask(question).answer
        assert has in a and "未给出" not in a, (question, a)
    for question, lacks in (("江都九小场所排查了多少家？", "1.16万家"),
                            ("大丰养老机构整改了几家？", "21家"),
                            ("泰州建筑施工整改了几个项目？", "1346个"),
                            ("无锡整改了几家企业？", "27家"),
                            ("邳州小作坊整改了多少家？", "156家")):
        a = extra_assistant.ask(question).answer
        assert "未给出" in a and lacks not in a.split("简报提到")[0], (question, a)
