"""Figures the briefings give only as parts (round 36, helper f36): a remainder (查找问题312项，已整改289项 →
还剩几项没整改) and a total (工业巡查单元268个、行业巡查单元136个… → 四类巡查单元一共多少个) are computed in the open,
with every operand quoted and cited and the arithmetic written out, which the verifier checks; a stated rest
(其余7处) or a stated whole (现有非煤矿山58座，其中…) is answered as stated, never computed.

Sentences: 2024年第8期 镇江 查找问题 312 项，已整改 289 项 and 盐城 拟发放补贴资金 1260 万元，目前已发放 845 万元;
2025年第26期 全省 其中重大事故隐患126项，已完成整改119项 and 江阴 指出问题隐患8760条。…目前已整改8315条;
2024年第27期 燃气 发现各类隐患12.4万处，已整改11.9万处 and 启东 其中红色实验室37间、黄色实验室126间;
2025年第24期 六合 排查整治管道隐患193处，已整改186处，其余7处; 2025年第9期 徐州 现有非煤矿山58座，其中…;
2026年第13期 靖江 巡查单元 and 南通 班组安全员 9.2 万名、社会面小场所消防安全员 14.3 万名; 2025年第16期 宿迁."""

from __future__ import annotations

from rag_assistant.answer.computed_rest import computed_rest, operands
from rag_assistant.answer.computed_sum import asks_sum, computed_sum, named_items
from rag_assistant.derived import is_derived
from rag_assistant.verify import answer_figures

_ZHENJIANG = "从规划布局、封闭管理、公用工程、应急救援等方面查找问题 312 项，已整改 289 项，整改率达 92.6%"
_PROVINCE = "全省累计排查危险化学品企业6320家，排查整治各类隐患4.8万处，其中重大事故隐患126项，已完成整改119项"
_GAS = "全省累计排查燃气经营企业486家、餐饮等用气场所21.7万家，发现各类隐患12.4万处，已整改11.9万处"
_YANCHENG = "出台渔船安全设备更新补贴办法，2024 年拟发放补贴资金 1260 万元，目前已发放 845 万元，惠及渔船 1176 艘"
_LIUHE = "排查整治管道隐患193处，已整改186处，其余7处纳入挂牌督办，拟于10月底前完成整改"
_JIANGYIN = ("二是精准开展诊断，专家对企业安全管理、设备设施、作业现场进行“全科体检”，出具“一企一单”诊断报告，指出问题隐患8760条",
             "三是跟踪督促整改，对诊断发现的问题实行清单化闭环管理，由属地镇街逐条跟踪销号，目前已整改8315条，整改率94.9%")
_JINGJIANG = ("泰州靖江市依托省网格化数智应用系统，将全市 13 个镇街（园区）共划分工业巡查单元 268 个、行业巡查单元 136 个、"
              "小场所巡查单元 785 个、住宅巡查单元 942 个，全部纳入系统实施统一管理")
_NANTONG = "全市配备企业班组安全员 9.2 万名、社会面小场所消防安全员 14.3 万名"
_QIDONG = "逐间核查实验室危险化学品种类和存量，建立“一室一档”，将实验室分为红、黄、绿三色，其中红色实验室37间、黄色实验室126间"
_XUZHOU = "徐州市现有非煤矿山58座，其中露天矿山49座、地下矿山9座，另有尾矿库12座"


def _rest(question, *sentences):
    found = computed_rest(question, [(0, s) for s in sentences])
    return found and found[2]


def test_a_rest_given_as_whole_and_done_is_computed():
    assert _rest("镇江化工园区体检查出的问题还剩几项没整改？", _ZHENJIANG).endswith("尚余23项（312项－289项）。")
    assert _rest("全省重大事故隐患还剩几项没整改？", _PROVINCE).endswith("尚余7项（126项－119项）。")
    # 万-scaled operands give a 万-scaled rest; money the same
    assert _rest("全省燃气隐患还有多少万处没整改？", _GAS).endswith("尚余0.5万处（12.4万处－11.9万处）。")
    assert _rest("盐城渔船补贴还有多少万没发下去？", _YANCHENG).endswith("尚余415万元（1260万元－845万元）。")


def test_the_operands_may_stand_in_two_adjacent_sentences():
    found = computed_rest("江阴百名专家进千企，还有多少条隐患没改完？", [(0, s) for s in _JIANGYIN])
    assert found and found[2].endswith("尚余445条（8760条－8315条）。")
    assert "8760条[1]；" in found[1] and found[1].endswith("目前已整改8315条")
    # twin: the sentences of two chunks are never paired
    assert not computed_rest("江阴百名专家进千企，还有多少条隐患没改完？", [(0, _JIANGYIN[0]), (1, _JIANGYIN[1])])


