"""What a question word's neighbour names when it names no counted thing: an action word alone (培训计划多少人次:
计划 is the plan qualifier, 培训 the action the occurrences count) or the ground an area figure measures (腾退了几亩
土地: the text says 腾退空间). Neither is a noun the figure's clause must say. On the real briefings and index."""

from __future__ import annotations

from support import raw_briefing as raw, squash

from rag_assistant.answer.measure import measure_of

SPECIAL = "002_ca7909b6935f5c44.txt"  # 常州：全面提升安全治理现代化水平
ISSUE_2021 = "004_91fdd76356558e47.txt"  # 盐城市滨海县：全面加强基层监管队伍建设


def test_an_action_word_or_the_ground_of_an_area_is_no_counted_thing():
    assert measure_of("滨海县全年培训计划多少人次") == ""
    assert measure_of("常州腾退了几亩土地") == ""
    assert measure_of("常州一共腾退土地多少亩") == ""
    # a real thing still is one, and 土地 asked in another unit is one too
    assert measure_of("南通培训了多少名班组长") == "班组长"
    assert measure_of("检查多少家企业") == "企业"
    assert measure_of("流转了多少块土地") == "土地"


def test_the_ground_of_an_area_figure_is_said_in_the_texts_own_word(assistant):
    assert "整治提升腾退空间5770余亩" in raw(SPECIAL)
    for q in ("常州腾退了几亩土地", "常州一共腾退土地多少亩？"):
        a = assistant.ask(q)
        assert not a.refused and "5770余亩" in squash(a.answer), a.answer


def test_a_planned_action_counted_in_occurrences(assistant):
    assert "全年计划组织各类业务培训班50余次、人员3000余人次" in raw(ISSUE_2021)
    a = assistant.ask("滨海县全年培训计划多少人次？")
    assert not a.refused and "3000余人次" in squash(a.answer), a.answer


ISSUE_16 = "001_9ab1dbcf5bb79156.txt"  # 宿迁多措并举构建…事故隐患内部报告奖励机制


def test_a_verb_object_word_is_read_as_its_object_or_as_a_predicate():
    from rag_assistant.answer.measure import without_predicate

    assert measure_of("消除隐患几条") == "隐患"  # 消除隐患 is one word to the tagger: verb + its object
    assert measure_of("常州有几个安全生产专业委员会发挥作用") == "安全生产专业委员会"  # 发挥作用 is the predicate
    assert without_predicate("充电端口") == "充电端口"  # two tagged words: a compound, not a verb-object word
    assert measure_of("开展了多少次执法检查") == "执法检查"  # its second half is no plain noun


def test_a_verb_object_measure_finds_the_figure_of_its_object(assistant):
    assert "共消除事故隐患1620条" in raw(ISSUE_16)
    a = assistant.ask("宿迁多少家企业落实隐患报告奖励机制，消除隐患几条？")
    assert "343家" in squash(a.answer) and "1620条" in squash(a.answer), a.answer
    assert "切实发挥18个安全生产专业委员会的作用" in raw(SPECIAL)
    b = assistant.ask("常州有几个安全生产专业委员会发挥作用？")
    assert not b.refused and "18个" in squash(b.answer), b.answer


def test_bi_before_a_word_opening_with_zhong_is_a_comparison():
    from rag_assistant.answer.lexicon import DIFFERENCE_BI_RE

    assert DIFFERENCE_BI_RE.search("一案双罚比重大隐患立案多多少起")
    assert DIFFERENCE_BI_RE.search("化工企业比重点企业少几家")
    assert not DIFFERENCE_BI_RE.search("罚款占的比重多少")  # 比重 itself is a share


def test_a_difference_against_a_zhongda_side_is_answered_with_both_figures(assistant):
    a = assistant.ask("徐州一案双罚比重大隐患立案多多少起？")
    said = squash(a.answer)
    assert "332起" in said and "119起" in said and "213起" in said, a.answer


def test_the_count_of_a_unit_class_is_no_word_the_evidence_must_say():
    from rag_assistant.answer.understand import content_terms

    terms = content_terms("苏州应急8分钟日覆盖人数是多少", ("苏州",))
    assert "人数" not in terms and "覆盖" in terms
    assert "次数" not in content_terms("夜查的次数是多少")


def test_a_people_count_asked_as_renshu_is_answered_in_renci(assistant):
    a = assistant.ask("苏州应急8分钟日覆盖人数是多少")
    assert not a.refused and "250万人次" in squash(a.answer), a.answer
