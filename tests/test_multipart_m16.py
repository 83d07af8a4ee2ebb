"""Several-part questions and follow-ups read by their structure (helper m16): a part with no unit word does not take
another part's unit, words every part asks in (the scene) tell no part from another, a later part with a verb of its
own borrows the first part's scene but not its verb, and a follow-up that is a relative clause (那通报给…的呢) asks
the last turn's counted thing with the new predicate. On the real briefings and index."""

from __future__ import annotations

from support import raw_briefing as raw, squash

ISSUE_16 = "001_9ab1dbcf5bb79156.txt"
ISSUE_2021 = "004_91fdd76356558e47.txt"


def test_scene_and_unit_borrowing_by_structure():
    from rag_assistant.answer.predicate import borrows_unit, own_predicate, scene_of

    assert scene_of("扬州三位一体查了多少家单位", ("三位一体", "查", "单位")) == ("三位一体",)
    assert own_predicate("发现多少条隐患", ("发现", "隐患")) and not own_predicate("多少家企业", ("企业",))
    assert not borrows_unit("figure", "滨海县核增了多少编制", [True])  # 次 is the other part's unit
    assert borrows_unit("figure", "住宅巡查单元", [False])  # 各多少个: said outside every part
    assert borrows_unit("figure", "危化品经营企业呢", [True])  # elliptic: the same question of another thing


def test_a_part_without_a_unit_does_not_take_the_other_parts_unit(assistant):
    assert "核增18名编制" in raw(ISSUE_2021) and "全年计划组织各类业务培训班50余次" in raw(ISSUE_2021)
    a = assistant.ask("盐城滨海核增了多少编制？培训班一年计划开几次？")
    said = squash(a.answer)
    assert "18名" in said and "50余次" in said and "未给出" not in a.answer, a.answer


def test_scene_words_said_by_the_title_do_not_decide_a_part(assistant):
    # 三位一体 is the article's title word, not in the sentence of 947家; the norm 每月不少于5家单位 says it
    assert "全市多部门联动检查各类生产经营单位947家" in raw(ISSUE_2021)
    a = assistant.ask("21年扬州三位一体检查了多少家单位，立案查处了多少件？")
    said = squash(a.answer)
    assert "947家" in said and "703件" in said and "未给出" not in a.answer, a.answer


def test_a_relative_clause_follow_up_keeps_the_counted_thing(assistant):
    assert "向21个安委会成员单位通报行业领域突出问题186个" in raw(ISSUE_16)
    a = assistant.ask("那向安委会成员单位通报的呢？", history=["无锡专项巡察查摆出多少个问题？"])
    assert "186个" in squash(a.answer), a.answer
    assert "84个" not in squash(a.answer), a.answer


def test_relative_clause_needs_an_action():
    from rag_assistant.answer.relative import is_predicate

    assert is_predicate("通报给安委会成员单位") and is_predicate("向企业发放")
    assert not is_predicate("住宅")


def test_a_compare_side_said_by_its_qualifiers_keeps_them(assistant):
    # 预计新增的人 says no word but its qualifiers: it must not take the other side's words (核增, 编制)
    from rag_assistant.answer.predicate import said_only

    assert said_only("预计新增的人", "compare") == ("预计", "新增") and said_only("预计新增的人", "figure") == ()
    assert "2021年预计新增和调整80人" in raw(ISSUE_2021)
    a = assistant.ask("滨海县核增的编制和预计新增的人哪个多？")
    said = squash(a.answer)
    assert "18名" in said and "80人" in said and "未给出" not in a.answer, a.answer


def test_a_later_part_with_its_own_verb_and_noun_drops_the_first_parts_subject(built_index):
    from rag_assistant.answer.library import Library
    from rag_assistant.answer.predicate import own_predicate, without_subject
    from rag_assistant.answer.understand import understand
    from rag_assistant.index.store import open_store

    library = Library(open_store(built_index))
    assert own_predicate("请了多少人次的省级专家", ("省级", "专家"))  # 请: a verb the search terms drop
    lead = "南通打非治违的联合检查组是几个部门组成的"
    assert without_subject(lead, ("打非", "治违", "联合检查组"), "请了多少人次的省级专家") == ("打非", "治违")
    parts = understand(lead + "？请了多少人次的省级专家？", library).parts
    assert "检查组" not in parts[1].terms and "专家" in parts[1].terms and "治违" in parts[1].terms
