"""Metadata of the extra issues read as their mastheads and contents print them (round 28, helper e).

- Who compiled an issue: 2026年第3期's masthead prints two roles (江苏省应急管理厅主办 / 《江苏应急管理简报》编辑部编);
  the answer names both as printed, while a masthead with a bare office (2025年第26期, 2021年第10期) still reads
  as that office 编发.
- How many articles an issue has: 2025年第30期 lists four articles and carries an annex table (附件 部分设区市
  岁末年初安全检查情况); the count is 4 and the annex is named apart. 2025年第26期 (no annex) stays 4.
"""

from __future__ import annotations

from types import SimpleNamespace

from rag_assistant.answer.annex import counted_refs, is_annex
from rag_assistant.answer.issuer import issuer_phrase


def _briefing(header, office):
    return SimpleNamespace(header=tuple(header), office=office)


def test_masthead_roles_are_named_as_printed():
    two = _briefing(["江 苏 应 急 管 理 简 报", "江苏省应急管理厅主办　　　　　　《江苏应急管理简报》编辑部编"], "江苏省应急管理厅")
    assert issuer_phrase(two) == "江苏省应急管理厅主办、《江苏应急管理简报》编辑部编"
    # twins: a bare office, an office signing as compiler, and no office at all
    assert issuer_phrase(_briefing(["江苏省应急管理厅办公室　　2025年5月30日"], "江苏省应急管理厅办公室")) == "江苏省应急管理厅办公室编发"
    assert issuer_phrase(_briefing(["江苏省应急管理厅办公室编\t2025年第26期\t2025年10月17日"], "江苏省应急管理厅办公室")) \
        == "江苏省应急管理厅办公室编发"
    assert issuer_phrase(_briefing(["应急先锋行"], None)) is None


def test_an_annex_is_not_counted_as_an_article():
    assert is_annex("附件") and is_annex("附件1") and is_annex("附件二：")
    assert not is_annex("地方动态") and not is_annex(None)
    listed, annexed = counted_refs(["《甲》[1]", "《乙》[2]", "《表》[3]"], ["工作动态", "地方动态", "附件"])
    assert listed.startswith("2篇") and "《表》" in annexed and "《表》" not in listed
    listed, annexed = counted_refs(["《甲》[1]", "《乙》[2]"], ["工作动态", "地方动态"])  # twin: no annex
    assert listed.startswith("2篇") and annexed == ""


def test_answers_on_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("第三期谁编的").answer
    assert "2026年第3期" in a and "编辑部编" in a and "江苏省应急管理厅主办" in a, a
    a = extra_assistant.ask("25年第26期是哪个单位编发的").answer  # twin: a bare office
    assert "江苏省应急管理厅办公室编发" in a and "编辑部" not in a, a
    a = extra_assistant.ask("2021年第10期谁编的").answer
    assert "江苏省应急管理厅编发" in a, a
    a = extra_assistant.ask("25年第30期几篇文章").answer
    assert "刊登了4篇" in a and "另附附件《部分设区市岁末年初安全检查情况" in a, a
    a = extra_assistant.ask("第26期有几篇文章").answer  # twin: no annex
    assert "刊登了4篇" in a and "附件" not in a, a
    a = extra_assistant.ask("2025年第30期讲了啥").answer  # a listing without a count still names every piece
    assert "部分设区市岁末年初安全检查情况" in a, a
    # figures and places of the same issues stay as they were (probes of this round)
    for q, has in (("2025年全省执法检查多少家次", "8.9万家次"), ("金坛电池材料企业排查隐患多少处", "612"),
                   ("第三期是哪天印发的", "2026年1月26日"), ("东海县的做法登在哪期", "2025年第33期")):
        a = extra_assistant.ask(q).answer
        assert has in a, (q, a)
    assert "未给出" in extra_assistant.ask("2023年全省执法检查多少家次").answer
