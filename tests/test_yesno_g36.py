"""Yes/no on the extra issues asked the way staff type: occurrences and thresholds (round 36, helper g36).

Sentences of the extra issues (eval/extra_briefings/): 2025年第12期 常熟 今年一季度，常熟市纺织企业火灾起数同比下降42.5%
and 共检测企业3215家，发现电气隐患8940处，已整改8712处，整改率97.4%; 2025年第24期 吴江 全区纺织企业电气火灾起数同比
下降38.5%; 2026年第10期 江北新区 去年全年，江北新区未发生建筑起重机械生产安全事故，起重机械隐患数量同比下降35.2%;
2025年第26期 泰州 开展密闭舱室中毒窒息、火灾事故等应急演练138场; 2025年第30期 全年未发生重大及以上生产安全事故."""

from __future__ import annotations

import pytest

from rag_assistant.answer.governs import other_occurrence
from rag_assistant.answer.occurrence_said import described_only, occurred_event, occurrence_fit, records_occurrence
from rag_assistant.answer.thresholds import relation_of
from rag_assistant.answer.unmentioned import _says
from rag_assistant.numbers import extract_figures

_JIANGBEI = "去年全年，江北新区未发生建筑起重机械生产安全事故，起重机械隐患数量同比下降35.2%。"
_QINGJIANGPU = "今年1至7月，清江浦区老旧小区火灾起数同比下降37.5%，未发生亡人火灾事故。"
_TAIZHOU = "组织船企作业人员安全培训2.6万人次，开展密闭舱室中毒窒息、火灾事故等应急演练138场。"


def _relation(question: str) -> str:
    return relation_of(question, extract_figures(question)[0])


def test_a_relation_verb_with_its_aspect_still_asks_more():
    assert _relation("常熟电气隐患整改率是不是超过了95%？") == "gt"
    assert _relation("常熟电气隐患整改率是不是超过95%？") == "gt"  # twin without 了
    assert _relation("检查企业超出了3000家吗") == "gt"
    assert _relation("常熟电气隐患整改率是不是95%？") == "eq"  # no relation word: the figure itself


def test_a_change_in_the_count_of_events_records_an_occurrence():
    assert occurrence_fit("常熟纺织企业今年出过火灾吗？", "今年一季度，常熟市纺织企业火灾起数同比下降42.5%。") == 1.0
    assert occurrence_fit("扬州有限空间作业去年出过事故没？", "有限空间作业是工贸行业事故多发环节。") < 1.0


def test_a_bare_chu_asks_an_occurrence_only_with_its_aspect_or_event():
    assert occurred_event("泰州船企今年有没有出过事故？") == "事故"
    assert occurred_event("泰州船企出事故了吗") == "事故"
    assert occurred_event("有没有发生过火灾") == "火灾"
    assert occurred_event("靖江有没有出台事故隐患排查办法？") == ""  # 出台: a measure, no occurrence
    assert occurred_event("有没有出动人员处置火情") == ""


def test_a_negated_event_stands_unless_the_rest_records_one():
    q = "江北新区去年有没有发生起重机械事故？"
    assert not records_occurrence(q, "起重机械隐患数量同比下降35.2%")
    assert not other_occurrence(q, ["江北新区", "发生", "起重机械", "事故"], "江北新区未发生建筑起重机械生产安全事故",
                                _JIANGBEI)
    # twin whose true answer is 有: fires counted in the rest of the sentence
    q2 = "清江浦区老旧小区有没有发生过火灾？"
    assert records_occurrence(q2, "今年1至7月，清江浦区老旧小区火灾起数同比下降37.5%")
    assert other_occurrence(q2, ["清江浦区", "老旧小区", "发生", "火灾"], "未发生亡人火灾事故", _QINGJIANGPU)


def test_an_event_named_only_as_a_description_answers_no_occurrence():
    assert described_only("泰州船企今年有没有发生过事故？", _TAIZHOU) == "事故"
    assert described_only("泰州船企今年有没有发生过事故？", _JIANGBEI) == ""  # a record, negated
    assert described_only("泰州船企有没有开展火灾事故应急演练？", _TAIZHOU) == ""  # no occurrence asked


def test_a_grade_is_said_through_its_widening_word_only():
    assert _says("重大事故", "全年未发生重大及以上生产安全事故")
    assert _says("较大事故", "未发生较大以上事故")
    assert not _says("危化企业", "全市危化品生产企业")  # near, but no widening word between


@pytest.mark.parametrize("question, head", [
    ("常熟纺织企业今年出过火灾吗？", "有"),
    ("吴江纺织企业有没有发生电气火灾？", "有"),
    ("全省人员密集场所发生过火灾吗？", "有"),
    ("清江浦区老旧小区有没有发生过火灾？", "有"),
    ("1月份全省有没有发生生产安全事故？", "有"),
    ("江北新区去年有没有发生起重机械事故？", "没有"),
    ("张家港液体化工储罐区今年出过事故没有？", "没有"),
    ("2025年全省有没有发生重大事故？", "没有"),
    ("泰州船企今年有没有发生过事故？", "简报未提及"),
    ("常熟电气隐患整改率是不是超过了95%？", "是"),
    ("六合区油气管道是不是超过400公里？", "不是"),
])
def test_the_extra_issues_answer_the_yes_no(extra_assistant, question, head):
    answer = extra_assistant.ask(question).answer
    verdict = answer.split("。")[0].split("）")[-1]
    assert verdict.split("，")[0] == head or (head == "简报未提及" and verdict.startswith(head)), answer


@pytest.mark.parametrize("question, quoted", [
    ("常熟纺织企业今年出过火灾吗？", "火灾起数同比下降42.5%"),
    ("吴江纺织企业有没有发生电气火灾？", "电气火灾起数同比下降38.5%"),
])
def test_an_occurrence_is_quoted_from_the_record_of_events(extra_assistant, question, quoted):
    answer = extra_assistant.ask(question).answer
    assert quoted in answer, answer
