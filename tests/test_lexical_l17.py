"""Domain words said in several ways (helper l17): an abbreviation or full form the text does not use (安全生产
委员会办公室 for 安委办, 塔吊 for 塔式起重机), a same-meaning word (举报 for 吹哨人), and a word the segmenter
cuts differently in question and text (第三|三方|第三方, 用大|数据)."""

from __future__ import annotations

from rag_assistant.answer.domain import expansion, recut, respell, variants
from rag_assistant.answer.match import match
from rag_assistant.index.store import bm25_tokens


def test_a_domain_word_matches_its_other_forms_only():
    assert match("塔吊", "在全市296台塔式起重机上安装安全监控系统") == 1.0
    assert match("应急管理局", "协调市安委办、市消防救援支队、市检察院、市应急局等职能部门") == 1.0
    assert match("举报", "推动3.42万家企业建立“吹哨人”奖励机制") == 1.0
    # related but other things are not the same word
    assert match("电动汽车", "打造22处电动自行车充电示范点") == 0.0
    assert match("举报", "构建“基层吹哨、部门报到”响应机制") == 0.0  # 吹哨 alone is not 吹哨人
    assert "危险废物" not in variants("危化品") and "风险" not in variants("隐患")


def test_the_question_is_read_with_the_domain_words_not_the_segmenters_cuts():
    # 用大|数据: the fragment 用大 across 大数据 goes, the word joins
    terms = recut(["用大", "数据", "查", "非法"], "用大数据查非法")
    assert "大数据" in terms and "用大" not in terms and "数据" in terms
    # 第三|三方|第三方: the misread pieces go, the word stays once
    assert recut(["考核", "第三", "三方", "第三方", "服务"], "考核一次第三方服务") == ("考核", "第三方", "服务")
    # a form the texts never say is written in the one they do; a form they say is kept
    assert respell("泰州有多少台塔吊装了监控", "在全市296台塔式起重机上安装") == "泰州有多少台塔式起重机装了监控"
    assert respell("应急局抽了几个人", "市应急局、市应急管理局") == "应急局抽了几个人"
    # the search carries the text's form of a word the texts never say, in the index's own cuts
    assert expansion("塔吊装了监控", "在全市296台塔式起重机上") == bm25_tokens("塔式起重机")
    assert expansion("应急局抽了几个人", "市应急局") == []


def test_a_full_form_and_a_same_meaning_word_are_answered_from_the_text(assistant):
    a = assistant.ask("南通安全生产委员会办公室统筹的四化任务清单有几项？")
    assert not a.refused and "78" in a.answer, a.answer
    a = assistant.ask("哪些城市在推隐患举报奖励？")
    assert "2026年第13期" in a.answer and "吹哨人" in a.answer, a.answer  # 南通六化: 吹哨人 奖励, not 举报


def test_an_abbreviation_and_a_three_way_cut_on_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("泰州有多少台塔吊装了安全监控？")
    assert not a.refused and "296" in a.answer, a.answer
    a = extra_assistant.ask("海门区多长时间考核一次第三方机构？")
    assert not a.refused and "每季度" in a.answer.split("。")[0], a.answer


def test_an_asked_action_said_in_another_form_in_the_figures_clause_is_the_figures_action():
    from rag_assistant.answer.steps import action_elsewhere

    sentence = "在落实江苏省工业企业风险上报的基础上，自主开发风险上报平台，对全市21021家生产经营单位报告的39777条较大以上风险，分级分类推送"
    start = sentence.index("对全市")
    end = sentence.index("，分级")
    assert not action_elsewhere("上报", sentence, start, end)
    assert action_elsewhere("推送", sentence, start, end)  # a verb of another clause still tells the figure apart


def test_a_look_alike_that_is_another_thing_is_not_the_asked_word():
    from rag_assistant.answer.domain import other_thing

    assert other_thing("电动汽车", "打造22处电动自行车充电示范点") == "电动自行车"
    assert other_thing("隐患", "39777条较大以上风险") == "风险"
    assert other_thing("隐患", "开展风险隐患排查") == ""  # the text says the asked word too
    assert other_thing("危化品", "548家危化品企业") == ""


def test_synonym_answers_and_look_alike_refusals_end_to_end(assistant):
    a = assistant.ask("徐州的生产经营单位一共上报了几条较大以上风险？")
    assert not a.refused and "39777" in a.answer.split("[")[0], a.answer
    for question in ("徐州生产经营单位上报的较大以上隐患有多少条？", "南通建了几个电动汽车充电示范点？"):
        a = assistant.ask(question)
        assert a.refused or "未给出" in a.answer.split("；")[0], (question, a.answer)
