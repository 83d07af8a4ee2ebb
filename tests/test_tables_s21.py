"""A figure read from a table is shown as the asked cell, named by its row and its column (海虞镇，“检测企业（家）”一栏：
1120), not as the whole row, which "contains" every column's figure; and the asked unit picks the column when
the row's headers count in different units (整改了多少处 is the 已整改（处） column, not 零售网点（个）).

Tables of the synthetic extra issues (eval/extra_briefings/): 2025年第12期 常熟 镇（街道）| 检测企业（家）| 电气隐患（处）
发现 / 已整改; 2025年第26期 泰州 地区 | 企业数（家）| 排查隐患（处）| 已整改（处） with a 合计 row; 2024年第27期 新沂
镇（街道）| 零售网点（个）| 排查隐患（处）| 已整改（处）; 2026年第3期 项目 | 2025年 | 同比."""

from __future__ import annotations

from rag_assistant.answer.table_cell import cell_clause
from rag_assistant.answer.tables import OTHER_COLUMN_FIT, column_fit
from rag_assistant.numbers import extract_figures

XINYI_HEADER = "各镇（街道）零售网点检查情况如下： 镇（街道）\t零售网点（个）\t排查隐患（处）\t已整改（处）"
XINYI_ROW = "新安街道\t126\t218\t211"


def _at(row: str, surface: str) -> int:
    return next(f.start for f in extract_figures(row) if f.surface == surface)


def test_the_asked_unit_picks_the_column_of_that_unit():
    assert column_fit(XINYI_ROW, XINYI_HEADER, _at(XINYI_ROW, "126"), "处", "整改了多少处") == OTHER_COLUMN_FIT
    assert column_fit(XINYI_ROW, XINYI_HEADER, _at(XINYI_ROW, "211"), "处", "") == 1.0
    assert column_fit(XINYI_ROW, XINYI_HEADER, _at(XINYI_ROW, "126"), "个", "") == 1.0  # the twin: 多少个网点
    assert column_fit(XINYI_ROW, XINYI_HEADER, _at(XINYI_ROW, "126"), "", "") == 1.0  # no unit asked
    # a unit no column has (多少家) picks no column
    assert column_fit(XINYI_ROW, XINYI_HEADER, _at(XINYI_ROW, "126"), "家", "") == 1.0
    assert column_fit("共检测企业3215家", "", 5, "处", "检测了多少处") == 1.0  # prose
    # no column in the asked unit (多少个): the header sharing the question's words (已整改) is the asked column
    row, header = "颜集镇\t310\t1150\t1090", "表 沭阳县重点乡镇电商仓储整治情况 乡镇\t仓储点（家）\t排查隐患（处）\t已整改（处）"
    asked = "颜集镇隐患已经整改了多少个"
    assert column_fit(row, header, _at(row, "310"), "个", asked) == OTHER_COLUMN_FIT
    assert column_fit(row, header, _at(row, "1090"), "个", asked) == 1.0
    # the asked unit first, then the asked words among the columns in it: 零售网点…整改了多少处 is 已整改（处）
    asked = "新沂新安街道零售网点隐患整改了多少处"
    assert column_fit(XINYI_ROW, XINYI_HEADER, _at(XINYI_ROW, "126"), "处", asked) == OTHER_COLUMN_FIT
    assert column_fit(XINYI_ROW, XINYI_HEADER, _at(XINYI_ROW, "211"), "处", asked) == 1.0
    # a header naming only a period or a change tells no column apart
    row, header = "执法检查\t8.9万家次\t增长6.3%", "2025年全省应急管理执法情况 项目\t2025年\t同比"
    assert column_fit(row, header, _at(row, "6.3%"), "", "执法检查同比变化多少") == 1.0


def test_a_cell_is_named_by_its_row_and_column():
    figure = next(f for f in extract_figures(XINYI_ROW) if f.surface == "211")
    assert cell_clause(XINYI_ROW, XINYI_HEADER, figure) == "新安街道，“已整改（处）”一栏：211"
    row, header = "执法检查\t8.9万家次\t增长6.3%", "2025年全省应急管理执法情况 项目\t2025年\t同比"
    figure = extract_figures(row)[0]
    assert cell_clause(row, header, figure) == "执法检查，“2025年”一栏：8.9万家次"
    assert cell_clause("共检测企业3215家", "", extract_figures("共检测企业3215家")[0]) == ""  # prose keeps its clause


def _before_refusal(answer: str) -> str:
    return answer.split("简报提到")[0]


def test_answers_on_the_extra_tables(extra_assistant):
    for question, has, lacks in (
            ("常熟海虞镇检测了多少家企业？", ("海虞镇", "检测企业", "1120"), ("3046", "2978")),
            ("常熟古里镇电气隐患整改了几处？", ("古里镇", "已整改", "2260"), ("864", "2318")),
            ("常熟支塘镇发现电气隐患多少处？", ("支塘镇", "发现", "1905"), ("697", "1871")),
            ("新沂新安街道零售网点隐患整改了多少处？", ("新安街道", "已整改", "211"), ("126", "218")),
            ("新沂新安街道有多少个零售网点？", ("新安街道", "零售网点", "126"), ("211", "218")),  # twin
            ("新沂北沟街道网点隐患整改了几处？", ("北沟街道", "160"), ("94", "163")),
            ("泰兴船舶修造排查出多少处隐患？", ("泰兴市", "排查隐患", "612"), ("48", "590")),
            ("泰州船舶修造行业一共排查隐患多少处？", ("合计", "2415"), ("986", "2318")),
            ("沭阳颜集镇有多少家电商仓储点？", ("颜集镇", "仓储点", "310"), ("1150", "1090")),
            ("岁末年初安全检查苏州发现了多少隐患？", ("苏州市", "发现隐患", "7.3万"), ("5.8万", "6.9万")),
            ("2025年全省立案处罚多少起？", ("立案处罚", "1.27万起"), ("4.1%",))):
        a = extra_assistant.ask(question).answer
        assert all(h in a for h in has) and not any(x in a for x in lacks), (question, a)
    for question, row_figures in (("泰州姜堰区船舶修造企业有多少家？", ("71", "48", "26", "182")),
                                  ("新沂马陵山镇有几个零售网点？", ("126", "94", "58", "405"))):
        a = _before_refusal(extra_assistant.ask(question).answer)
        assert not any(f in a for f in row_figures), (question, a)  # a row not in the table is not another row's
