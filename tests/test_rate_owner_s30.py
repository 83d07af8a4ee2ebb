"""Round 30 (helper D): near-miss refusals and their answerable twins on the bundled briefings.

2025年第16期 无锡专项巡察: 公安机关查处安全生产领域案件 5 起，抓获嫌疑人 8 人、刑拘 2 人 — a whole the question states
with the general classifier 个 (抓获的8个嫌疑人里…) is the text's 8 人, so its part 刑拘 2 人 answers (general_classifier.py).
专刊《南通：推进“四化”实施 提升本质安全》: 全市粉尘涉爆生产企业每日动态清扫上报率100% is that kind's rate, not the rate of
危化品/化工 企业 (rate_owner.py); 督促企业整改率达98.2% rates the firms bare."""

from __future__ import annotations

from rag_assistant.answer.general_classifier import same_count_unit
from rag_assistant.answer.rate_owner import owner_unsaid

_DUST = "以粉尘涉爆企业为例，南通率先实现省工业企业风险报告系统内全市粉尘涉爆生产企业每日动态清扫上报率"
_FIX = "今年以来，全市网上巡查7.5万余次，发现各类问题3814条，督促企业整改率达"


def test_the_general_classifier_agrees_with_counts_only():
    assert same_count_unit("个", "人") and same_count_unit("个", "起") and same_count_unit("人", "人")
    assert not same_count_unit("个", "人次") and not same_count_unit("个", "万元")
    assert not same_count_unit("家", "人")  # two specific classifiers name two things


def test_a_rate_of_another_kind_of_the_same_head():
    assert owner_unsaid("南通危化品企业上报率多少", _DUST)
    assert owner_unsaid("南通的化工企业上报率是多少", _DUST)
    assert not owner_unsaid("南通粉尘涉爆企业上报率多少", _DUST)  # twin: the kind the sentence rates
    assert not owner_unsaid("南通企业上报率多少", _DUST)  # no kind asked
    assert not owner_unsaid("南通危化品企业整改率多少", _FIX)  # a bare head (督促企业) is the whole
    # 2025年第4期 江阴: 排查问题隐患1284处，已整改1239处，整改率96.5% of an article whose title names the 港口
    jiangyin = "排查问题隐患1284处，已整改1239处，整改率"
    assert owner_unsaid("江阴港口隐患整改率是多少", jiangyin)
    assert not owner_unsaid("江阴港口隐患整改率是多少", jiangyin, "江阴市：“港船联动”强化长江危险货物港口安全管理")


def test_answers_on_the_bundled_briefings(assistant):
    for question, has in (("无锡抓获的8个嫌疑人里刑拘了几个", "2 人"),
                          ("巡察期间无锡抓了多少嫌疑人", "8 人"),
                          ("南通粉尘涉爆企业上报率多少", "100%"),
                          ("粉尘涉爆企业清扫上报率南通达到多少", "100%"),
                          ("督促企业整改率达到多少了 南通", "98.2%"),
                          ("无锡巡察移交了几件问题线索", "19 件")):
        a = assistant.ask(question).answer
        assert has in a and "未给出" not in a, (question, a)
    a = assistant.ask("无锡抓获的8个嫌疑人里刑拘了几个").answer
    assert "8 人" not in a.split("[1]")[0], a  # the stated whole is not its part
    for question in ("南通危化品企业上报率多少", "南通的化工企业上报率是多少", "无锡抓获的8个嫌疑人里判刑了几个",
                     "2023年无锡巡察抓了多少嫌疑人", "无锡巡察拟推动公益诉讼几件", "南通线下检查搞了几次"):
        a = assistant.ask(question).answer
        assert "未给出" in a or "未找到" in a, (question, a)
