"""Single figures of the extra issues (eval/extra_briefings/) asked the way staff type, each with a twin whose right
answer differs. Round 29 fixed three readings:

- a figure in occurrences (累计培训员工3.5万人次, 2026年第10期 金坛) does not give a stock (员工有多少人): stock_times.py;
- a place the segmenter glues to the asked modifier (东海水晶/作坊) is shed before the modifier is looked up in the
  article that says 现有水晶加工作坊约4300家 (2025年第33期): place_prefix.py, unnamed_kind.asked_modifier;
- a table cell's own words (露天矿山 | 49座 | 边坡在线监测45座 under 数量 | 已建成系统, 2025年第9期 徐州) pick its
  column as a header's would: tables.column_fit."""

from __future__ import annotations

import pytest

from rag_assistant.answer.place_prefix import after_place
from rag_assistant.answer.stock_times import occurrences_for_stock
from rag_assistant.answer.unnamed_kind import asked_modifier


def test_occurrences_do_not_give_a_stock():
    assert occurrences_for_stock("金坛锂电企业员工有多少人", "人", "人次")
    assert occurrences_for_stock("常州有多少家企业", "家", "家次")
    assert not occurrences_for_stock("金坛锂电企业培训了多少人次", "人次", "人次")  # occurrences asked
    assert not occurrences_for_stock("金坛锂电企业培训了多少人", "人", "人次")  # an action asked, not a stock
    assert not occurrences_for_stock("金坛锂电企业员工有多少人", "人", "人")


def test_a_place_is_no_modifier():
    assert after_place("东海水晶") == "水晶"
    assert after_place("金坛") == ""
    assert after_place("水晶") is None
    assert asked_modifier("东海水晶作坊多少家", "作坊") == "水晶"
    assert asked_modifier("常州粉尘企业多少家", "企业") == "粉尘"


FIGURES = (
    # (question, figure as written, issue)
    ("常州粉尘涉爆企业有多少家", "1342", "2024年第8期"),
    ("常州有限空间作业企业多少家", "3.6 万余家", "2024年第8期"),
    ("镇江淘汰落后工艺装备几套", "38 套", "2024年第8期"),  # cut by a page break
    ("兴化烘干机有多少家", "680余家", "2024年第15期"),
    ("兴化烘干机有几台", "2150台", "2024年第15期"),
    ("新沂北沟街道零售网点有几个", "94", "2024年第27期"),
    ("邳州新河镇木业园企业数是多少", "836", "2025年第4期"),
    ("大丰养老机构床位有多少张", "6300余张", "2025年第4期"),
    ("江都赋码多少家", "1.16万家", "2025年第9期"),
    ("江都九小场所有多少家", "超过1.2万家", "2025年第9期"),
    ("徐州露天矿山边坡在线监测建了几座", "45座", "2025年第9期"),
    ("徐州露天矿山有几座", "49座", "2025年第9期"),
    ("常熟古里镇检测企业多少家", "864", "2025年第12期"),
    ("沭阳颜集镇仓储点多少家", "310", "2025年第20期"),
    ("盛泽镇纺织企业有多少家", "8700余家", "2025年第24期"),
    ("吴江纺织企业一共多少家", "1.26万家", "2025年第24期"),
    ("常州转码的红码企业有几家", "47家", "2025年第26期"),
    ("泰州靖江船舶修造企业几家", "71", "2025年第26期"),
    ("丹阳眼镜企业有多少家", "三千余家", "2025年第30期"),
    ("昆山承租企业多少家", "1.16万家", "2025年第33期"),
    ("东海水晶作坊多少家", "4300家", "2025年第33期"),
    ("海门小微工贸企业有几家", "4100余家", "2026年第7期"),
    ("金坛电池材料企业几家", "37", "2026年第10期"),
    ("金坛锂电企业培训了多少人次", "3.5万人次", "2026年第10期"),
    ("江都培训从业人员多少人次", "近2.3万人次", "2025年第9期"),
)


@pytest.mark.parametrize("question,figure,issue", FIGURES)
def test_figures_of_the_extra_issues(extra_assistant, question, figure, issue):
    a = extra_assistant.ask(question)
    assert not a.refused and figure in a.answer and issue in a.answer and "[1]" in a.answer, (question, a.answer)


@pytest.mark.parametrize("question,shown", (
    ("金坛锂电企业员工有多少人", "3.5万人次"),  # only person-times of training are given
    ("无锡岁末年初检查单位多少家次", ""),  # the annex table lists 南京、苏州、南通、盐城 only
))
def test_measures_not_given(extra_assistant, question, shown):
    a = extra_assistant.ask(question).answer
    head = a.split("简报提到")[0]
    assert "未给出" in head or "未找到" in head, a
    assert not shown or shown not in head, a
