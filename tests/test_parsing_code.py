"""An index made by other parsing code (before an upgrade that fixed the parser) is parsed again, by the next build
and before the app or the CLI answer from it; a briefing is otherwise reused while its file's bytes are unchanged."""

from __future__ import annotations

import json
import shutil

from rag_assistant.assistant import load_assistant
from rag_assistant.index import parsing_code
from rag_assistant.index.build import build_index
from rag_assistant.index.parsing_code import STALE_PARSER, parser_fingerprint
from rag_assistant.index.store import current_dir, open_store


def _made_by_old_code(settings) -> None:
    path = current_dir(settings) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    assert manifest["parser"] == parser_fingerprint()  # written by every build
    manifest["parser"] = "0" * 16
    path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def test_the_next_build_parses_every_file_again_then_reuses_them(fresh_index):
    _made_by_old_code(fresh_index)
    report = build_index(fresh_index)
    assert len(report.indexed) == 5 and report.reused == () and report.warnings == (STALE_PARSER,)
    assert open_store(fresh_index).manifest["parser"] == parser_fingerprint()
    again = build_index(fresh_index)
    assert again.indexed == () and len(again.reused) == 5


def test_the_assistant_rebuilds_before_answering(fresh_index):
    _made_by_old_code(fresh_index)
    old = current_dir(fresh_index)
    assistant = load_assistant(fresh_index)
    assert assistant.store.manifest["parser"] == parser_fingerprint() and assistant.store.path != old
    assert "31933" in assistant.ask("南通市累计排查企业多少家？").answer


def test_the_digest_follows_the_parsing_code(tmp_path, monkeypatch):
    package = tmp_path / "rag_assistant"
    shutil.copytree(parsing_code._PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(parsing_code, "_PACKAGE", package)
    try:
        parser_fingerprint.cache_clear()
        before = parser_fingerprint()
        (package / "answer" / "compose.py").write_text("# answering code is not parsing code\n", encoding="utf-8")
        parser_fingerprint.cache_clear()
        assert parser_fingerprint() == before
        with (package / "ingest" / "parse.py").open("a", encoding="utf-8") as fh:
            fh.write("\n# a parser fix\n")
        parser_fingerprint.cache_clear()
        assert parser_fingerprint() != before
    finally:
        parser_fingerprint.cache_clear()


def test_an_index_of_another_corpus_folder_is_kept_not_rebuilt_from_this_one(fresh_index, tmp_path):
    # ask/search run with another corpus folder than the index was built from: rebuilding would drop its briefings.
    _made_by_old_code(fresh_index)
    old = current_dir(fresh_index)
    elsewhere = fresh_index.replace(corpus_dir=tmp_path / "empty")
    (tmp_path / "empty").mkdir()
    assistant = load_assistant(elsewhere)
    assert assistant.store.path == old and len(assistant.store.briefings) == 5
