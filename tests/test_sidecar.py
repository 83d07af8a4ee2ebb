"""Sidecar metadata: every field validated on its own, Chinese dates and numerals accepted, junk named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rag_assistant.ingest.parse import parse_briefing
from rag_assistant.ingest.sidecar import SidecarError, check_sidecar, iso_date, read_sidecar


def briefing_with(tmp_path: Path, sidecar: str | bytes, name: str = "n.txt") -> Path:
    path = tmp_path / name
    path.write_text("某市：标题\n\n正文一句，共 17 家。\n", encoding="utf-8")
    target = tmp_path / name.replace(".txt", ".meta.toml")
    target.write_bytes(sidecar if isinstance(sidecar, bytes) else sidecar.encode("utf-8"))
    return path


@pytest.mark.parametrize("value", [
    "2026年3月26日", "2026 年 3 月 26 日", "2026年03月26日", "二〇二六年三月二十六日", "2026-03-26", "2026/3/26",
    "2026.3.26", "２０２６－０３－２６", dt.date(2026, 3, 26), dt.datetime(2026, 3, 26, 9, 30),
])
def test_dates_in_the_forms_staff_write_are_read_as_iso(value):
    assert iso_date(value) == "2026-03-26"


@pytest.mark.parametrize("value", ["明年春天", "2026年2月30日", "2026-13-01", "3月26日", "20260326", "", None, 20260326,
                                   "1800-01-01", "2026年3月26日上午"])
def test_anything_that_is_not_a_real_date_is_none(value):
    assert iso_date(value) is None


def test_chinese_sidecar_date_and_numerals_fill_the_briefing(tmp_path):
    path = briefing_with(tmp_path, 'date = "2026年3月26日"\nnumber = "十三"\nyear = "二〇二六"\n')
    meta, problems = check_sidecar(path)
    assert (meta, problems) == ({"date": "2026-03-26", "number": 13, "year": 2026}, [])
    b = parse_briefing(path.read_text(encoding="utf-8"), path.name, meta=meta)
    assert (b.issue, b.date) == ("2026年第13期", "2026-03-26")


@pytest.mark.parametrize("field,value,accepted", [
    ("number", '"第13期"', 13), ("number", "13", 13), ("number", '"１３"', 13),
    ("year", "2026", 2026), ("year", '"2026年"', 2026),
    ("office", '"  江苏省应急管理厅办公室 "', "江苏省应急管理厅办公室"),
])
def test_field_forms_that_are_accepted(tmp_path, field, value, accepted):
    assert check_sidecar(briefing_with(tmp_path, f"{field} = {value}\n")) == ({field: accepted}, [])


@pytest.mark.parametrize("field,value", [
    ("year", '"abc"'), ("year", "99999"), ("year", "true"), ("number", '"abc"'), ("number", "0"), ("number", "-3"),
    ("number", '"3.5"'), ("date", '"明年春天"'), ("date", "2026"), ("headline", '""'), ("office", "12"),
])
def test_a_bad_field_is_ignored_with_a_message_naming_the_file_and_the_field(tmp_path, field, value):
    path = briefing_with(tmp_path, f'{field} = {value}\npublication = "江苏应急管理简报"\n')
    meta, problems = check_sidecar(path)
    assert meta == {"publication": "江苏应急管理简报"}  # the good field is kept
    [problem] = problems
    assert problem.startswith(f"元数据文件 n.meta.toml 中 {field} = ") and problem.endswith("该字段已忽略")
    with pytest.raises(SidecarError, match=field):
        read_sidecar(path)


def test_unknown_keys_are_named_and_the_rest_is_kept(tmp_path):
    meta, problems = check_sidecar(briefing_with(tmp_path, "issue_no = 3\nnumber = 3\n"))
    assert meta == {"number": 3} and len(problems) == 1 and "issue_no" in problems[0]


@pytest.mark.parametrize("content,why", [
    ("number = \n", "格式错误"), ("date = 2026年3月26日\n", "格式错误"), ('office = "江苏"'.encode("gbk") + b"\xff", "不是 UTF-8"),
])
def test_an_unreadable_sidecar_is_ignored_whole_with_a_message(tmp_path, content, why):
    meta, problems = check_sidecar(briefing_with(tmp_path, content))
    assert meta == {} and len(problems) == 1 and why in problems[0] and "n.meta.toml" in problems[0]


def test_a_sidecar_linking_out_of_the_corpus_is_not_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    outside = tmp_path / "elsewhere.toml"
    outside.write_text('headline = "来自目录之外"\n', encoding="utf-8")
    path = corpus / "n.txt"
    path.write_text("正文。\n", encoding="utf-8")
    (corpus / "n.meta.toml").symlink_to(outside)
    meta, problems = check_sidecar(path)
    assert meta == {} and "符号链接" in problems[0]


def test_no_sidecar_means_no_metadata_and_no_message(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("正文。\n", encoding="utf-8")
    assert check_sidecar(path) == ({}, []) and read_sidecar(path) == {}
