"""Single figures of the extra issues asked the way staff type (round 34, helper h34).

Sentences of the extra issues (eval/extra_briefings/): 2025年第26期 全省累计排查危险化学品企业6320家…其中重大事故隐患126项;
江阴 活动计划全年服务企业1500家，截至9月底已服务1126家 and 四是培育示范标杆，从服务企业中评选安全管理示范企业30家;
2025年第24期 截至8月底，全省已完成燃气老旧管网改造2860公里，拟于年底前再改造1200公里 and 年底前实现设区市燃气、桥梁、
供水三类场景全覆盖，县（市）燃气场景覆盖率达到80%以上; 2026年第7期 南京 用2至3年时间完成老旧燃气管网更新改造1200公里."""

from __future__ import annotations

from rag_assistant.answer.classified import asked_class
from rag_assistant.answer.domain import expansion
from rag_assistant.answer.rate_owner import owner_unsaid
from rag_assistant.answer.scope import year_to_date
from rag_assistant.answer.steps import action_elsewhere

_SCENES = "年底前实现设区市燃气、桥梁、供水三类场景全覆盖，县（市）燃气场景覆盖率达到80%以上。"
_JIANGYIN = "四是培育示范标杆，从服务企业中评选安全管理示范企业30家，组织观摩交流活动16场。"


def test_a_short_form_the_corpus_says_also_searches_its_long_form():
    corpus = "全市危化品企业累计排查隐患 全省累计排查危险化学品企业6320家"
    assert expansion("危化品企业排查了多少家", corpus) == ["化学品"]  # one word, not 危险|化学|化学品
    assert expansion("危化品企业排查了多少家", "全市危化品企业") == []  # twin: no long form in the corpus
    assert expansion("塔吊有多少台", "塔式起重机1136台") == ["塔式", "起重", "塔式起重", "机"]  # unsaid form: as before


def test_a_class_word_modifying_another_noun_asks_no_class():
    assert asked_class("燃气老旧管网年底前还打算改多少公里", _SCENES) == ("", ())
    assert asked_class("燃气场景覆盖率多少", _SCENES)[0] == "燃气"  # twin: the classified noun is said
    assert asked_class("燃气的有多少", _SCENES)[0] == "燃气"  # twin: the class word alone
    red = "按风险高低分别推送红、黄、绿三色预警：红色预警由管网权属单位30分钟内到场处置"
    assert asked_class("红色预警有几条", red)[0] == "红"


def test_a_level_of_government_is_no_kind_of_the_rated_thing():
    before = "年底前实现设区市燃气、桥梁、供水三类场景全覆盖，县（市）燃气场景覆盖率达到"
    for question in ("县里燃气场景覆盖率要达到多少", "县级燃气场景覆盖率要达到多少"):
        assert not owner_unsaid(question, before)
    assert owner_unsaid("供水管网场景覆盖率要达到多少", before)  # twin: another kind of 场景 is still another


def test_the_whole_selected_from_is_not_the_figures_action():
    start = _JIANGYIN.index("从")
    end = _JIANGYIN.index("30家") + 3
    assert action_elsewhere("服务", _JIANGYIN, start, end)  # 30家 were 评选, from the 服务企业
    assert not action_elsewhere("评选", _JIANGYIN, start, end)  # twin: the figure's own verb
    plain = "活动计划全年服务企业1500家，截至9月底已服务1126家，完成年度计划的75.1%。"
    at = plain.index("截至")
    assert not action_elsewhere("服务", plain, at, plain.index("1126家") + 5)


def test_a_year_to_date_figure_is_part_of_the_asked_year():
    said = "会议指出，今年以来，全省累计排查危险化学品企业6320家，…其中重大事故隐患126项，已完成整改119项；"
    question = "2025年全省完成重大事故隐患整改多少项"
    assert year_to_date(question, (), said, 2025, "2025-10-17")
    assert not year_to_date(question, (), said, 2025, "2025-12-26")  # twin: a December issue's 今年以来 is the year
    assert not year_to_date("全省完成重大事故隐患整改多少项", (), said, 2025, "2025-10-17")  # twin: no year asked
    assert not year_to_date("2024年全省完成重大事故隐患整改多少项", (), said, 2025, "2025-10-17")  # another year


def test_a_district_article_is_another_subject_than_its_city():
    from types import SimpleNamespace

    from rag_assistant.answer.other_issue import same_subject
    from rag_assistant.ingest.gazetteer import find_places

    def entry(title):
        return SimpleNamespace(places=tuple(find_places(title)))

    city, district = entry("常州市：“企业安全码”赋能工贸企业精准监管"), entry("常州市金坛区：锂电新能源企业消防安全")
    assert not same_subject(city, district) and not same_subject(district, city)
    assert same_subject(city, entry("常州市：聚焦粉尘涉爆和有限空间 深化工贸行业安全治理"))  # twin: the city twice
    assert same_subject(entry("全省应急管理工作会议在南京召开"), entry("全省安全生产开门红工作推进会召开"))


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (
            ("危化品企业今年排查了多少个", "6320家", "5821"),
            ("危化品企业排查了多少家", "6320家", "187"),
            ("危化品重大事故隐患有几项", "126项", "1620"),
            ("燃气老旧管网年底前还打算改多少公里", "2025年第24期", "南京"),
            ("县里燃气场景覆盖率要达到多少", "80%", "简报未给出"),
            ("江阴已经服务了多少家企业", "1126家", "30家"),
            ("江阴评选了几家示范企业", "30家", "1126"),
            ("2025年全省完成重大事故隐患整改多少项", "4270项", "119项"),
            ("全省危化品重大事故隐患已完成整改几项", "119项", "4270"),
            ("常州工贸事故起数同比降了多少", "21.4%", "27.3%"),  # not the 金坛区 article's 火灾起数 of another issue
            ("金坛区工贸企业火灾起数同比降了多少", "27.3%", "21.4%"),
    ):
        answer = extra_assistant.ask(question)
        assert not answer.refused, question
        assert has in answer.answer and lacks not in answer.answer, (question, answer.answer)
