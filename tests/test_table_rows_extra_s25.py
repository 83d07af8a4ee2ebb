"""Figure questions over the extra issues' tables (round 25): a row the question does not name is a part, and a
row's prose cell is no word of its number cells.

Causes covered (probes written from the table-bearing extra issues, read as the loaders read them):
- a question naming no row of a table without a 合计 row (宜兴陶瓷窑炉燃气隐患一共排查了多少处) asks the subject's
  whole, which prose states (共排查隐患3470处), not the 新街街道 row's 530 (unnamed_row.unnamed_row_fit);
- a prose cell of a row (主要做法: 老旧窑炉分批改用电窑，年内淘汰燃气窑炉40台) describes the row's work; its words
  are not words of the number cells before it (tables.row_record_end, window.figure_window);
- a demonstrative place picked by a relative clause (…检查重点是地铁在建工地的那个市检查了多少家次) is the place asked
  about, not the counted thing (pointed_place.py, support.patient_noun): the row's 检查单位 cell answers.
Twins: a row named by its label (丁蜀镇, 颜集镇, 棋盘镇), by its bare label (苏州) or by its head (电芯 for 电芯制造,
移送 for 移送司法机关) keeps its cell; prose wholes asked elsewhere (沭阳 5270处, 新沂 683个) keep theirs.
Tables: 2025年第30期 宜兴 and 附件, 2025年第20期 沭阳, 2024年第27期 新沂, 2025年第4期 邳州, 2026年第10期 金坛,
2026年第3期 执法情况."""

from __future__ import annotations

from rag_assistant.answer.tables import PART_ROW_FIT, row_record_end
from rag_assistant.answer.pointed_place import pointed_place
from rag_assistant.answer.unnamed_row import unnamed_row_fit

YIXING = ["共排查隐患3470处，已整改3360处，整改率96.8%；", "表 宜兴市重点镇（街道）陶瓷窑炉燃气整治进展",
          "镇（街道）\t燃气窑炉企业（家）\t排查隐患（处）\t主要做法",
          "丁蜀镇\t312\t2260\t推行“一窑一码”，报警装置与监管平台联网",
          "新街街道\t74\t530\t老旧窑炉分批改用电窑，年内淘汰燃气窑炉40台"]


def test_an_unnamed_row_of_a_table_without_a_total_row_is_a_part():
    row = YIXING[4]
    assert unnamed_row_fit(row, "宜兴陶瓷窑炉燃气隐患一共排查了多少处？", YIXING) == PART_ROW_FIT
    assert unnamed_row_fit(row, "宜兴新街街道排查隐患多少处", YIXING) == 1.0
    assert unnamed_row_fit(YIXING[3], "丁蜀排查了多少处", YIXING) == 1.0  # the label without its suffix
    assert unnamed_row_fit(YIXING[0], "宜兴一共排查了多少处", YIXING) == 1.0  # prose is no row
    rows = ["类别\t企业数(家)\t排查隐患(处)", "电芯制造\t21\t486", "电池材料\t37\t612"]
    assert unnamed_row_fit(rows[1], "金坛电芯企业排查了多少处隐患", rows) == 1.0  # the label's head
    total = ["镇\t企业（家）", "海虞镇\t1120", "合计\t2681"]
    assert unnamed_row_fit(total[1], "一共检测了多少家", total) == 1.0  # a 合计 table: total_row_fit weighs it


def test_a_prose_cell_ends_the_words_of_the_number_cells_before_it():
    row = YIXING[4]
    assert row[:row_record_end(row, row.index("530") + 3)].rstrip() == "新街街道\t74\t530"
    assert row_record_end(row, row.index("40台") + 3) == len(row)  # a figure inside the prose cell keeps it
    plain = "执法检查\t8.9万家次\t增长6.3%"
    assert row_record_end(plain, plain.index("家次") + 2) == len(plain)  # no prose cell: the whole record


def test_a_demonstrative_place_is_no_counted_thing():
    assert pointed_place("那个市") and pointed_place("哪个县") and pointed_place("这个镇")
    assert not pointed_place("那个企业") and not pointed_place("市场") and not pointed_place("隐患")


def _answer(assistant, question: str) -> str:
    return assistant.ask(question).answer.split("\n[1]")[0]


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (
            ("宜兴陶瓷窑炉燃气隐患一共排查了多少处？", "3470", "530"),
            ("宜兴丁蜀镇排查出多少处燃气隐患？", "2260", "3470"),
            ("宜兴周铁镇燃气窑炉企业多少家", "96", "482"),
            ("宜兴用燃气窑炉的企业有多少家", "482", "未给出"),
            ("沭阳电商仓储一共排查出多少处隐患", "5270", "未给出"),
            ("沭阳颜集镇排查隐患多少处", "1150", "5270"),
            ("新沂烟花爆竹零售网点有多少个", "683", "未给出"),
            ("新沂棋盘镇零售网点有几个", "58", "683"),
            ("25年第30期附件里苏州检查了多少家次？", "5.8万", "未给出"),
            ("金坛电芯企业排查了多少处隐患", "486", "未给出"),
            ("25年全省移送司法多少起", "312", "未给出"),
            ("25年第30期附件里检查重点是地铁在建工地的那个市检查了多少家次", "4.2万", "未给出"),
            ("25年第30期附件里盐城发现了多少处隐患", "2.7万", "未给出")):
        a = _answer(extra_assistant, question)
        assert has in a and lacks not in a, (question, a)
