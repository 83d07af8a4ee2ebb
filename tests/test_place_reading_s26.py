"""Place reading in count questions: a place name the segmenter glues onto the noun after it (苏州企业 is one jieba
word), and a relative clause that picks a place (推行一窑一码的那个镇), not the counted thing.

Sentences: bundled 苏州：多措并举提升全民安全意识 (建成116家公办体验馆、105家企业体验馆); 2025年第30期 宜兴 table row
丁蜀镇 312 2260 推行“一窑一码” (排查隐患 column 2260, city-wide 共排查隐患3470处); 2026年第13期 泰州靖江市 (住宅巡查单元
942 个); 2021年第10期 盐城市滨海县 (核增18名编制); 2025年第9期 扬州市江都区 (已赋码1.16万家)."""

from __future__ import annotations

from rag_assistant.answer.bare_pointer import ambiguous_town_pointer
from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.pointed_place import opens_pointed_place
from rag_assistant.answer.support import asked_steps
from rag_assistant.place_word import split_place_word


def test_a_place_glued_to_a_noun_is_split_off():
    assert split_place_word("苏州企业", "nz") == (("苏州", "ns"), ("企业", "n"))
    assert split_place_word("南京大学", "nt") == (("南京大学", "nt"),)  # an organisation keeps its name
    assert split_place_word("化工企业", "n") == (("化工企业", "n"),)  # twin: no place in it
    assert measure_of("苏州企业建成体验馆的有多少家") == "企业"
    assert measure_of("化工企业建立报告制度的有几家") == "化工企业"  # twin: the subject's own modifier stays


def test_a_clause_picking_a_place_names_no_step_of_the_counted_thing():
    assert opens_pointed_place("那个镇排查了")
    assert not opens_pointed_place("隐患整改了")
    assert asked_steps("宜兴推行一窑一码的那个镇排查了多少处隐患") == ("排查", ())
    # twin: a clause on the counted thing keeps its verb as an earlier step
    assert "交办" in asked_steps("交办的问题整改了多少个")[1]


def test_a_bare_town_pointer_is_ambiguous_among_several_towns():
    towns = "以丁蜀镇为重点……丁蜀镇 312 2260；周铁镇 96 680；新街街道 74 530"
    assert ambiguous_town_pointer("宜兴那个镇排查了多少处隐患", towns)
    assert not ambiguous_town_pointer("宜兴推行一窑一码的那个镇排查了多少处隐患", towns)  # a clause picks it
    assert not ambiguous_town_pointer("宜兴那个镇排查了多少处隐患", "宜兴市共排查隐患3470处")  # no town named
    assert not ambiguous_town_pointer("淮安那个镇街监管队伍建设工作指引提了几条措施", towns)  # no pointer


def _refused(a: str) -> bool:
    return "未给出" in a.split("简报提到")[0] or "未找到" in a


def test_answers_on_the_briefings(extra_assistant):
    for question, has in (("苏州企业建成体验馆的有多少家", "105"),
                          ("苏州公办体验馆建了几家", "116"),
                          ("宜兴推行一窑一码的那个镇排查了多少处隐患", "2260"),
                          ("宜兴周铁镇燃气窑炉企业有几家", "96"),
                          ("苏州昆山摸排出租厂房多少幢", "3142"),
                          ("苏州张家港储罐有几座", "1460"),
                          ("泰州那个县划了多少个住宅巡查单元", "942"),
                          ("扬州江都赋码了多少家", "1.16万"),
                          ("扬州那个区消防进商铺搞了几场", "320"),
                          ("盐城那个县核增了多少编制", "18")):
        a = extra_assistant.ask(question).answer
        assert has in a and not _refused(a), (question, a)
    # twins: places and towns the briefings never mention, and a stated figure's unstated neighbour
    for question in ("宜兴和桥镇排查了多少处隐患", "苏州吴江摸排出租厂房多少幢", "泰州兴化划了多少个住宅巡查单元",
                     "扬州仪征赋码了多少家", "盐城阜宁核增了多少编制", "张家港划定一般风险区域几处",
                     "宜兴那个镇排查了多少处隐患"):  # several towns: the city's 3470处 is no town's
        a = extra_assistant.ask(question).answer
        assert _refused(a), (question, a)
