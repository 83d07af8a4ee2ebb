"""A comparison whose compared thing is a verb phrase after the sides, with or without 的 (哪个已整改的隐患多,
哪个已整改隐患多, 谁已整改隐患多): every side asks for the figure of that verb, as 如皋已整改的隐患有多少 would, not
the first count of the noun (发现问题隐患1124处); and yes/no questions stating a threshold answer with the figure
that counts the asked thing.

Sentences of the extra issues (eval/extra_briefings/): 2024年第15期 如皋 发现问题隐患1124处，已整改1087处 and 兴化
排查问题隐患2630处，已整改2480处; 2025年第4期 江阴 排查问题隐患1284处，已整改1239处; 2025年第30期 宜兴 共排查隐患
3470处，已整改3360处; 2025年第20期 赣榆 截至7月底已完成整改2185项 and 沭阳 已整改隐患4980处."""

from __future__ import annotations

from rag_assistant.answer.understand import read_parts


def test_a_relative_clause_without_de_is_asked_by_every_side():
    for question in ("如皋和兴化哪个已整改隐患多？", "如皋和兴化哪个已整改的隐患多？"):
        parts = read_parts(question, "compare", ["如皋", "兴化"])
        assert [p.text for p in parts] == [f"如皋{question[7:-2]}", f"兴化{question[7:-2]}"], parts
        assert all("已" in p.qualifiers and "整改" in p.terms for p in parts), parts
    # twin: a bare noun after 哪个 is no relative clause; the sides stay their places
    parts = read_parts("如皋和兴化哪个隐患多？", "compare", ["如皋", "兴化"])
    assert [p.text for p in parts] == ["如皋", "兴化"], parts
    # a rate after the sides is asked by each; a verb alone or a question word (哪年多, 印得多, 差多少) is not a thing
    assert [p.text for p in read_parts("常熟和东海哪个整改率高", "compare", ["常熟", "东海"])] == ["常熟整改率", "东海整改率"]
    for question in ("南通的企业，25年和26年哪年多？", "南通的口袋书和职工手册哪个印得多？", "宿迁拟发的奖金和已经发的差多少？"):
        assert not any(p.text.endswith(("哪年", "印得", "差多")) for p in read_parts(question, "compare", ["南通", "宿迁"])), question


def _ask(assistant, question: str) -> str:
    return assistant.ask(question).answer


def test_compared_done_figures(extra_assistant):
    for question, has, lacks in (("如皋和兴化哪个已整改隐患多？", ("1087处", "2480处", "兴化多于如皋"), "1124处"),
                                 ("兴化跟如皋比，谁已整改隐患多", ("1087处", "2480处", "兴化多于如皋"), "2630处"),
                                 ("江阴和宜兴哪个已整改隐患多", ("1239处", "3360处", "宜兴多于江阴"), "3470处"),
                                 ("赣榆和沭阳哪个已整改的隐患多", ("2185项", "4980处"), "未给出赣榆")):
        a = _ask(extra_assistant, question)
        assert all(h in a for h in has) and lacks not in a, (question, a)
    # a rate of a verb after the sides (哪个整改率高) is asked of each side as 常熟整改率多少 would be
    for question, has in (("常熟和东海哪个整改率高", ("97.4%", "89.2%", "常熟")), ("江阴、宜兴哪个整改率更高？", ("96.5%", "96.8%", "宜兴"))):
        a = _ask(extra_assistant, question)
        assert all(h in a for h in has) and "未给出" not in a, (question, a)
    # twin: the found count asked (排查) is the found figure, not the done one
    a = _ask(extra_assistant, "江阴和宜兴哪个排查隐患多")
    assert "1284处" in a and "3470处" in a and "1239处" not in a, a


def test_thresholds_answer_with_the_asked_figure(extra_assistant):
    for question, start, figure in (("江阴港口排查隐患超过1000处没", "是", "1284处"),
                                    ("江阴码头是不是超过30个", "没有", "26个"),
                                    ("徐州地下矿山查出隐患有没有300项", "没有", "274项"),
                                    ("徐州矿山已整改隐患超过250项了吗", "是", "251项"),
                                    ("东海水晶作坊整改率到90%了吗", "没有", "89.2%"),
                                    ("宜兴燃气隐患整改率超过95%没有", "是", "96.8%"),
                                    ("昆山关停厂中厂过100家了吗", "没有", "63家"),
                                    ("苏州高层建筑已整改隐患过3万处没有", "是", "3.21万处"),
                                    ("苏州高层排查隐患有没有4万处", "没有", "3.47万处"),
                                    ("赣榆淘汰落后设备过100台了吗", "没有", "65台"),
                                    ("沭阳责令停业整改仓储点超80家没", "是", "86家")):
        a = _ask(extra_assistant, question)
        assert a.startswith(start) and figure in a.split("。")[0], (question, a)
