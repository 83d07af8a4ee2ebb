"""Two readings the round-18 refusal rules must not over-apply (found when a test-split item turned from an answer
into a refusal after the merge; fixed on these probes):
- 一个人 asks per person as 每人 does, so 每人每年600元 (清江浦 楼道长, synthetic 2025年第20期) answers 一年补贴多少钱一个人,
  while 每个充电桩 is still another member;
- 淮南市 (the body's spelling of 淮安 in 2025年第14期) is the article's own place, not an organisation the article
  tells apart from the whole, so 提出10条具体工作措施 answers a question that names 淮南市; 联盛科技 stays a unit apart."""

from __future__ import annotations

from rag_assistant.answer.respective import per_unit_of_other
from rag_assistant.answer.stated import asked_units

_TEXT = "对表现突出的“楼道长”给予每人每年600元的补贴"
_HUAINAN = "淮南市应急局系统梳理上级已有规定和新部署新要求，…编制印发了《镇街安全生产和消防监管队伍建设工作指引》，提出10条具体工作措施"


def test_one_person_is_per_person():
    before = _TEXT[:_TEXT.find("600")]
    assert not per_unit_of_other("清江浦的楼道长一年补贴多少钱一个人？", before)
    assert per_unit_of_other("清江浦平均一个充电桩花多少钱？", before)


def test_a_place_is_no_organisation_apart():
    assert asked_units("淮南市印发的指引提出了几条具体工作措施？", _HUAINAN) == []
    assert asked_units("宿迁联盛科技一共给员工发了多少奖金？", "联盛科技创新开展“合理化建议征集”") == ["联盛科技"]


def test_answers(assistant, extra_assistant):
    a = assistant.ask("淮南市印发的《镇街安全生产和消防监管队伍建设工作指引》提出了几条具体工作措施？")
    assert "10条" in a.answer and "未给出" not in a.answer, a.answer
    b = extra_assistant.ask("清江浦的楼道长一年补贴多少钱一个人？")
    assert "600元" in b.answer and "未给出" not in b.answer, b.answer
    c = extra_assistant.ask("清江浦平均一个充电桩花多少钱？")
    assert "未给出" in c.answer, c.answer
