"""Question understanding and follow-up carry-over: pure functions over the real index's library."""

from __future__ import annotations

import pytest

from rag_assistant.answer.condense import MAX_TURNS, condense, is_followup
from rag_assistant.answer.library import Library
from rag_assistant.answer.understand import understand
from rag_assistant.index.store import open_store
from rag_assistant.text import normalize_question
from rag_assistant.units import class_fit, unit_class


@pytest.fixture(scope="module")
def library(built_index) -> Library:
    return Library(open_store(built_index))


def intent_of(question: str, library: Library):
    return understand(normalize_question(question), library)


# ---------------------------------------------------------------- kinds from question words

@pytest.mark.parametrize("question,kind", [
    ("南通市累计排查企业多少家？", "figure"),
    ("南通有几家企业获评5G工厂？", "figure"),
    ("宿迁发了多少奖金？", "figure"),
    ("无锡的做法有哪些？", "open"),
    ("扬州开展了哪些工作？", "open"),
    ("盐城滨海县是怎么做的？", "open"),
    ("南京金陵应急骑士是怎么回事？", "open"),
    ("南通和无锡哪个配备的巡查员多？", "compare"),
    ("镇江和常州罚款哪个多？", "compare"),
    ("哪几期简报登过南通的文章？", "list"),
    ("2025年的简报介绍了哪些地方？", "list"),
    ("2025年第14期刊登了哪几篇文章？", "list"),
    ("全省什么时候进入主汛期？", "when"),
    ("滨海县应急系统多久组织一次考试？", "when"),
    ("宿迁有没有建立隐患报告奖励机制？", "yesno"),
    ("简报有没有报道过淮安？", "yesno"),
    ("最新一期简报是哪一期？", "metadata"),
    ("2026年第13期是哪一天的简报？", "metadata"),
    ("宿迁的隐患报告奖励机制登在哪一期上？", "metadata"),
])
def test_kind_comes_from_the_question_words(library, question, kind):
    assert intent_of(question, library).kind == kind


def test_list_questions_say_what_they_list(library):
    assert intent_of("哪几期简报登过南通的文章？", library).asks == "issues"
    assert intent_of("2025年的简报介绍了哪些地方？", library).asks == "places"
    assert intent_of("2025年第14期刊登了哪几篇文章？", library).asks == "articles"


# ---------------------------------------------------------------- unit classes

@pytest.mark.parametrize("question,cls", [
    ("南通用无人机查了几处闲置厂房？", "count"),
    ("南通用无人机查了多少处闲置厂房？", "count"),
    ("南通5G工厂有多少个？", "count"),
    ("南通配了多少巡查员？", "people"),
    ("无锡巡察抽调业务骨干的人数是多少？", "people"),
    ("苏州组织多少人次进村入企？", "people"),
    ("海安考出中级注安师能补多少钱？", "money"),
    ("宿迁拟发放奖励金额多少万元？", "money"),
    ("南通督促企业整改率达到多少？", "ratio"),
    ("南通组织了多少场次社会面小场所培训？", "times"),
    # the general classifier 个 counts whatever its noun is: people when the noun names persons
    ("南通配了几个网格员？", "people"),
    ("宿迁有多少个安全管理人员参加培训？", "people"),
    ("南通划分了多少个巡查单元？", "count"),
    ("无锡巡察刑事拘留了几个人？", "people"),  # 个 before 人 itself
    ("连云港石化基地一年产值多少？", "money"),  # a measure noun of money without a unit word
    ("扬州三位一体执法检查罚款占比多少？", "ratio"),  # the ratio noun says the measure, not 罚款
])
def test_a_question_word_asks_for_a_unit_class(library, question, cls):
    assert intent_of(question, library).parts[0].unit_class == cls


def test_unit_classes_match_by_class_not_by_character():
    assert unit_class("处") == unit_class("个") == unit_class("项") == "count"
    assert unit_class("名") == unit_class("人次") == "people" and unit_class("万元") == "money"
    assert class_fit("count", "处") == 1.0 and class_fit("people", "人") == 1.0
    assert class_fit("people", "元") == 0.0 and class_fit("money", "家") == 0.0
    assert 0 < class_fit("count", "家次") < 1.0  # a related class is a weaker match


