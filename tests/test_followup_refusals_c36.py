"""False refusals and follow-ups on the five bundled briefings (round 36, helper c36).

``南通搞了几回跨部门联合检查``: 回/趟/遍 are 次 said colloquially, so the text's 37 次 is the asked classifier and no
other thing's (units.plain_classifier, read by rejections' other_classifier check).
``南通小场所整改了多少隐患`` → ``那危化企业呢``: the follow-up names another doer for the same deed and counted thing
(subject_swap.swapped_subject), not a bare 南通危化企业多少 that took 4790 家 of a training.
``南通危化企业整改了多少隐患``: 推动企业查改隐患 36975 条 says 整改 contracted into 查改, so the 排查整改 of a later
clause is no other action (steps.contracted_said); it used to answer 7 份 of another issue.
``南通奖励了多少钱给报告隐患的人``: 多少钱 asks money whoever got it (measure.asked_class), not people."""

from __future__ import annotations

from rag_assistant.answer.measure import asked_class
from rag_assistant.answer.steps import action_elsewhere, contracted_said
from rag_assistant.answer.subject_swap import swapped_subject
from rag_assistant.units import plain_classifier

HAZARD = "截至目前，累计开展警示教育和安全培训 23.7 万人次，推动企业查改隐患 36975 条，其中重大事故隐患 115 条，排查整改的精准性和有效性不断提升。"


def test_colloquial_occurrence_words_are_times():
    assert [plain_classifier(u) for u in ("回", "趟", "遍", "次", "场次", "家")] == ["次", "次", "次", "次", "场次", "家"]


def test_a_new_doer_keeps_the_deed_and_the_counted_thing():
    assert swapped_subject("南通小场所整改了多少问题", "问题", "危化企业", ["南通"]) == "南通危化企业整改了多少问题"
    assert swapped_subject("宿迁化工企业消除了多少隐患", "隐患", "危化企业", ["宿迁"]) == "宿迁危化企业消除了多少隐患"
    # no counted noun, but a unit that never counts the doer (人次): the doer is swapped all the same
    assert swapped_subject("南通小场所培训了多少人次", "", "危化行业", ["南通"], "people") == "南通危化行业培训了多少人次"
    # what the question counts stands first (一企一档完善了多少份) or no noun stands before the verb: nothing to swap
    assert swapped_subject("南通一企一档完善了多少份", "", "异常预警信息", ["南通"]) is None
    assert swapped_subject("南通开警示教育会来了多少人", "", "网格员", ["南通"]) is None
    assert swapped_subject("南通小场所摸排了多少家", "场所", "危化企业", ["南通"]) is None
    assert swapped_subject("无锡巡察查摆了多少问题", "问题", "刑拘", ["无锡"]) is None


def test_a_contracted_verb_says_the_asked_step():
    assert contracted_said("整改", "推动企业查改隐患 36975 条")
    assert not contracted_said("排查", "推动企业查改隐患 36975 条")  # 排查了多少企业 is no count of hazards fixed
    assert not contracted_said("立案", "先后查处企业557家")
    start = HAZARD.index("推动")
    assert not action_elsewhere("整改", HAZARD, start, HAZARD.index("，其中"))


def test_money_asked_before_its_receiver():
    assert asked_class("南通奖励了多少钱给报告隐患的人") == ("", "money")
    assert asked_class("多少块钱") == ("元", "money")


def test_answers_on_the_bundled_briefings(assistant):
    for question, history, has, wrong in (
            ("南通搞了几回跨部门联合检查", (), "37", ()),
            ("南通夜查搞了几趟", (), "28", ()),
            ("那危化企业呢", ("南通小场所整改了多少隐患",), "36975", ("4790", "41024")),
            ("南通危化企业整改了多少隐患", (), "36975", ("7 份",)),
            ("危化行业呢", ("南通小场所培训了多少人次",), "23.7", ("10.5",)),
            ("南通奖励了多少钱给报告隐患的人", (), "3000", ()),
            ("那16期呢", ("南通14期排查了多少企业",), "", ("36975",)),
            ("网格员呢", ("南通开警示教育会来了多少人",), "1.2", ()),
            ("危化品经营企业呢", ("宿迁化工企业有多少家建立了报告制度",), "374", ())):
        answer = assistant.ask(question, history=list(history))
        assert answer.refused == (not has), (question, answer.answer)
        assert has in answer.answer, (question, answer.answer)
        assert not any(w in answer.answer for w in wrong), (question, answer.answer)
