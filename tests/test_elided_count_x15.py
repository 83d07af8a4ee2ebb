"""What a figure counts when its clause names no noun, and which table row answers when the question names none.

In the synthetic 2025年第26期 (eval/extra_briefings/extra_2025_26.docx): 江阴's 对诊断发现的问题实行清单化闭环管理，…，
目前已整改8315条 counts the 问题 said before (not 指出问题隐患8760条, the figure that names 问题); 活动计划全年服务企业
1500家，截至9月底已服务1126家 counts 企业; 其中重大事故隐患126项，已完成整改119项 counts those 隐患. The 泰州 附件
table has a 合计 row, which answers a question that names no 地区."""

from __future__ import annotations

from support import EXTRA

from rag_assistant.answer.counted import elided_antecedent
from rag_assistant.answer.tables import PART_ROW_FIT, total_row_fit
from rag_assistant.evaluation.corpus import read_source
from rag_assistant.numbers import extract_figures


def _figure(sentence: str, surface: str):
    return next(f for f in extract_figures(sentence) if f.surface.startswith(surface))


def test_a_verb_and_a_figure_count_the_thing_said_before_in_the_sentence():
    s = "三是跟踪督促整改，对诊断发现的问题实行清单化闭环管理，由属地镇街逐条跟踪销号，目前已整改8315条，整改率94.9%。"
    assert s in read_source(EXTRA, "extra_2025_26.docx", {})
    f = _figure(s, "8315")
    told = elided_antecedent(s, s.index("目前"), f, "")
    assert "问题" in told and "8315" not in told
    # A clause that names its own noun counts that noun, not the sentence's earlier words.
    s2 = "二是精准开展诊断，出具诊断报告，指出问题隐患8760条。"
    assert elided_antecedent(s2, s2.index("指出"), _figure(s2, "8760"), "") == ""
    # 服务 before the figure is read as its noun by the tagger, but it is the verb: 企业 is said before.
    s3 = "活动计划全年服务企业1500家，截至9月底已服务1126家，完成年度计划的75.1%。"
    assert "企业" in elided_antecedent(s3, s3.index("截至"), _figure(s3, "1126"), "服务")
    assert elided_antecedent(s3, s3.index("截至"), _figure(s3, "1126"), "企业") == ""


def test_the_total_row_answers_when_no_row_is_asked():
    rows = ["地区\t企业数（家）\t排查隐患（处）\t已整改（处）", "靖江市\t71\t986\t941", "泰兴市\t48\t612\t590",
            "合计\t182\t2415\t2318"]
    assert total_row_fit("合计\t182\t2415\t2318", "一共发现多少处隐患？已整改多少处？", rows) == 1.0
    assert total_row_fit("靖江市\t71\t986\t941", "一共发现多少处隐患？已整改多少处？", rows) == PART_ROW_FIT
    assert total_row_fit("靖江市\t71\t986\t941", "靖江已整改多少处？", rows) == 1.0  # a row is asked (靖江 for 靖江市)
    assert total_row_fit("新河镇\t420\t1630\t1580", "已整改多少处？", rows[:3]) == 1.0  # no total row: rows as before
    assert total_row_fit("共排查隐患2415处。", "已整改多少处？", rows) == 1.0


def test_answers_on_the_word_issue(extra_assistant):
    for question, figure, not_this in (("江阴诊断出来的问题目前整改了多少条？", "8315", "8760"),
                                       ("江阴到9月底已经服务了多少家企业？", "1126", "1500"),
                                       ("泰州船舶修造整治一共发现多少处隐患，已经整改了多少处？", "2318", "941")):
        a = extra_assistant.ask(question)
        assert figure in a.answer and not_this not in a.answer, (question, a.answer)


def test_a_table_row_is_read_with_its_articles_words(extra_assistant):
    # The 附件 rows (泰兴市	48	612	590) and their caption and header never say 船企; the 泰州 article says it for
    # the same shipyards, so a row of its table covers the word: the answer is the row, not "简报未给出".
    for question, figure in (("泰兴船企的隐患整改了多少处？", "590"), ("靖江的船企排查出了几处隐患？", "986")):
        a = extra_assistant.ask(question)
        assert figure in a.answer and not a.refused and "未给出" not in a.answer, (question, a.answer)