# ---------------------------------------------------------------- parts, qualifiers, measure

def test_each_conjunct_of_ge_or_fenbie_is_its_own_part(library):
    parts = intent_of("靖江市13个镇街共划分工业、行业、小场所、住宅巡查单元各多少个？", library).parts
    assert len(parts) == 4 and all(p.unit_class == "count" for p in parts)
    assert "住宅" in parts[3].focus and "工业" in parts[0].focus
    parts = intent_of("南通分别配备了多少名企业班组安全员和社会面小场所消防安全员？", library).parts
    assert len(parts) == 2 and all(p.unit_class == "people" for p in parts)


def test_two_question_words_are_two_parts(library):
    parts = intent_of("南通排查了多少家企业，查处了多少家次？", library).parts
    assert [p.unit for p in parts] == ["家", "家次"]
    parts = intent_of("徐州对多少家生产经营单位报告的多少条较大以上风险进行了分级分类推送？", library).parts
    assert [p.unit for p in parts] == ["家", "条"]


def test_an_elliptic_ne_part_asks_the_same_quantity_and_a_part_naming_people_keeps_its_class(library):
    parts = intent_of("南通安全口袋书印了多少本？应知应会手册呢？", library).parts
    assert len(parts) == 2 and parts[1].unit == "本" and "手册" in parts[1].terms
    parts = intent_of("南通多少个镇街明确了副书记主管安全？在编监管人员配了多少？", library).parts
    assert (parts[1].unit, parts[1].unit_class) == ("", "people")  # not the 个 of the first part
    assert len(intent_of("那盐城呢？", library).parts) == 1  # a lone 呢 question stays one part


def test_a_conjunction_without_ge_is_one_figure(library):
    assert len(intent_of("连云港查封了多少个不合格灶具、调压阀？", library).parts) == 1


def test_qualifiers_are_read_from_the_part(library):
    parts = intent_of("宿迁市拟发放奖励金额和已发放奖励金额分别是多少？", library).parts
    assert [p.qualifiers for p in parts] == [("拟",), ("已",)]
    assert intent_of("镇江一季度排查隐患同比增长了多少？", library).parts[0].qualifiers == ("同比",)


def test_a_change_or_a_rate_per_unit_is_a_qualifier_the_figure_must_carry(library):
    from rag_assistant.answer.lexicon import REQUIRED_QUALIFIERS

    assert intent_of("常州粉尘涉爆企业事故同比下降了多少？", library).parts[0].qualifiers == ("同比",)
    assert intent_of("宿迁电动车以旧换新每辆补多少钱？", library).parts[0].qualifiers == ("平均",)
    assert {"同比", "平均"} <= REQUIRED_QUALIFIERS


@pytest.mark.parametrize("question,kind,unit", [
    ("盐城渔船监控平台发了几期大风预警？", "figure", "期"),  # 期 counts the warnings
    ("2025年出了几期简报？", "list", None),                 # 期 counts briefings
    ("现在一共有几期？", "list", None),
])
def test_qi_counts_briefings_only_when_nothing_else_follows_it(library, question, kind, unit):
    intent = intent_of(question, library)
    assert intent.kind == kind
    if unit:
        assert intent.parts[0].unit == unit


def test_a_place_word_is_never_the_measure_and_a_common_noun_tagged_as_place_is(library):
    assert intent_of("南通多少个镇街明确了副书记（主任）主管安全？", library).parts[0].measure == "镇街"
    assert intent_of("南通六化建设配了多少辆执法车？", library).parts[0].measure == "执法车"  # not 车
    assert intent_of("滨海县安全监管队伍现在一共多少人？", library).parts[0].measure == "安全监管队伍"


