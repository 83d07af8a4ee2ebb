"""Round-32 sweep of the extra issues 2026年第3期 (txt), 第7期 (docx), 第10期 (pdf): three readings the sweep found wrong.

- 几个百分点 / 多少个百分点 asks a change in percent (同比下降8.7%), not a count of 个 (lexicon.ASKED_UNIT_RE), and
  个百分点 is no evidence term (case_noun.py); 同比提高了… is no comparison 同 比 提高 (lexicon.DIFFERENCE_BI_RE).
- a case noun before/after an event classifier (移送司法机关的案子有几起) only restates what 起 counts (case_noun.py):
  the table row 移送司法机关 312起 answers.
- 明年/今年 asked against a sentence stating another year relative to its issue (省财政今年安排…4800万元 for 明年;
  a 2025 issue's 全年计划改造126公里 for 明年) is refused (relative_year.py), while 明年 said by 2025年拟… of a 2024
  issue still answers.
"""

from __future__ import annotations

from rag_assistant.answer import lexicon as lx
from rag_assistant.answer.case_noun import without_case_noun
from rag_assistant.answer.measure import asked_class
from rag_assistant.answer.relative_year import other_relative_year


def test_percentage_points_ask_a_ratio():
    assert asked_class("全省2025年死亡人数同比降了几个百分点") == ("百分点", "ratio")
    assert asked_class("过火面积同比降了多少个百分点")[1] == "ratio"
    assert asked_class("苏州建了几个微型消防站")[1] == "count"  # twin: 个 of a noun stays a count
    assert without_case_noun("同比降了几个百分点") == "同比降了几"


def test_same_period_change_is_no_comparison():
    assert not lx.DIFFERENCE_BI_RE.search("覆盖率同比提高了几个百分点")
    assert lx.DIFFERENCE_BI_RE.search("南京比苏州多几家")  # twin: a real comparison


def test_case_noun_restates_the_classifier():
    assert without_case_noun("2025年移送司法机关的案子有几起") == "2025年移送司法机关有几起"
    assert without_case_noun("立案处罚了多少起案件") == "立案处罚了多少起"
    assert without_case_noun("案件数量多少") == "案件数量多少"  # no event classifier asked: the noun stays


def test_relative_year_of_a_figure():
    assert other_relative_year("省财政明年森林防灭火专项资金多少", "省财政明年森林防灭火专项资金多少",
                               "省财政今年安排森林防灭火专项资金4800万元", 2026)
    assert not other_relative_year("省里今年森林防灭火资金安排了多少", "省里今年森林防灭火资金安排了多少",
                                   "省财政今年安排森林防灭火专项资金4800万元", 2026)
    assert not other_relative_year("明年还打算改造多少公里", "明年还打算改造多少公里", "2025年拟再改造老旧管道2800公里", 2024)
    assert not other_relative_year("明年还打算改造多少公里", "明年还打算改造多少公里", "拟再改造老旧管道2800公里", 2024)


def _refused(answer: str) -> bool:
    return "未给出" in answer.split("简报提到")[0] or "未找到" in answer


def test_answers_on_the_2026_extra_issues(extra_assistant):
    for question, figures in (("全省2025年死亡人数同比降了几个百分点", ("8.7%",)),
                              ("1月份死亡人数同比降了几个百分点", ("12.8%",)),
                              ("森林过火面积同比降了多少个百分点", ("41.6%",)),
                              ("2025年移送司法机关的案子有几起？同比涨多少", ("312起", "15.6%")),
                              ("25年全省立案处罚的案子多少起", ("1.27万起",)),
                              ("省里今年森林防灭火资金安排了多少", ("4800万元",)),
                              ("明年还打算改造多少公里老旧燃气管道", ("2800公里",)),
                              ("海门计划到26年底托管企业扩大到多少家", ("3000家",)),
                              ("海门目前有多少家小微企业签了托管", ("1870家",)),
                              ("金坛电池材料企业已整改隐患多少处", ("590",))):
        a = extra_assistant.ask(question).answer
        assert all(f in a.split("\n[1]")[0] for f in figures) and not _refused(a), (question, a)
    for question in ("省财政明年森林防灭火专项资金多少",  # 今年 is said, not 明年
                     "江北新区明年约谈施工单位负责人多少人次",
                     "淮安明年计划改造老旧燃气管网多少公里",  # a 2025 issue's 全年计划 is its own year's
                     "无锡责任清单覆盖率同比提高了几个百分点",  # a level (覆盖率95.9%) is no change
                     "南京危化品运输移送司法机关的案子几起",
                     "2027年海门托管企业要扩大到多少家",
                     "南京老旧燃气管网已经改造了多少公里"):
        a = extra_assistant.ask(question).answer
        assert _refused(a), (question, a)
