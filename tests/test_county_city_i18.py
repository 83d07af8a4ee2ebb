"""Round 18 (h-i18): 县级市 names a kind of city (宜兴市, 靖江市), not an ask of the county level that a text would
say by 县: 无锡那个县级市…多少家 is answered by 宜兴市…482家; 县级层面 / 县里 still asks the level."""

from rag_assistant.answer.scope import province_said

YIXING = "宜兴市共有陶瓷、紫砂生产企业1236家，其中使用燃气窑炉的企业482家《无锡宜兴市：陶瓷窑炉企业燃气安全专项整治》"


def test_a_county_level_city_is_no_level_ask():
    assert province_said("无锡那个县级市，使用燃气窑炉的企业有多少家", YIXING)
    assert not province_said("宜兴县级层面使用燃气窑炉的企业有多少家", YIXING)
    assert not province_said("宜兴县里使用燃气窑炉的企业有多少家", YIXING)


def test_county_level_cities_in_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("无锡那个县级市，使用燃气窑炉的陶瓷紫砂企业有多少家？")
    assert not a.refused and "482家" in a.answer, a.answer
    a = extra_assistant.ask("徐州的县级市新沂，烟花爆竹零售经营网点有多少个？")
    assert not a.refused and "683个" in a.answer, a.answer
    assert extra_assistant.ask("启东县级层面储存使用危险化学品的实验室有多少间？").refused
