"""Round 31 (helper a), single figures of the extra issues (eval/extra_briefings/):

- an institution asked by its stem under another head (养老院 of an article that says 养老机构/敬老院, 2025年第4期
  大丰 现有养老机构47家、床位6300余张，其中农村敬老院19家) is said there: stem_said.py, read by
  unnamed_kind.kind_unsaid and whole_part._says; a kind the article never says (民办) still gets no figure;
- an organisation fronted before a perfective verb is its actor, not what a place classifier counts
  (泰兴船企整改了多少处 asks the 已整改（处） cell 590 of the 2025年第26期 泰州 table, not 企业): actor_subject.py,
  read by fronted_subject.fronted_subject; 几家 keeps the noun."""

from __future__ import annotations

from rag_assistant.answer.actor_subject import actor_not_counted
from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.stem_said import stem_said

_NOT_GIVEN = ("简报未给出", "简报中未找到")


def test_a_stem_under_another_head_is_said():
    assert stem_said("养老院", "大丰区现有养老机构47家")
    assert not stem_said("养老院", "大丰区现有养老服务设施")  # twin: the stem under no institution head
    assert not stem_said("消防站", "全市消防员1.2万名")
    assert not stem_said("剧毒品", "危险货物运输车辆5230辆")  # no generic head: not read here
    assert not stem_said("院", "养老院")  # too short to carry a stem


def test_an_organisation_is_not_counted_by_a_place_classifier():
    assert actor_not_counted("船企", "处")
    assert not actor_not_counted("船企", "家")  # twin: 家 counts enterprises
    assert not actor_not_counted("场所", "处")  # places are counted by 处
    assert measure_of("泰兴船企整改了多少处") == ""
    assert measure_of("淮安燃气经营企业整改了几家") == "燃气经营企业"  # twin: the subject is counted


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (("大丰养老院床位有多少张", "6300余张"),
                          ("大丰养老院有几家？", "47家"),
                          ("泰兴船企整改了多少处", "590"),
                          ("靖江船舶修造企业排出多少隐患", "986"),
                          ("盛泽镇有多少家纺织企业", "8700余家"),
                          ("淮安换了多少个燃气报警器", "1.58万台"),
                          ("江都培训了多少从业人员", "近2.3万人次")):
        answer = extra_assistant.ask(question).answer
        assert has in answer and not answer.startswith(_NOT_GIVEN), (question, answer)
    for question, figure in (("大丰民办养老院床位有多少张", "6300"),):  # a kind the article never says
        answer = extra_assistant.ask(question).answer
        assert answer.startswith(_NOT_GIVEN) and figure not in answer.split("简报提到")[0], (question, answer)
