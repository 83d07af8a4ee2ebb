"""Round 18 (h-i18): a named organisation the article names (联盛科技, 新亚科技) is a unit of its own, as a named town
is: a figure of a sentence that does not name it (the city's 已发放奖励金额23.47万元) or that names another organisation
(联盛科技…累计排查隐患678条 for 新亚科技) is not its figure."""

from rag_assistant.answer.stated import town_unsaid

ARTICLE = ("新亚科技设立专项举报箱，明确责任部门与人员，构建全员参与的隐患排查格局。联盛科技创新开展“合理化建议征集”"
           "“安全隐患随手拍”活动，累计排查隐患 678 条，形成了“人人都是安全员”的生动局面。")
CITY = "2025 年度，全市已有 343 家企业落实隐患报告奖励机制，共消除事故隐患 1620 条，拟发放奖励金额 175.1 万元，已发放奖励金额 23.47 万元。"
LIANSHENG = "联盛科技创新开展“合理化建议征集”“安全隐患随手拍”活动，累计排查隐患 678 条，形成了“人人都是安全员”的生动局面。"
XINYA = "新亚科技设立专项举报箱，明确责任部门与人员，构建全员参与的隐患排查格局。"


def test_a_named_organisation_needs_its_own_sentence():
    assert town_unsaid("联盛科技一共给员工发了多少奖金", CITY + ARTICLE, "", CITY, "", "已发放奖励金额 23.47 万元")
    assert town_unsaid("新亚科技排查了多少条隐患", ARTICLE, "", LIANSHENG, XINYA, "累计排查隐患 678 条")


def test_the_organisations_own_figure_answers():
    assert not town_unsaid("联盛科技排查了多少条隐患", ARTICLE, "", LIANSHENG, XINYA, "累计排查隐患 678 条")
    assert not town_unsaid("宿迁已发放奖励金额多少", CITY + ARTICLE, "", CITY, "", "已发放奖励金额 23.47 万元")


def test_named_organisations_in_the_eval_issues(extra_assistant):
    assert extra_assistant.ask("新亚科技排查了多少条隐患？").refused
    a = extra_assistant.ask("联盛科技累计排查隐患多少条？")
    assert not a.refused and "678" in a.answer, a.answer
