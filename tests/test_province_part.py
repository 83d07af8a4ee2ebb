"""A part of a several-part question that asks the province's figure is not of the city another part names."""

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