def test_who_with_words_before_duo_is_a_comparison_and_a_bare_place_side_gets_the_predicate(library):
    intent = intent_of("南通和宿迁，谁发的隐患报告奖励金额多？", library)
    assert intent.kind == "compare" and [p.place for p in intent.parts] == ["南通", "宿迁"]
    assert all("奖励" in p.terms for p in intent.parts)


def test_the_measure_is_the_counted_noun_next_to_the_question_word(library):
    assert intent_of("南通有多少家重点企业实现了预案监管全覆盖？", library).parts[0].measure == "重点企业"
    assert intent_of("常州目前建成基层综合应急救援队伍多少支？", library).parts[0].measure.endswith("救援队伍")
    assert intent_of("盐城有多少艘登记渔船？", library).parts[0].measure == "渔船"  # the verb before it is no part
    assert intent_of("宿迁拟发放奖励金额是多少？", library).parts[0].measure == ""  # the class noun says it
    # a two-character verb inside a compound noun (充电 is tagged v) does not cut the measure
    # (电动车 is read in the texts' own form, 电动自行车: answer/domain.py)
    assert intent_of("宿迁一共建成多少个电动车充电端口？", library).parts[0].measure == "电动自行车充电端口"
    # an attribute word (省级, tagged b) before the noun is part of it, also after a unit: 多少人次省级专家
    assert intent_of("南通打非治违请了多少人次省级专家？", library).parts[0].measure == "省级专家"
    # a word an aspect particle follows is a verb, whatever jieba tags it (报 is tagged n): not in the measure
    assert intent_of("徐州多少家单位报了较大以上风险？", library).parts[0].measure == "单位"


def test_compare_sides_are_places_or_years(library):
    parts = intent_of("南通和无锡哪个配备的巡查员多？", library).parts
    assert [p.place for p in parts] == ["南通", "无锡"]
    parts = intent_of("南通的巡查员，2025年和2026年的简报里各是多少？", library).parts
    assert sorted(p.year for p in parts) == [2025, 2026]


# ---------------------------------------------------------------- places and scope

def test_places_come_from_the_gazetteer_and_county_names_from_titles(library):
    assert intent_of("泰州靖江的经验是什么？", library).places == ("泰州", "靖江")
    assert "滨海" in intent_of("滨海全年计划办几次培训班？", library).places  # bare county named by a title
    assert intent_of("南通市累计排查企业多少家？", library).places == ("南通",)


def test_scope_words_resolve_to_briefings_and_are_named(library):
    i = intent_of("二〇二六年第十三期里南通配了多少巡查员？", library)
    assert (i.year, i.number, i.sources, i.scope) == (2026, 13, ("003_07edcc791e64548a.txt",), "2026年第13期")
    i = intent_of("最新一期简报中南通全市配备了多少名巡查员？", library)
    assert i.scope == "最新一期 2026年第13期"
    assert intent_of("25年第14期都登了些啥？", library).sources == ("000_c4edaeb9e379b5d7.txt",)


def test_a_malformed_issue_number_is_a_scope_problem_not_another_issue(library):
    i = intent_of("第十十十期报道了什么？", library)
    assert i.scope_problem == "第十十十期" and i.number is None and i.sources == ()


def test_a_year_no_briefing_has_is_a_year_of_the_data(library):
    i = intent_of("徐州市2022年生产安全事故死亡人数是多少？", library)
    assert i.sources is not None  # the undated special feature carries year 2022 in its sidecar
    i = intent_of("盐城2019年以来救了多少渔民？", library)
    assert i.sources is None and "2019年" in i.parts[0].focus


def test_chat_scope_is_named_in_the_intent(library):
    latest = library.briefings[0]
    i = understand("扬州开展了哪些工作？", library, chat_scope=[latest.source])
    assert i.sources == (latest.source,) and i.scope == "2026年第13期"


# ---------------------------------------------------------------- normalisation

def test_questions_are_normalised_to_simplified_characters_and_arabic_numerals():
    assert normalize_question("南通市累計排查企業多少家？") == "南通市累计排查企业多少家？"
    assert normalize_question("二〇二六年第十三期") == "2026年第13期"
    assert normalize_question("25年第14期") == "2025年第14期"
    assert normalize_question("运行15年以上的装置") == "运行15年以上的装置"
    assert normalize_question("第十十十期") == "第十十十期"



