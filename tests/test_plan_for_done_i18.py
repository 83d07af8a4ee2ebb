"""Round 18 (h-i18): a question asking what was done by a perfective verb (投了多少钱, 接待了多少游客) is not answered
by a figure the text plans (拟投入资金1500万元, 预计接待游客8.5万人次); a question about the plan still is."""

from rag_assistant.answer.support import plan_for_done


def test_a_plan_does_not_answer_what_was_done():
    assert plan_for_done("东台市给森林防火智慧指挥平台投了多少钱", "东台市拟投入资金1500万元")
    assert plan_for_done("五一假期高邮湖水上旅游接待了多少游客", "高邮湖水上旅游预计接待游客8.5万人次")


def test_a_plan_asked_or_a_done_figure_is_not_judged():
    assert not plan_for_done("东台市计划投入多少资金建设森林防火智慧指挥平台", "东台市拟投入资金1500万元")
    assert not plan_for_done("五一假期高邮湖水上旅游预计接待多少游客", "高邮湖水上旅游预计接待游客8.5万人次")
    assert not plan_for_done("启东对降级的实验室发了多少奖励", "已发放奖励资金86万元")
    assert not plan_for_done("制定了多少个应急计划", "制定应急计划12个")  # 计划 as a noun


def test_plans_and_facts_in_the_extra_issues(extra_assistant):
    assert extra_assistant.ask("东台市给森林防火智慧指挥平台投了多少钱？").refused
    assert extra_assistant.ask("五一假期高邮湖水上旅游接待了多少游客？").refused
    a = extra_assistant.ask("东台市计划投入多少资金建设森林防火智慧指挥平台？")
    assert not a.refused and "1500万元" in a.answer, a.answer
