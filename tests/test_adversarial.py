"""The verifier against wrong but plausible LLM answers: a fake OpenAI-compatible server plays answers built
from the real bundled briefings (another subject's figure, wrong unit, wrong source, change read as total,
another issue's figure, invented vague quantities, marker variants) and correct controls, through the real
``openai`` backend and the whole pipeline. Targets (issue 14): >= 95% caught per kind, <= 2% false alarms."""

from __future__ import annotations

import json
import urllib.request

import pytest

from adversarial_server import (CONTROL, KINDS, AdversaryChat, Case, build_cases, markdown, numbered_sources,
                                resolve, run_case, summary)
from llm_servers import LocalServer

pytestmark = [pytest.mark.llm, pytest.mark.timeout(600)]

NANTONG_Q = "南通市化工、医药企业“打非治违”专项治理行动累计排查了多少家企业？"


@pytest.fixture(scope="module")
def adversary():
    server = LocalServer(AdversaryChat)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def outcomes(assistant, adversary):
    cases = build_cases(assistant.briefings())
    return [run_case(assistant, adversary, case) for case in cases]


def test_every_kind_of_wrong_answer_is_flagged_or_replaced(outcomes):
    table = summary(outcomes)
    print("\n" + markdown(table))
    for kind in KINDS:
        row = table[kind]
        assert row["reached"] >= 10, (kind, row)  # enough cases reached the model to measure the kind
        missed = [(o.case.template, o.answer) for o in outcomes if o.case.kind == kind and o.reached and not o.caught]
        assert row["caught"] >= 0.95 * row["reached"], (kind, missed)


def test_correct_answers_are_rarely_flagged(outcomes):
    row = summary(outcomes)[CONTROL]
    alarms = [(o.answer, o.reason) for o in outcomes if o.case.kind == CONTROL and o.reached and o.caught]
    assert row["reached"] >= 50
    assert row["caught"] <= 0.02 * row["reached"], alarms


def test_the_adversary_answers_without_streaming_too(adversary):
    adversary.options["case"] = Case(CONTROL, "q", "全市累计排查企业 31933 家[{cite:31933 家}]。")
    prompt = "资料：\n[1] 2025年第16期简报（2025年6月27日）《宿迁》\n无关\n\n[2] 2025年第14期简报《南通》\n全市累计排查企业 31933 家。\n\n问题：q"
    body = json.dumps({"model": "adversary", "messages": [{"role": "user", "content": prompt}], "stream": False}).encode()
    request = urllib.request.Request(adversary.base_url + "/chat/completions", body, {"Content-Type": "application/json"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=10) as response:
        reply = json.loads(response.read())
    assert reply["choices"][0]["message"]["content"] == "全市累计排查企业 31933 家[2]。"


def test_placeholders_resolve_to_the_source_that_does_or_does_not_hold_the_figure():
    sources = numbered_sources("资料：\n[1] a《t》\n共 5 家。\n\n[2] b《t》\n共 31933 家。\n\n问题：q")
    assert sources == {1: "共 5 家。", 2: "共 31933 家。"}
    assert resolve("{cite:31933家}/{other:31933家}", sources) == "2/1"
    assert resolve("{cite:77家}", sources) is None


# ---------------------------------------------------------------- what happens to an unsupported claim

WRONG = "全市累计排查企业 31933 家[{cite:31933 家}]，识别医药生产企业 248 家[{cite:31933 家}]。"


def ask(assistant, adversary, policy: str | None):
    adversary.options.update(case=Case("other_subject", NANTONG_Q, WRONG), resolved=False)
    options = {"unsupported_policy": policy} if policy else {}
    return assistant.ask(NANTONG_Q, backend="openai", openai_base_url=adversary.base_url, openai_model="adversary",
                         llm_max_retries=0, **options)


def test_default_policy_falls_back_to_the_extractive_answer_with_the_reason(assistant, adversary):
    answer = ask(assistant, adversary, None)
    assert answer.backend == "extractive" and "31933" in answer.answer
    assert answer.notice.startswith("大模型回答中有1 处说法未能在所引原文中核实") and "248" in answer.notice
    assert answer.to_dict()["notice"] == answer.notice
    assert not any(c["status"] == "unsupported" for c in answer.to_dict()["claims"])


def test_flag_policy_keeps_the_answer_and_marks_the_claim_with_its_reason(assistant, adversary):
    answer = ask(assistant, adversary, "flag")
    assert answer.backend == "openai" and answer.notice is None
    claims = answer.to_dict()["claims"]
    assert [c["status"] for c in claims] == ["supported", "unsupported"]
    assert claims[1]["figures"] == ["248 家"] and "对象不符" in claims[1]["reason"] and claims[1]["n"] == [1]
    assert answer.unsupported_numbers == ("248 家",)


def test_drop_policy_removes_the_claim_and_says_so(assistant, adversary):
    answer = ask(assistant, adversary, "drop")
    assert answer.backend == "openai"
    assert "248" not in answer.answer and "31933" in answer.answer and answer.answer.endswith("[1]。")
    assert answer.notice == "已删除 1 处未能在所引原文中核实的说法。"
    assert [c.status for c in answer.claims] == ["supported"] and answer.unsupported_numbers == ()


def test_the_adversarial_command_writes_its_table_to_the_reports(tmp_path, capsys):
    """`python -m benchmarks.adversarial` runs end to end and leaves the per-kind table where --out says."""
    from benchmarks import adversarial

    out = tmp_path / "reports" / "adversarial.md"
    assert adversarial.main(["--per-kind", "1", "--controls", "1", "--out", str(out)]) == 0
    report = out.read_text(encoding="utf-8")
    rows = [line for line in report.splitlines() if line.startswith("| ") and "/" in line.split("|")[-2]]
    assert len(rows) >= 7 and "false alarms" in rows[-1]
    assert all(row.split("|")[-2].strip().startswith(("1/1", "0/1")) for row in rows), rows
    assert report.split("\n\n")[-1].startswith(f"{len(rows)} cases")
    assert capsys.readouterr().out.count("| wrong answer kind") == 1
