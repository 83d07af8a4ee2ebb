"""The place a part of a several-part question is searched in: its own, else the question's, not the province's ask."""

from rag_assistant.answer.scope import province_part

from support import squash


def test_a_province_part_names_none_of_the_questions_places():
    assert province_part("一季度全省事故多少起", ["淮安"])
    assert province_part("那全省呢", ["淮安"])  # a follow-up that widens a 淮安 question to the province
    assert not province_part("淮安全省排名第几", ["淮安"])  # it names the place: the place's own figure
    assert not province_part("淮安燃气管网改完多少公里", ["淮安"])


def test_the_province_part_is_answered_from_the_province_article(extra_assistant):
    # 2025年第9期: the province meeting (清理林下可燃物超过4600吨) and 淮安 (城镇燃气经营企业43家); before, the first ask
    # was searched in 淮安's sentences only and refused as 淮安's 可燃物.
    a = extra_assistant.ask("全省清理林下可燃物多少吨？淮安燃气经营企业有几家")
    said = squash(a.answer)
    assert "4600吨" in said and "43家" in said, a.answer


def test_a_part_naming_its_own_place_is_searched_there_not_in_the_questions_first_place(extra_assistant):
    # 2024年第21期: the first ask (连云港…怎么样) is no figure ask, so the one part read is the second, which names 宿迁;
    # before, it was searched in 连云港's sentences (the question's first place) and refused.
    a = extra_assistant.ask("连云港石化基地那边情况怎么样？宿迁电动自行车回收旧车多少辆")
    assert "2.15万辆" in squash(a.answer), a.answer


def test_a_plan_for_next_year_is_found_in_the_issue_of_the_year_before(extra_assistant):
    # 2024年第27期 (.doc): 2025年拟再改造老旧管道2800公里. A part asking 2025 was searched in 2025 issues (and 2026
    # issues that state 2025年) only, and refused; an issue of the year before that states 2025年 plans for it.
    a = extra_assistant.ask("24年那期城镇燃气会议说2025年还要改造多少公里老旧管道")
    assert "2800公里" in squash(a.answer), a.answer
