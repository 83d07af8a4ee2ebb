"""Corpus checks: duplicate issue labels and parses that look wrong, in Briefing.warnings and `sources`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date

from rag_assistant.index.build import build_index
from rag_assistant.index.store import open_store
from rag_assistant.ingest.audit import audit, findings
from rag_assistant.ingest.parse import parse_briefing

TODAY = date(2026, 12, 1)


def briefing(source: str, label: str, when: str, title: str = "某市：加强安全检查", body: str = "全市检查企业 12 家。"):
    text = f"江苏应急管理简报\n\n{label}\n\n{when}\n\n【地方动态】\n\n{title}\n\n{body}\n"
    return parse_briefing(text, source)


def flags_of(briefings, source):
    return findings(next(b for b in audit(briefings, TODAY) if b.source == source))


def test_two_files_with_one_issue_label_are_both_kept_and_each_names_the_other():
    a = briefing("a.txt", "2026 年第 13 期", "2026 年 3 月 26 日")
    b = briefing("b.pdf", "2026年第13期", "2026年3月26日", body="全市检查企业 9999 家。")
    c = briefing("c.txt", "2026 年第 12 期", "2026 年 3 月 12 日")
    checked = audit([a, b, c], TODAY)
    assert [x.source for x in checked] == ["a.txt", "b.pdf", "c.txt"]
    assert any("重复" in w and "b.pdf" in w for w in findings(checked[0]))
    assert any("重复" in w and "a.txt" in w for w in findings(checked[1]))
    assert findings(checked[2]) == []


def test_special_editions_are_not_duplicates_of_numbered_issues():
    a = briefing("a.txt", "2024年特刊", "2024年4月18日")
    b = briefing("b.txt", "2024 年第 1 期", "2024 年 1 月 8 日")
    assert flags_of([a, b], "a.txt") == [] and flags_of([a, b], "b.txt") == []


def test_titles_of_only_digits_or_punctuation_and_articles_without_title_are_flagged():
    b = briefing("a.txt", "2025 年第 3 期", "2025 年 2 月 1 日", title="（3）…（4）")
    assert any("只有数字或标点" in w and "（3）…（4）" in w for w in flags_of([b], "a.txt"))
    untitled = parse_briefing("江苏应急管理简报\n\n2025 年第 4 期\n\n2025 年 3 月 1 日\n\n全市检查企业 12 家。\n", "u.txt")
    assert any("没有识别到标题" in w for w in flags_of([untitled], "u.txt"))


def test_article_without_body_is_flagged():
    b = briefing("a.txt", "2025 年第 3 期", "2025 年 2 月 1 日")
    empty = replace(b, articles=(replace(b.articles[0], paragraphs=()),))
    assert any("没有正文" in w for w in flags_of([empty], "a.txt"))


def test_dates_outside_2018_to_next_year_and_issue_year_mismatch_are_flagged():
    old = briefing("old.txt", "2017 年第 3 期", "2017 年 2 月 1 日")
    future = briefing("future.txt", "2028 年第 3 期", "2028 年 2 月 1 日")
    mismatch = briefing("m.txt", "2025 年第 3 期", "2024 年 2 月 1 日")
    fine = briefing("ok.txt", "2027 年第 1 期", "2027 年 1 月 5 日")  # next year is allowed
    checked = [old, future, mismatch, fine]
    assert any("不在 2018 年至 2027 年之间" in w for w in flags_of(checked, "old.txt"))
    assert any("不在 2018 年至 2027 年之间" in w for w in flags_of(checked, "future.txt"))
    assert any("与日期" in w for w in flags_of(checked, "m.txt"))
    assert flags_of(checked, "ok.txt") == []


def test_one_misnumbered_issue_is_flagged_not_the_ones_it_disagrees_with():
    issues = [briefing(f"{n}.txt", f"2025 年第 {n} 期", f"2025 年 {n} 月 10 日") for n in range(1, 7)]
    issues[2] = briefing("3.txt", "2025 年第 3 期", "2025 年 11 月 10 日")  # dated after issues 4–6
    flagged = {b.source for b in audit(issues, TODAY) if findings(b)}
    assert flagged == {"3.txt"}
    assert any("顺序不符" in w and "2025年第4期" in w for w in flags_of(issues, "3.txt"))


def test_rerunning_the_audit_replaces_earlier_findings():
    a = briefing("a.txt", "2026 年第 13 期", "2026 年 3 月 26 日")
    b = briefing("b.txt", "2026 年第 13 期", "2026 年 3 月 26 日")
    once = audit([a, b], TODAY)
    assert len(findings(audit(once, TODAY)[0])) == 1
    assert findings(audit(once[:1], TODAY)[0]) == []  # b removed: a is no longer a duplicate


def test_a_duplicate_upload_is_flagged_in_the_index_and_in_sources_json(fresh_index, tmp_path):
    corpus = fresh_index.corpus_dir
    original = corpus / "003_07edcc791e64548a.txt"
    copy = corpus / "uploaded_2026_13.txt"
    copy.write_text(original.read_text(encoding="utf-8").replace("6758", "9999"), encoding="utf-8")
    build_index(fresh_index)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "RAG_INDEX_DIR": str(fresh_index.index_dir),
           "RAG_CORPUS_DIR": str(corpus), "RAG_CONFIG": str(tmp_path / "absent.toml"),
           "RAG_CHUNK_TOKENS": str(fresh_index.chunk_tokens)}
    out = subprocess.run([sys.executable, "-m", "rag_assistant.cli", "sources", "--json"], env=env,
                         capture_output=True, text=True, timeout=300)
    rows = {r["source"]: r for r in json.loads(out.stdout)}
    assert any("重复" in f and copy.name in f for f in rows[original.name]["flags"])
    assert any("重复" in f and original.name in f for f in rows[copy.name]["flags"])
    stored = {b.source: b for b in open_store(fresh_index).briefings}  # what the 简报库 tab shows
    assert any("重复" in w and original.name in w for w in stored[copy.name].warnings)
