"""A bare noun whose kind its enumerated point's lead names (point_kind.py), and a counted noun followed by a phase
verb (nouns.py: 企业完成责任清单编制 counts 企业).

2026年第3期 无锡 (eval/extra_briefings/): 推行“责任清单、风险清单、任务清单”; 一是编制责任清单…全市已有5870家企业完成
清单编制，覆盖率95.9%; 二是建立风险清单…累计辨识较大以上风险点1.42万个; 三是细化任务清单…推送任务提醒38.6万条，
企业按期完成率98.4%. A lead word that is no listed sibling kind refuses nothing: 2021 盐城滨海 一、谋保障，全面提升
队伍吸引力 (80人充实到全县安全监管队伍); 2024年第8期 镇江 在重点企业推行“安全总监”制度，已有 95 家企业配备专职安全总监."""

from __future__ import annotations

from rag_assistant.answer.point_kind import rival_kind_in_lead
from rag_assistant.nouns import noun_run

ARTICLE = "推行“责任清单、风险清单、任务清单”（以下简称“三张清单”）。一是编制责任清单，明确“谁来管”。"
SENT = "全市已有5870家企业完成清单编制，覆盖率95.9%。"


def test_a_listed_sibling_in_the_lead_is_a_rival():
    assert rival_kind_in_lead("无锡风险清单覆盖率多少", SENT, "一是编制责任清单，明确“谁来管”。", ARTICLE)
    assert not rival_kind_in_lead("无锡责任清单覆盖率多少", SENT, "一是编制责任清单，明确“谁来管”。", ARTICLE)
    # a lead word that is no listed kind of the asked noun refuses nothing
    assert not rival_kind_in_lead("盐城预计新增多少人充实安监队伍", "2021年预计新增和调整80人充实到全县安全监管队伍。",
                                  "一、谋保障，全面提升队伍吸引力。", "一、谋保障，全面提升队伍吸引力。")


def test_a_phase_verb_ends_the_counted_noun():
    assert noun_run("企业完成责任清单编制") == "企业"
    assert noun_run("电动车充电端口") == "电动车充电端口"  # twin: a verb inside a compound stays


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has in (("无锡完成责任清单编制的企业多少家？", "5870"),
                          ("无锡已有多少家企业完成责任清单编制？", "5870"),
                          ("无锡责任清单覆盖率多少？", "95.9%"),
                          ("无锡任务清单企业按期完成率多少？", "98.4%"),
                          ("无锡风险清单辨识了多少个较大以上风险点？", "1.42万"),
                          ("无锡任务清单推送了多少条任务提醒？", "38.6万"),
                          ("24年第8期镇江危化品企业里配了专职安全总监的有几家？", "95")):
        a = extra_assistant.ask(question).answer
        assert has in a and "未给出" not in a, (question, a)
    for question, wrong in (("无锡完成风险清单编制的企业多少家？", "5870"),
                            ("无锡风险清单覆盖率多少？", "95.9%"),
                            ("无锡任务清单覆盖率咋样？", "95.9%"),
                            ("无锡责任清单辨识了多少个较大以上风险点？", "1.42万"),
                            ("无锡风险清单推送了多少条任务提醒？", "38.6万"),
                            ("无锡已有多少家企业完成任务清单编制？", "5870")):
        a = extra_assistant.ask(question).answer
        assert "未给出" in a and wrong not in a.split("简报提到")[0], (question, a)


def test_answers_on_the_bundled_issues(assistant):
    for question, has in (("盐城2021年预计新增和调整多少人充实安监队伍？", "80人"),
                          ("盐城2021年核增多少名编制？", "18")):
        a = assistant.ask(question).answer
        assert has in a and "未给出" not in a, (question, a)
