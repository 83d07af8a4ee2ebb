"""A plan asked for a named year is printed in the previous year's issue (planned_year.py): 2025年第33期 (December
2025) 省财政明年将安排治本攻坚专项资金约3.5亿元 is 2026's plan, 2024年第27期 三是加快管网更新，2025年拟再改造老旧管道
2800公里 is 2025's. The same sentence says nothing of its own issue's year; a next year's 下一步，南京市将投资5.8亿元，
用2至3年时间完成老旧燃气管网更新改造1200公里 (2026年第7期) looks ahead and reports no past year. 还要再改多少 asks a plan."""

from __future__ import annotations

from rag_assistant.answer.data_year import reports_year
from rag_assistant.answer.paid_out import asks_further
from rag_assistant.answer.planned_year import asks_plan, of_next_year_only


def test_plan_asks_and_next_year_sentences():
    assert asks_plan("26年治本攻坚专项资金，省里大概打算安排多少")
    assert asks_plan("年底前燃气老旧管网还要再改多少公里")
    assert not asks_plan("25年治本攻坚专项资金省里安排了多少")  # twin: no plan word
    assert asks_further("还得再建几个微型消防站")
    assert not asks_further("还要求了啥")  # twin: no figure asked
    assert of_next_year_only("省财政明年将安排治本攻坚专项资金约3.5亿元。", 2025)
    assert not of_next_year_only("今年完成改造2860公里，明年将再改造1200公里。", 2025)  # twin: its own year too
    assert not reports_year("下一步，南京市将投资5.8亿元，用2至3年时间完成老旧燃气管网更新改造1200公里。",
                            "2025年以来，", 2026, 2025)


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("26年治本攻坚专项资金，省里大概打算安排多少", "3.5亿元", "未给出"),
                                 ("省里明年治本攻坚给多少钱", "3.5亿元", "未给出"),
                                 ("2025年老旧管道还打算改造多少公里", "2800公里", "未给出"),
                                 ("25年打算再改造多少公里老旧燃气管道？省里的", "2800公里", "南京"),
                                 ("截至8月底燃气老旧管网已经改了多少公里", "2860公里", "未给出"),
                                 ("东台下一步拟投多少钱建智慧指挥平台", "1500万元", "未给出"),
                                 ("24年燃气事故起数降了多少", "34.2%", "未给出")):
        a = extra_assistant.ask(question).answer
        assert has in a and lacks not in a.split("简报提到")[0], (question, a)
    # twins: the 2025 issue's 明年 sum is not 2025's; 2800 is 2025's plan, not 2024's; 已投入 is not the plan
    for question in ("25年治本攻坚专项资金省里安排了多少", "2025年治本攻坚专项资金省里打算安排多少",
                     "2024年老旧管道打算改造多少公里", "东台已投入多少钱建智慧指挥平台"):
        a = extra_assistant.ask(question).answer
        assert "未给出" in a, (question, a)
