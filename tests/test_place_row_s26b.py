"""A place asked of an article with a table row for it answers from that row, read under its column headers.

Synthetic extra issue 2025年第30期 (eval/extra_briefings/extra_2025_30.pdf), 宜兴 kiln article: table
镇（街道） | 燃气窑炉企业（家） | 排查隐患（处） | 主要做法 with rows 丁蜀镇 312 2260 推行“一窑一码”…,
周铁镇 96 680 村企共建燃气巡查队…; prose 以丁蜀镇为重点，逐户建立…档案 is not 丁蜀镇's own record."""

from __future__ import annotations

from rag_assistant.answer.place_row import place_row_lines

TEXT = ("宜兴市开展专项整治。\n以丁蜀镇为重点，逐户建立档案。\n表 宜兴市重点镇（街道）进展\n"
        "镇（街道）\t燃气窑炉企业（家）\t主要做法\n丁蜀镇\t312\t推行“一窑一码”\n周铁镇\t96\t村企共建燃气巡查队\n")


def test_the_asked_place_row_with_headers():
    lines = place_row_lines(TEXT, ("宜兴", "丁蜀镇"))
    assert len(lines) == 1 and "一窑一码" in lines[0].text and "燃气窑炉企业（家）：312" in lines[0].text
    assert "巡查队" in place_row_lines(TEXT, ("周铁",))[0].text  # twin: another row, by its bare name
    assert place_row_lines(TEXT, ("和桥镇",)) == []  # no row: no other row given
    assert place_row_lines(TEXT, ()) == []


def test_answers_on_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("宜兴丁蜀镇主要做法是啥").answer
    assert "一窑一码" in a and "摸清底数" not in a, a
    a = extra_assistant.ask("周铁镇主要做法咋弄的").answer
    assert "巡查队" in a and "一窑一码" not in a, a
    a = extra_assistant.ask("宜兴和桥镇主要做法").answer
    assert "一窑一码" not in a.split("最接近")[0], a


def test_a_city_row_of_a_table_article(extra_assistant):
    # 2025年第30期 附件 部分设区市岁末年初安全检查情况: 盐城市 row, not 盐城's 海上风电 article
    a = extra_assistant.ask("盐城市岁末年初检查重点是啥").answer
    assert "化工园区、渔业船舶和农村自建房" in a and "检查重点" in a and "海上风电运维" not in a, a
    a = extra_assistant.ask("苏州岁末年初安全检查重点查了啥").answer  # twin: another row
    assert "粉尘涉爆" in a and "渔业船舶" not in a, a
