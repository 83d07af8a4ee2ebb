"""Single figures of the extra issues asked the way staff type, and their false refusals (round 35, helper e35).

Sentences of the extra issues (eval/extra_briefings/): 2026年第7期 海门 遴选12家第三方服务机构… 去年已清退服务机构2家;
2025年第24期 六合 排查整治管道隐患193处，已整改186处，其余7处纳入挂牌督办; 2025年第26期 泰州 对全市船舶修造企业开展
全覆盖检查，发现问题隐患2415处 and 常州 计划年底前将“企业安全码”推广到全市1.2万家小微工贸企业; 2026年第7期 扬州
为规模以上企业配备气体检测仪、通风设备等装备4800余台（套）; 2026年第3期 南京 危险货物运输车辆5230辆."""

from __future__ import annotations

import pytest

from rag_assistant.answer.counted import counts_measure, listed_before_class, names_other
from rag_assistant.answer.domain import spelled_out
from rag_assistant.answer.exit_part import EXIT_FIT, exit_fit
from rag_assistant.answer.match import match
from rag_assistant.answer.remainder import negated_verb
from rag_assistant.answer.support import modifies_other
from rag_assistant.answer.understand import content_terms

_YANGZHOU = "为规模以上企业配备气体检测仪、通风设备等装备4800余台（套）"
_CHANGZHOU = "常州市计划年底前将“企业安全码”推广到全市1.2万家小微工贸企业。"


def test_an_exit_verb_before_the_figure_ranks_it_below_the_set():
    assert exit_fit("海门区托管服务机构几家", "去年已清退服务机构") == EXIT_FIT
    assert exit_fit("海门区托管服务机构几家", "遴选") == 1.0  # twin: the set taken in
    assert exit_fit("海门清退了几家服务机构", "去年已清退服务机构") == 1.0  # the exit asked
    assert exit_fit("海门退了几家服务机构", "去年已清退服务机构") == 1.0  # its one-character form
    assert exit_fit("昆山厂中厂关停了多少家", "关停取缔不具备安全条件的“厂中厂”") == 1.0


def test_a_result_word_after_a_verb_is_no_asked_word():
    assert "完" not in content_terms("六合区管道隐患还有几处没改完", ["六合"])
    assert "完" not in content_terms("隐患还有几处没整改完")
    assert negated_verb("六合区管道隐患还有几处没改完") == "改"
    assert negated_verb("六合区管道隐患还有几处没整改") == "整改"  # twin: the two-character verb as before


def test_an_unknown_short_form_matches_across_a_longer_word():
    assert match("船企", "对全市船舶修造企业开展全覆盖检查") == 0.7
    assert match("发现", "发生问题出现") == 0.0  # a dictionary word is never read apart
    assert counts_measure("危货车", "危险货物运输车辆")
    corpus = "南京市现有危险化学品道路运输企业87家、危险货物运输车辆5230辆。"
    assert spelled_out("南京危货车多少辆", corpus) == "南京危险货物运输车多少辆"
    assert spelled_out("泰兴市船企隐患已整改多少处", "重点船企船坞 企业建立隐患") == "泰兴市船企隐患已整改多少处"
    assert spelled_out("南京危货车多少辆", "危险化学品") == "南京危货车多少辆"  # no word spells it out
    # a word of the run said whole in the longer word was not shortened (dev x505, x389)
    assert spelled_out("昆山整治厂中厂有啥措施？", "排查整治排查出租厂房") == "昆山整治厂中厂有啥措施？"
    assert spelled_out("老管网有多少", "老旧管网约3100公里 老旧燃气管网") == "老管网有多少"


def test_a_whole_area_before_the_figure_is_no_counted_head():
    assert not modifies_other("小微企业", _CHANGZHOU, "1.2万家", "常州计划推广到多少家小微企业")
    parks = _CHANGZHOU.replace("全市", "工业园区")  # twin: a noun that is no scope is still read as the head
    assert modifies_other("小微企业", parks, "1.2万家", "常州计划推广到多少家小微企业")


def test_the_class_word_after_deng_sums_the_listed_kinds():
    assert listed_before_class("设备", "装备", _YANGZHOU)
    assert not names_other("气体检测仪通风设备", "装备", _YANGZHOU)
    assert not listed_before_class("设备", "装备", "配备无人机14架等装备")  # twin: 设备 not listed


@pytest.mark.parametrize("question, figure", [
    ("海门区托管服务机构几家", "12家"),
    ("海门清退了几家服务机构", "清退服务机构2家"),
    ("六合区管道隐患还有几处没改完", "7处"),
    ("泰州船企发现多少隐患", "2415处"),
    ("常州计划推广到多少家小微企业", "1.2万家"),
    ("扬州配了多少台气体检测仪通风设备", "4800余台"),
    ("南京危货车多少辆", "5230辆"),
])
def test_the_extra_issues_answer_the_figure(extra_assistant, question, figure):
    answer = extra_assistant.ask(question)
    assert not answer.refused and "简报未给出" not in answer.answer, answer.answer
    assert figure in answer.answer.split("[")[0], answer.answer