def test_a_stated_rest_or_another_act_is_not_computed():
    assert not _rest("六合管道隐患还剩几处没整改？", _LIUHE)  # 其余7处 answers as stated
    assert not operands("六合管道隐患还剩几处没整改？", _LIUHE)
    assert not _rest("镇江化工园区问题还有几项没排查？", _ZHENJIANG)  # the done act is 整改, not 排查
    assert not _rest("镇江化工园区查找问题多少项？", _ZHENJIANG)  # no rest asked
    # the whole must be the clause just before the done one: 重大事故隐患9项 is no whole of 2185项
    assert not _rest("赣榆重大隐患还剩几项没整改？", "共查出问题隐患2310项，其中重大事故隐患9项",
                     "督办，截至7月底已完成整改2185项")


def test_a_total_of_named_or_counted_parts_is_computed():
    found = computed_sum("靖江四类巡查单元一共多少个？", [(0, _JINGJIANG)], ["靖江"])
    assert found and found[2] == "简报未直接给出合计数，据此计算共2131个（268个＋136个＋785个＋942个）。"
    found = computed_sum("南通班组安全员和小场所消防安全员加起来多少万？", [(0, _NANTONG)], ["南通"])
    assert found and "共23.5万名（9.2万名＋14.3万名）" in found[2]
    found = computed_sum("启东红色和黄色实验室加起来多少间？", [(0, _QIDONG)], ["启东"])
    assert found and "共163间（37间＋126间）" in found[2]
    assert named_items("南通班组安全员和小场所消防安全员加起来多少万？", ["南通"]) == ["班组安全员", "小场所消防安全员"]


def test_a_stated_whole_or_a_wrong_count_is_not_summed():
    assert not computed_sum("徐州露天和地下矿山一共多少座？", [(0, _XUZHOU)], ["徐州"])  # 58座 is stated
    assert not computed_sum("徐州非煤矿山一共多少座？", [(0, _XUZHOU)], ["徐州"])
    assert not computed_sum("靖江三类巡查单元一共多少个？", [(0, _JINGJIANG)], ["靖江"])  # four listed, not three
    assert not asks_sum("靖江工业巡查单元多少个？")


def test_the_verifier_checks_the_written_out_sum_and_rest():
    quotes = [_JINGJIANG]
    answer = "共划分工业巡查单元 268 个[1]。据此计算共2131个（268个＋136个＋785个＋942个）。"
    total = next(f for f in answer_figures(answer) if f.surface == "2131个")
    assert is_derived(answer, total, quotes)
    wrong = answer.replace("2131个", "2130个")
    assert not is_derived(wrong, next(f for f in answer_figures(wrong) if f.surface == "2130个"), quotes)
    unsaid = answer.replace("942个）", "943个）").replace("2131个", "2132个")  # an operand no quote says
    assert not is_derived(unsaid, next(f for f in answer_figures(unsaid) if f.surface == "2132个"), quotes)
    rest = "据此计算尚余0.5万处（12.4万处－11.9万处）。"
    assert is_derived(rest, next(f for f in answer_figures(rest) if f.surface == "0.5万处"), [_GAS])


def test_assistant_computes_the_rest_and_the_total_on_the_bundled_briefings(assistant):
    answer = assistant.ask("宿迁奖励金还差多少万没发放？")
    assert not answer.refused and not answer.unsupported_numbers
    assert "151.63万元（175.1万元－23.47万元）" in answer.answer
    answer = assistant.ask("靖江四类巡查单元一共多少个？")
    assert not answer.refused and "共2131个" in answer.answer and not answer.unsupported_numbers
    stated = assistant.ask("宿迁拟发放奖励多少万？")  # twin: the stated figure, no arithmetic
    assert "175.1" in stated.answer and "据此计算" not in stated.answer


def test_assistant_computes_on_the_extra_issues_and_keeps_a_stated_rest(extra_assistant):
    answer = extra_assistant.ask("江阴百名专家进千企，还有多少条隐患没改完？")
    assert not answer.refused and not answer.unsupported_numbers and "445条" in answer.answer
    answer = extra_assistant.ask("全省重大事故隐患还剩几项没整改？")
    assert not answer.refused and "尚余7项" in answer.answer
    stated = extra_assistant.ask("六合管道隐患还剩几处没整改？")
    assert "其余7处" in stated.answer and "据此计算" not in stated.answer


def test_a_question_asking_when_the_rest_is_done_is_not_computed(extra_assistant):
    answer = extra_assistant.ask("徐州今年计划关的小散矿山，剩下那2座啥时候关？")
    assert "据此计算" not in answer.answer
    counted = extra_assistant.ask("徐州今年计划关的小散矿山还剩几座没关？")  # twin: the amount asked
    assert "尚余2座（6座－4座）" in counted.answer and not counted.unsupported_numbers
