"""The thirteenth extra issue (eval/extra_briefings/extra_2024_27.doc, 2024年第27期): a legacy Word 97-2003 file (.doc),
read by Debian's catdoc (rag_assistant/ingest/legacy_doc.py), which scripts/setup.sh installs."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from support import BUNDLED, EXTRA

from rag_assistant.evaluation.corpus import read_source
from rag_assistant.ingest.legacy_doc import MISSING_TOOL
from rag_assistant.ingest.load import LoadError, discover, load_corpus, load_file
from rag_assistant.ingest.parse import parse_briefing

DOC = EXTRA / "extra_2024_27.doc"
RENDERING = Path(__file__).resolve().parents[1] / "eval" / "extra_2024_27.doc.txt"
needs_catdoc = pytest.mark.skipif(shutil.which("catdoc") is None, reason="catdoc is installed by scripts/setup.sh")


def _briefing(path):
    doc = load_file(path)
    return parse_briefing(doc.text, doc.source)


@needs_catdoc
def test_the_doc_reads_as_its_committed_rendering_that_check_gold_uses():
    assert load_file(DOC).text == RENDERING.read_text(encoding="utf-8").rstrip("\n")


@needs_catdoc
def test_the_doc_gives_chinese_text_paragraphs_and_table_rows():
    text = load_file(DOC).text
    assert "?" not in text and "\ufffd" not in text  # no ?-substitution of Chinese
    blocks = text.split("\n\n")
    assert "江苏省应急管理厅办公室\t2024年11月15日" in blocks  # the masthead's tab is kept
    assert "新安街道\t126\t218\t211" in blocks  # a Word table row: cells tab-separated, as a .docx table is read
    # A paragraph is one block, never wrapped at a line width.
    assert any(b.startswith("会议要求，一是紧盯餐饮场所") and b.endswith("实行约谈通报。") for b in blocks)


@needs_catdoc
def test_the_doc_parses_into_issue_date_and_articles():
    briefing = _briefing(DOC)
    assert (briefing.issue, briefing.date) == ("2024年第27期", "2024-11-15")
    assert [a.title[:5] for a in briefing.articles] == ["全省城镇燃", "淮安市盱眙", "南通市启东", "徐州市新沂"]
    assert not briefing.warnings
    assert "（二）隐患不整改的一律不开放" in briefing.articles[1].paragraphs


@needs_catdoc
def test_the_doc_is_discovered_and_scored_against_the_loaders_text(tmp_path):
    shutil.copy2(DOC, tmp_path / DOC.name)
    shutil.copy2(BUNDLED / "000_c4edaeb9e379b5d7.txt", tmp_path)
    assert DOC.name in [p.name for p in discover(tmp_path)]
    documents, errors = load_corpus(tmp_path)
    assert not errors and len(documents) == 2
    assert read_source(tmp_path, DOC.name, {}) == load_file(DOC).text  # not the OLE2 bytes decoded as text


def test_a_missing_catdoc_is_a_clear_message_and_the_rest_still_load(tmp_path, monkeypatch):
    monkeypatch.setenv("RAG_CATDOC", "no-such-catdoc-tool")
    shutil.copy2(DOC, tmp_path / DOC.name)
    shutil.copy2(BUNDLED / "000_c4edaeb9e379b5d7.txt", tmp_path)
    documents, errors = load_corpus(tmp_path)
    assert [d.source for d in documents] == ["000_c4edaeb9e379b5d7.txt"]
    assert [e.reason for e in errors] == [MISSING_TOOL] and "catdoc" in MISSING_TOOL


@needs_catdoc
def test_a_broken_doc_and_a_doc_renamed_docx(tmp_path):
    broken = tmp_path / "broken.doc"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(LoadError, match=r"旧版 Word（\.doc）文件无法读取"):
        load_file(broken)
    plain = tmp_path / "plain.doc"
    plain.write_text("不是 Word 文件", encoding="utf-8")
    with pytest.raises(LoadError, match="不是有效的 Word 文档"):
        load_file(plain)
    renamed = tmp_path / "renamed.docx"  # a legacy .doc saved under a .docx name is read all the same
    shutil.copy2(DOC, renamed)
    assert load_file(renamed).text == load_file(DOC).text


def test_a_docx_saved_under_a_doc_name_is_read_as_a_docx(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("江苏应急管理简报")
    document.add_paragraph("常州市溧阳市排查民宿412家。")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "saved_as.doc"
    path.write_bytes(buffer.getvalue())
    assert load_file(path).text == "江苏应急管理简报\n\n常州市溧阳市排查民宿412家。"


def test_setup_installs_catdoc():
    setup = (Path(__file__).resolve().parents[1] / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "apt-get install -y -qq catdoc" in setup


def test_a_figure_after_a_sibling_of_the_same_head_counts_its_own_noun():
    from rag_assistant.answer.counted import shared_noun
    from rag_assistant.answer.window import figures_of

    def last_shares(sentence):
        figures = figures_of(sentence)
        return shared_noun(sentence, figures, figures[-1])

    # The short gap names another kind of the same thing: the figure counts it, not the noun before.
    assert last_shares("在主会场前置消防车6辆、救护车4辆") == ""
    assert last_shares("其中化工企业54家、医药企业32家") == ""
    assert last_shares("其中露天矿山49座、地下矿山9座") == ""
    # A verb gap still counts the same noun as the figure before (立案224家 are 企业).
    assert last_shares("查处企业557家，立案224家") == "企业"
