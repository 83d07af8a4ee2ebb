"""The second figure of a sentence, not its headline: a 其中 part (其中省级储备8200万元), a table cell under a two-row
header (电气隐患（处）发现 / 已整改), a remainder (其余7处), a step said only by 查封, an issue named by number.

Sentences of the extra issues (eval/extra_briefings/): 2025年第12期 全省已储备防汛物资价值3.6亿元，其中省级储备8200万元
and the 常熟 table 古里镇 864 2318 2260; 2025年第20期 赣榆 现有冶金、有色等工贸企业137家，其中规模以上企业58家;
2024年第8期 镇江 累计排查隐患 5821 条，同比增长 17.4%，其中重大事故隐患 9 条; 2024年第15期 临时查封场所1860处;
2025年第24期 六合 排查整治管道隐患193处，已整改186处，其余7处纳入挂牌督办; 2026年第7期 其中重大事故隐患37项."""

from __future__ import annotations

from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.remainder import asks_rest, rest_figure
from rag_assistant.answer.support import patient_noun
from rag_assistant.answer.tables import cell_noun, header_unit
from rag_assistant.answer.whole_part import whole_clause_start
from rag_assistant.numbers import extract_figures
from rag_assistant.answer.whole_part import part_words_unsaid


def test_a_whole_does_not_answer_its_named_part():
    s = "全省已储备防汛物资价值3.6亿元，其中省级储备8200万元。"
    figures = extract_figures(s)
    whole, part = figures[0], figures[1]
    end = s.index("，")
    assert part_words_unsaid(("防汛", "物资", "储备", "省级"), s, whole, figures, end)
    assert not part_words_unsaid(("防汛", "物资", "储备", "价值"), s, whole, figures, end)  # the whole asked
    assert not part_words_unsaid(("省级", "储备"), s, part, figures, len(s) - 1)


def test_a_part_is_of_the_whole_before_a_change_clause():
    s = "今年一季度，全市危化品企业累计排查隐患 5821 条，同比增长 17.4%，其中重大事故隐患 9 条，已全部挂牌督办。"
    at = s.index("其中")
    assert s[whole_clause_start(s, at):].startswith("全市危化品企业累计排查隐患")


def test_two_row_headers_and_adverbials_and_issue_names():
    assert header_unit("电气隐患（处）发现") == "处" and cell_noun("电气隐患（处）已整改") == "电气隐患已整改"
    assert header_unit("排查隐患（处）") == "处" and cell_noun("排查隐患（处）") == "排查隐患"
    assert patient_noun("人员密集场所临时查封了多少处") == "人员密集场所"
    assert measure_of("2026年第7期春节假期重大隐患多少项") == "重大隐患"
    assert asks_rest("六合区油气管道隐患还有几处没整改") and not asks_rest("六合区管道隐患已整改多少处")
    assert not asks_rest("有没有没整改的隐患") and rest_figure("其余") and not rest_figure("已整改")


def test_second_figures_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("全省防汛物资储备里省级储备多少钱？", "8200万元", "3.6亿元"),
                                 ("全省已储备防汛物资价值多少？", "3.6亿元", "未给出"),
                                 ("赣榆冶金企业中规上企业有多少家？", "58家", "137家"),
                                 ("赣榆有多少家冶金工贸企业？", "137家", "未给出"),
                                 ("24年第8期镇江危化品企业一季度排查隐患里重大隐患有几条？", "9", "未给出"),
                                 ("24年第8期镇江危化品企业一季度累计排查隐患多少条？", "5821", "未给出"),
                                 ("24年6月那期简报里人员密集场所临时查封了多少个？", "1860处", "未给出"),
                                 ("常熟古里镇电气体检发现隐患多少处？", "2318", "未给出"),
                                 ("常熟海虞镇电气隐患已整改多少处？", "2978", "未给出"),
                                 ("六合区油气管道隐患还有几处没整改？", "7处", "193处"),
                                 ("六合区管道隐患已整改多少处？", "186处", "未给出"),
                                 ("26年第7期春节假期重大隐患多少项？", "37项", "未给出"),
                                 ("金坛区规上锂电企业有多少家？", "64家", "158家")):
        a = extra_assistant.ask(question).answer
        assert has in a and (not lacks or lacks not in a.split("简报提到")[0]), (question, a)
    # a done count is no remainder: 还有多少处没整改 is not answered by 已整改1872处 as if it were stated; the rest is
    # computed from the found and the fixed (1946处－1872处) and said to be computed (computed_rest.py)
    a = extra_assistant.ask("启东实验室隐患还有多少处没整改？").answer
    assert "简报未直接给出" in a and "74处" in a and "1946处" in a, a
