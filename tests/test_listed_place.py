"""A list before a verb that acts on the counted thing says where or by whom (在港口和渡口配备灭火器300具), not
which kinds the figure sums: a question naming one of the places still asks the thing counted. A list of
kinds of the counted thing itself stays a sum (宣传手册、告知书27万份 for 告知书)."""

from __future__ import annotations

from rag_assistant.answer.joint import joint_count


def test_a_list_of_places_before_the_verb_is_not_a_sum_of_kinds():
    window = "在港口和渡口配备灭火器300具"
    assert not joint_count("港口配了多少灭火器", window, "300具", "具")


def test_a_list_of_the_counted_kinds_is_still_their_sum():
    assert joint_count("发了多少份告知书", "发放宣传手册、告知书27万份", "27万份", "份")



def test_a_list_of_places_before_a_verb_inside_the_run_is_cut_at_the_verb():
    # 船坞、舱室作业区域 say where; 安装 acts on 视频监控和可燃气体监测报警装置, both of which the question names
    window = "在重点船企船坞、舱室作业区域安装视频监控和可燃气体监测报警装置1960台（套）"
    assert not joint_count("泰州船企视频监控和气体报警装了多少台套", window, "1960台", "台")
    # a verb-like word inside a compound (告知|书) does not cut the list
    assert joint_count("发了多少份告知书", "发放宣传手册、告知书27万份", "27万份", "份")


def test_a_verb_opening_an_item_modifies_that_item_and_keeps_the_list():
    # 制售假证窝点 is one kind of 窝点 (a verb opening the item), not the verb of the clause
    window = "捣毁非法存储仓库窝点、制售假证窝点、农村黑气点等71个"
    assert not joint_count("连云港捣毁了几个窝点", window, "71个", "个")
