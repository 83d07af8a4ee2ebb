"""Paraphrase sweep over the extra issues (helper pb18): a count of a bulletin's editions with the verb's object
between the verb and the count (发布大风预警多少期), and a later part of a two-part question that does not take the
first part's own verb (发现隐患多少处，已整改几处: 发现 is the first part's predicate, not the scene), and a 其中
figure that shares its whole's qualifier (累计辨识…1.42万个，其中重大风险点216个: 一共多少重大风险点 asks the 216); a word before 了 and the question word is a
verb, not the counted thing (九小场所赋码了多少家); a two-character verb asked A-not-A (约谈没约谈) is a yes/no question."""

from __future__ import annotations

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.predicate import scene_of
from rag_assistant.answer.respective import whole_of_part


def test_editions_counted_after_the_issued_thing_are_a_figure_not_briefings():
    for question in ("盐城渔船监控平台发布大风预警多少期？", "平台今年推送风险提示几期", "大风预警发了几期"):
        assert lx.PERIODICAL_COUNT_RE.search(question), question
    for question in ("简报发过多少期", "发过多少期", "哪几期登过南通"):
        assert not lx.PERIODICAL_COUNT_RE.search(question), question


def test_the_first_parts_verb_and_object_are_its_predicate_not_the_scene():
    terms = ("船舶", "整治", "发现", "隐患")
    assert scene_of("泰州船舶整治发现隐患多少处", terms) == ("船舶", "整治")
    # the verb right before the question word is the predicate as before; the words before it stay the scene
    assert scene_of("徐州地下矿山会诊查出多少项隐患", ("地下", "矿山", "会诊", "查出", "隐患")) == ("地下", "矿山", "会诊")


def test_a_part_said_with_qizhong_has_its_whole_before_it():
    sentence = "指导企业全面辨识安全风险，累计辨识较大以上风险点1.42万个，其中重大风险点216个，全部实行“一点一策”管控。"
    assert whole_of_part(sentence, sentence.index("其中")) == "累计辨识较大以上风险点1.42万个，"
    assert whole_of_part(sentence, sentence.index("累计")) == ""


def test_a_word_before_le_and_the_question_word_is_no_measure():
    assert measure_of("江都九小场所赋码了多少家") == ""
    assert measure_of("救援队伍多少支") == "救援队伍"  # a noun right before the question word is still the measure


def test_a_two_character_verb_asked_a_not_a_is_a_yes_no_question():
    assert lx.YESNO_RE.search("镇江约谈没约谈履职不到位的企业负责人？")
    m = lx.YESNO_WORDS_RE.search("镇江约谈没约谈履职不到位的企业负责人？")
    assert m and m.group() == "约谈没"  # the verb's second saying stays a content word
    assert lx.YESNO_RE.search("宿迁搞没搞电动车以旧换新？")


def test_extra_paraphrases_end_to_end(extra_assistant):
    a = extra_assistant.ask("盐城渔船监控平台发布大风预警多少期？")
    assert not a.refused and "46" in a.answer and "共1期" not in a.answer, a.answer
    a = extra_assistant.ask("泰州船舶整治发现隐患多少处，已整改几处？")
    understood = a.to_dict()["understood"]
    assert "发现" not in understood["parts"][1]["terms"], understood
    for question in ("无锡一共辨识重大风险点几个", "无锡工贸企业一共有多少重大风险点"):
        a = extra_assistant.ask(question)
        assert not a.refused and "216" in a.answer and "1.42" not in a.answer, a.answer
    a = extra_assistant.ask("江都九小场所赋码了多少家，赋码率是多少")
    assert "1.16" in a.answer and "96.7" in a.answer, a.answer
    a = extra_assistant.ask("镇江约谈没约谈履职不到位的企业负责人？")
    assert a.answer.startswith("有"), a.answer
