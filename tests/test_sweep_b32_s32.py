"""Round 32 sweep B (extra issues 2024年第27期, 2025年第4期, 2025年第9期): an elliptic second part (X呢) carries
the first part's column, not its row; a row named in the question is not answered by
another row; a compound the article resumes by its head word (燃气管道 → 管道) names the asked thing.

Tables of the extra issues: 新沂 镇（街道）| 零售网点（个）| 排查隐患（处）| 已整改（处） (新安街道 126 218 211,
北沟街道 94 163 160, 棋盘镇 58 97 97, 其他镇（街道） 405 689 652); 邳州 园区 | 企业数 | 排查隐患 | 已整改 (官湖镇板材
产业园 1120 2486 2395, 邳城镇家具产业园 542 968 941); 徐州 露天矿山 49座 边坡在线监测45座, 地下矿山 9座 人员定位
系统9座. 全省燃气推进会: 完成老旧燃气管道更新改造3260公里 … 2025年拟再改造老旧管道2800公里."""

from __future__ import annotations

from rag_assistant.answer.elliptic_terms import column_words, elliptic_borrowed, names_own_town
from rag_assistant.answer.other_row import other_row_named
from rag_assistant.answer.resumed_compound import resumed_compound


def test_elliptic_row_borrows_the_predicate_not_the_subject():
    got = elliptic_borrowed("新安街道已整改多少处", ("新安", "街道", "整改"), "北沟街道呢", ("北沟", "街道"), ("新安", "街道"))
    assert "整改" in got and "新安" not in got
    # twin: a kind of the counted noun (黄色的呢) is left as it was
    assert elliptic_borrowed("红色实验室多少间", ("红色", "实验室"), "黄色的呢", ("黄色",), ("实验室",)) == ("实验室",)
    assert "整改" in column_words("北沟街道呢", ("北沟", "街道", "整改"))
    assert column_words("已整改多少", ("整改", "北沟")) == "已整改多少"  # twin: not elliptic, its own words choose


def test_an_elliptic_town_is_its_own_scope():
    assert names_own_town("其他镇街道呢") and names_own_town("邳城镇家具产业园呢")
    assert not names_own_town("整改率呢") and not names_own_town("北沟街道排查了多少")


def test_another_row_named():
    paragraphs = ("类别　　　　数量　　　　已建成系统", "露天矿山　　49座　　　　边坡在线监测45座",
                  "地下矿山　　9座　　　　 人员定位系统9座", "尾矿库　　　12座　　　　在线监测系统12座")
    assert other_row_named(paragraphs[2], paragraphs, "露天矿山人员定位系统几座")
    assert not other_row_named(paragraphs[2], paragraphs, "地下矿山人员定位系统几座")
    assert not other_row_named(paragraphs[2], paragraphs, "人员定位系统建了几座")  # no row named
    assert not other_row_named("徐州市现有非煤矿山58座。", paragraphs, "露天矿山有几座")  # prose is no row


def test_a_resumed_compound_names_the_asked_thing():
    before = "完成老旧燃气管道更新改造3260公里。三是加快管网更新，2025年拟再改造老旧"
    assert resumed_compound("燃气管道", "管道", before)
    assert not resumed_compound("燃气管道", "管道", "三是加快管网更新，2025年拟再改造老旧")  # never said in full
    assert not resumed_compound("乡镇方案", "五定方案", "乡镇方案……五定方案")  # another modifier of its own


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("新安街道已整改多少处，北沟街道呢", ("211", "160"), ("163",)),
                                 ("新安街道零售网点几个，其他镇街道呢", ("126", "405"), ("218",)),
                                 ("官湖镇板材产业园已整改多少处，邳城镇家具产业园呢", ("2395", "941"), ("未给出",)),
                                 ("北沟街道排查了多少处隐患，棋盘镇呢", ("163", "97"), ("160",)),
                                 ("新安街道零售网点几个？已整改了多少", ("126", "211"), ("218",)),
                                 ("徐州地下矿山人员定位系统建了几座", ("9座",), ("未给出",)),
                                 ("徐州露天矿山边坡在线监测建了几座", ("45座",), ("未给出",)),
                                 ("2025年拟再改造老旧燃气管道多少公里？", ("2800公里",), ("未给出",)),
                                 ("燃气推进会老旧管道改造了多少公里", ("3260公里",), ("未给出",))):
        a = extra_assistant.ask(question).answer
        assert all(h in a for h in has) and not any(x in a.split("简报提到")[0] for x in lacks), (question, a)
    for question in ("露天矿山人员定位系统几座", "徐州地下矿山边坡在线监测建了几座", "燃气推进会上说明年老旧供水管道打算改造多少公里"):
        a = extra_assistant.ask(question)
        assert a.refused, (question, a.answer)
