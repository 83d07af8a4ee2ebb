"""Near neighbours of an asked figure on the bundled five briefings (round 28, helper b).

2025年第16期 南通: 一是夯实小场所安全基础… 全市已摸排起底社会面小场所 10.47 万余家，累计整改各类问题隐患 41024 条;
二是深化危化行业隐患排查… 推动企业查改隐患 36975 条，其中重大事故隐患 115 条. 无锡: 抓获嫌疑人 8 人、刑拘 2 人.
2026年第13期 南通: 配备巡查员6758人. A point's lead names the scene of its figures as the title does; a 其中 part
restricted by a word the question never says (重大) is not the asked whole; a later part opening with 其中 asks a
part of the earlier part's figure, which the text gives only in that figure's sentence (女的几个: not given)."""

from __future__ import annotations

from rag_assistant.answer.part_restricted import restriction_unasked
from rag_assistant.answer.window import figures_of

SENTENCE = "截至目前，累计开展警示教育和安全培训 23.7 万人次，推动企业查改隐患 36975 条，其中重大事故隐患 115 条，排查整改的精准性和有效性不断提升。"


def _head(text: str) -> str:
    return text.split("简报提到")[0]


def test_a_restricted_part_is_not_the_whole():
    figures = figures_of(SENTENCE)
    part = next(f for f in figures if f.surface.startswith("115"))
    assert restriction_unasked("南通工贸企业查改隐患多少条", SENTENCE, part, figures)
    assert not restriction_unasked("南通危化企业重大隐患几条", SENTENCE, part, figures)  # twin: 重大 said
    assert not restriction_unasked("南通重大事故隐患有多少条", SENTENCE, part, figures)


def test_answers_on_the_bundled_issues(assistant):
    for question, has in (("南通小场所隐患整改了多少条", "41024"),  # the point's lead names 小场所
                          ("南通小场所累计整改各类问题隐患多少条", "41024"),
                          ("南通危化企业查改隐患多少条", "36975"),  # not the 其中 part 115
                          ("南通危化企业重大隐患几条", "115"),
                          ("南通查改隐患多少条，其中重大隐患几条", "115"),
                          ("无锡巡察期间抓获嫌疑人几个", "8 人"),
                          ("南通配备巡查员多少人", "6758")):
        a = assistant.ask(question).answer
        assert has in a and "未给出" not in a, (question, a)
    for question, has, missing in (("无锡巡察抓了几个嫌疑人，其中女的几个", "8 人", "女"),
                                   ("南通配备巡查员多少人，其中女的有几个", "6758", "女"),
                                   ("南通小场所隐患整改了多少条，其中重大隐患几条", "41024", "重大"),
                                   ("南通小场所隐患整改了多少条，比去年多了多少？", "41024", "去年")):
        a = assistant.ask(question).answer
        given, _, rest = a.partition("未给出")
        assert has in given and missing in rest, (question, a)
    for question in ("南通小场所隐患整改了多少条，其中重大隐患几条", "无锡巡察抓了几个嫌疑人，其中女的几个"):
        a = assistant.ask(question).answer
        assert "115" not in a and "刑拘" not in a and "7个" not in a, (question, a)  # no neighbour figure
    a = assistant.ask("南通工贸企业查改隐患多少条").answer
    assert "未给出" in _head(a), a  # the 危化 point's figures are not the 工贸 point's
