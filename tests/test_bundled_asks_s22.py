"""Two or three figure asks in one message: each part is answered with its own cited figure, or said missing.

- A clause that resumes the action of the clause before by its verb (开展燃气领域“双随机、一公开”执法检查，检查单位
  1027家次) counts that action: 执法检查多少家次 is answered by it, alone or beside 立案/罚款 asks (resumed.py).
- A plan or fact qualifier before the verb (今年计划关闭几座) is no noun acted on: the part asks the planned count
  (全年计划关闭小散矿山6座), not a thing named 计划 (support.patient_noun).
- A period said in a later part is that part's own (今年计划改造多少公里，一季度完成多少: 126公里 and 41.5公里), while a
  period said first scopes the parts after it (part_scope.py).
- A part the briefings do not give is said missing, next to the other parts' figures.
Real sentences: 2025年第9期 (淮安燃气, 徐州非煤矿山), 2026年第3期 (泰州建筑施工, 全省执法), 2024年第8期 (镇江, 常州, 盐城),
2025年第14期 (南通打非治违), 2025年第16期 (无锡巡察).
"""

from __future__ import annotations

import pytest


def _text(assistant, question):
    a = assistant.ask(question)
    return a, a.answer.split("\n[1]")[0].replace(" ", "")


@pytest.mark.parametrize("question, figures", [
    # the resumed action verb
    ("淮安燃气执法检查多少家次、立案多少起、罚了多少钱？", ("1027家次", "86起", "152.6万元")),
    ("淮安燃气双随机执法检查查了多少家次？移送公安几起？", ("1027家次", "4起")),
    ("淮安执法检查多少家次？", ("1027家次",)),
    ("泰州建筑施工专项检查检查项目多少个次，暂扣许可证几家？", ("1108个次", "26家")),
    # the plan qualifier before the verb
    ("徐州非煤矿山今年计划关闭几座，目前关了几座？", ("6座", "4座")),
    ("徐州非煤矿山计划关闭几座？", ("6座",)),
    ("徐州非煤矿山目前已关闭几座？", ("4座",)),
    # a later part's own period
    ("淮安老旧燃气管网今年计划改造多少公里，一季度完成多少？", ("126公里", "41.5公里")),
    ("淮安燃气管网全年计划改造多少公里？", ("126公里",)),
    # bundles that were right and stay right
    ("常州工贸百日攻坚检查了多少家次，罚款多少？", ("2876家次", "436.5万元")),
    ("盐城渔船双随机检查多少艘次，发现隐患多少条，查处违法行为多少起", ("1890艘次", "2734条", "64起")),
    ("25年全省执法检查多少家次，立案处罚多少起？", ("8.9万家次", "1.27万起")),
    ("无锡专项巡察交办立行立改事项多少个，移交问题线索多少件？", ("2178个", "19件")),
    ("南通打非治违识别化工生产企业多少家？医药生产企业呢？", ("248家", "121家")),
    ("镇江老旧装置排查多少套，淘汰多少套，改造投了多少钱", ("215套", "38套", "2.36亿元")),
])
def test_each_part_gets_its_own_figure(extra_assistant, question, figures):
    a, text = _text(extra_assistant, question)
    assert all(f in text for f in figures), a.answer
    assert "未给出" not in text, a.answer


@pytest.mark.parametrize("question, figure", [
    ("常州百日攻坚责令整改隐患多少条？移送公安机关多少起？", "6413条"),
    ("徐州地下矿山查出隐患多少项，罚款多少？", "274项"),
    ("南通打非治违排查企业多少家？罚款多少？", "31933家"),
    ("盐城渔船双随机检查多少艘次？罚款多少？", "1890艘次"),
])
def test_a_part_not_given_is_said_missing_beside_the_other(extra_assistant, question, figure):
    a, text = _text(extra_assistant, question)
    assert figure in text and "未给出" in text, a.answer


def test_another_checks_action_is_not_resumed(extra_assistant):
    a, text = _text(extra_assistant, "淮安消防检查多少家次？")
    assert "1027家次" not in text, a.answer
