"""A place below the city a question names (a town, a county or district next to its city) is the place asked: its
figure must be one an article gives for it, else the briefings do not give it (never the city's or county's own)."""

from rag_assistant.answer.localities import towns

from support import squash


def test_a_town_is_read_by_its_suffix_between_a_boundary_and_the_suffix():
    # The segmenter splits these names at random (贤|官镇, 和|桥镇); the named county or a comma bounds them.
    assert towns("沭阳贤官镇电商仓储排查了多少隐患？") == ("贤官镇",)
    assert towns("宜兴和桥镇燃气窑炉企业有多少家？") == ("和桥镇",)
    assert towns("吴江纺织企业电气隐患整治，盛泽镇的整改率是多少？") == ("盛泽镇",)
    assert towns("新沂新安街道零售网点多少个") == ("新安街道",)
    # Common nouns built with the same suffixes name no town.
    for generic in ("重点镇有多少", "建制镇有多少", "南通各乡镇排查了多少", "城区街道有多少", "特色小镇有几个",
                    "宜兴市镇两级财政出资多少", "乡村旅游点多少"):
        assert towns(generic) == (), generic


def test_a_town_no_article_names_is_refused_not_answered_with_the_countys_figure(extra_assistant):
    # 2025年第20期 (沭阳县, 共排查发现隐患5270处) and 2025年第4期 (邳州市, a table of three 园区 by town).
    for question, county_figure in (("沭阳贤官镇电商仓储排查了多少隐患？", "5270"),
                                    ("邳州铁富镇板材企业排查隐患多少处？", "2486")):
        a = extra_assistant.ask(question)
        assert a.refused and county_figure not in squash(a.answer), a.answer
        assert question[2:5] in a.answer, a.answer  # the reason names the town


def test_a_town_an_article_names_only_elsewhere_is_not_given_the_whole_districts_figure(extra_assistant):
    # 2025年第24期: 全区有喷水织机等纺织企业1.26万家，其中盛泽镇8700余家 — the 整改率 is the district's.
    a = extra_assistant.ask("吴江区盛泽镇纺织企业电气火灾起数同比下降多少？")
    assert a.refused, a.answer


def test_a_town_the_article_names_in_a_table_row_or_clause_is_answered(extra_assistant):
    assert "1150" in squash(extra_assistant.ask("沭阳颜集镇排查隐患多少处？").answer)
    assert "58" in squash(extra_assistant.ask("新沂棋盘镇零售网点有多少个？").answer)
    assert "8700" in squash(extra_assistant.ask("吴江区纺织企业里盛泽镇有多少家？").answer)


def test_a_district_named_with_its_city_is_the_place_asked(extra_assistant):
    # 2025年第9期 淮安市 (2.7万余户非居民用户) and 2025年第20期 清江浦区 (老旧小区312个): 清江浦区's own article says
    # nothing of gas users, so 淮安's figure does not answer for 清江浦区.
    a = extra_assistant.ask("淮安清江浦区燃气非居民用户入户安检做了多少户？")
    assert a.refused, a.answer
    a = extra_assistant.ask("常州金坛区企业安全码红码企业转码的有多少家？")
    assert a.refused, a.answer
    assert "312" in squash(extra_assistant.ask("淮安清江浦区老旧小区有多少个？").answer)
    assert "380" in squash(extra_assistant.ask("常州金坛区新增专职消防队员多少名？").answer)


def test_a_zone_named_after_its_city_is_read_but_an_area_every_city_has_is_not():
    from rag_assistant.answer.localities import zones

    assert zones("常州高新区企业安全码红码转黄码的有几家？") == ("高新区",)
    assert zones("淮安经开区燃气经营企业有多少家？") == ("经开区",)
    assert zones("镇江新区化工企业签订安全承诺书多少家？") == ("镇江新区",)
    for common in ("镇江化工园区组织多少名专家", "邳州重点园区组建专职消防队多少支", "张家港储罐区划定重大风险区域多少处",
                   "南京开发区有多少企业", "无锡市区有多少", "南通海门区托管服务", "苏州老旧小区有多少",
                   "句容在重点景区设了几个临时救援点", "六合区给高后果区装了多少套"):
        assert zones(common) == (), common


def test_a_zone_no_article_names_is_refused_and_an_area_the_article_says_is_answered(extra_assistant):
    # 2025年第26期 常州市 (196家企业由红码、橙码转为黄码或蓝码) says nothing of 高新区.
    a = extra_assistant.ask("常州高新区企业安全码红码转黄码的有几家？")
    assert a.refused and "高新区" in a.answer and "196" not in squash(a.answer), a.answer
    # 2024年第8期 镇江市: 组织 46 名省市专家对化工园区（集中区）逐一开展“体检式”评估.
    assert "46" in squash(extra_assistant.ask("镇江化工园区组织多少名省市专家开展体检式评估？").answer)
    assert "1136" in squash(extra_assistant.ask("南京江北新区在用塔式起重机有多少台？").answer)