def test_simplification_with_only_the_t2s_tables_is_opencc_t2s_on_the_briefings_in_traditional_form():
    from opencc_purepy import OpenCC

    from support import BUNDLED
    from rag_assistant.text import to_simplified

    lines = [line for p in sorted(BUNDLED.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines() if line]
    traditional = [OpenCC("s2t").convert(line) for line in lines]
    assert sum(t != s for t, s in zip(traditional, lines)) > 100
    full = OpenCC("t2s")  # every table of the package loaded
    assert [to_simplified(t) for t in traditional] == [full.convert(t) for t in traditional]


def test_a_simplified_phrase_is_not_turned_traditional():
    # the packaged OpenCC phrase table maps 结束 (simplified) to 結束: a question asking when something 结束
    # must keep its word, or it never meets the briefings' 结束
    from opencc_purepy import OpenCC

    assert OpenCC("t2s").convert("结束") == "結束"  # the table's error, still in the package
    assert normalize_question("专项整治什么时候结束？") == "专项整治什么时候结束？"
    assert normalize_question("專項整治什麼時候結束？") == "专项整治什么时候结束？"

# ---------------------------------------------------------------- follow-ups

def test_followup_swaps_the_place_and_keeps_the_measure(library):
    s = condense("那无锡呢？", ["南通开展安全生产专项巡察情况如何？"], library)
    assert s.text == "无锡开展安全生产专项巡察情况如何？"


def test_followup_substitutes_the_subject_noun_phrase(library):
    s = condense("那危化品经营企业呢？", ["宿迁市有多少家化工企业建立了事故隐患报告制度？"], library)
    assert s.text == "宿迁市有多少家危化品经营企业建立了事故隐患报告制度？"


def test_followup_changes_only_the_qualifier(library):
    s = condense("已经发放了多少？", ["宿迁2025年度拟发放的隐患报告奖励金额是多少？"], library)
    assert "已经发放" in s.text and "拟" not in s.text and "宿迁" in s.text


def test_followup_carries_place_scope_and_topic_into_a_new_question(library):
    s = condense("其中立案查处了多少家次？", ["2025年第14期南通“打非治违”累计排查了多少家企业？"], library)
    assert s.text.startswith("2025年第14期") and "南通" in s.text and "立案查处" in s.text
    assert "“打非治违”" in s.text


def test_followup_with_a_pronoun_for_the_issue(library):
    s = condense("这一期里南通全市镇街配备了多少在编监管人员？", ["最新一期简报是哪一期？"], library)
    assert s.text.startswith("最新一期") and "南通" in s.text


def test_slots_carry_over_three_turns(library):
    history = ["宿迁市有多少家化工企业建立了事故隐患报告制度？", "那危化品经营企业呢？"]
    s = condense("那无锡呢？", history, library)
    assert s.text == "无锡市有多少家危化品经营企业建立了事故隐患报告制度？"
    history = ["南通市累计排查企业多少家？", "那2025年第16期呢？", "那无锡呢？"]
    s = condense("他们主要采取了哪些措施？", history, library)
    i = understand(s.text, library, context=s.context)
    assert i.kind == "open" and i.places == ("无锡",) and i.year == 2025 and i.number == 16


def test_standalone_questions_are_left_alone(library):
    s = condense("扬州市发现问题隐患多少条？", ["宿迁市有多少家化工企业？"], library)
    assert s.text == "扬州市发现问题隐患多少条？" and not s.carried
    assert not is_followup("扬州市发现问题隐患多少条？", intent_of("扬州市发现问题隐患多少条？", library))


def test_only_the_last_turns_are_read(library):
    history = ["无锡有哪些经验？"] + ["南通市累计排查企业多少家？"] * 10_000
    s = condense("那宿迁呢？", history, library)
    assert s.text == "宿迁市累计排查企业多少家？"
    assert MAX_TURNS <= 5


def test_earliest_issue_resolves_like_the_latest(library):
    oldest = min((b for b in library.briefings if b.date), key=lambda b: b.date)
    i = intent_of("最早的一期简报是哪期？", library)
    assert i.kind == "metadata" and i.sources == (oldest.source,) and i.scope.startswith("最早一期")


# ---------------------------------------------------------------- phrasing that is not a quantity or a topic

@pytest.mark.parametrize("question,kind", [
    ("南通这几年在安全生产上有哪些亮点？", "open"),  # 这几年: these years, not 几年 asked
    ("靖江的巡查单元分了哪几类？", "open"),  # 哪几类: which kinds, not how many
    ("连云港做过哪些安全工作？", "open"),
    ("靖江哪类巡查单元最多？", "compare"),
])
def test_kind_of_phrasings_without_a_quantity(question, kind, library):
    assert intent_of(question, library).kind == kind


def test_which_kinds_is_marked_as_asking_which(library):
    assert intent_of("靖江的巡查单元分了哪几类？", library).asks == "which"
    assert intent_of("靖江哪类巡查单元最少？", library).asks == "least"


def test_article_ordinals_and_count_words_are_not_topic_words(library):
    intent = intent_of("第二篇说靖江一共有多少个镇街？", library)
    assert not any("篇" in t for t in intent.topic), intent.topic
    assert "四类" not in intent_of("靖江四类巡查单元里哪类最多？", library).topic


def test_yesno_keeps_the_words_between_you_and_ma(library):
    topic = intent_of("扬州的三位一体执法检查有专家参与吗？", library).topic
    assert "专家" in topic and "参与" in topic


def test_an_issue_named_by_one_side_of_a_comparison_scopes_that_side(library):
    intent = intent_of("南通打非治违那次警示教育会的人数，和25年第16期南通危化行业警示教育培训的人次，哪个多？", library)
    assert intent.kind == "compare" and intent.sources is None
    assert [p.number for p in intent.parts] == [None, 16]


def test_compare_sides_naming_only_places_share_the_noun(library):
    intent = intent_of("南通和宿迁建立隐患报告奖励机制的单位哪个多？", library)
    assert [p.place for p in intent.parts] == ["南通", "宿迁"]
    assert all(p.measure == "单位" for p in intent.parts)


def test_a_context_clause_does_not_merge_two_asked_figures(library):
    parts = intent_of("徐州风险上报平台上，多少家单位报了多少条较大以上风险？", library).parts
    assert [p.unit for p in parts] == ["家", "条"]


def test_an_ordinal_point_is_an_open_question_about_that_point(library):
    intent = intent_of("南通打非治违第二条措施是什么？", library)
    assert (intent.kind, intent.asks) == ("open", "point2")
    assert intent_of("南通排查了第二批多少家企业？", library).kind == "figure"


@pytest.mark.parametrize("question", ["哪一期讲了淮南？", "宿迁的奖励机制是哪期简报写的？"])
def test_which_issue_with_other_verbs(question, library):
    intent = intent_of(question, library)
    assert (intent.kind, intent.asks) == ("metadata", "issue")


def test_a_compare_side_named_by_its_unit_asks_that_unit(library):
    intent = intent_of("南通打非治违请省级专家的人次和专题培训会的场次，哪个多？", library)
    assert [p.unit for p in intent.parts] == ["人次", "场次"]
    assert [p.unit_class for p in intent.parts] == ["people", "times"]


def test_a_side_asking_the_number_of_a_noun_asks_its_count_but_a_units_number_keeps_its_unit(library):
    intent = intent_of("南通专刊里写的乡镇（街道）数，和26年简报里的镇街数，哪个多？", library)
    assert [p.text for p in intent.parts] == ["南通专刊里写的乡镇（街道）", "2026年简报里的镇街"]
    assert [p.special for p in intent.parts] == [True, False] and intent.parts[1].year == 2026
    intent = intent_of("宿迁电动车违法查处起数和盐城渔船违法查处起数哪个多？", library)
    assert all(p.text.endswith("起数") for p in intent.parts)
