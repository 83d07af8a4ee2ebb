"""Loader: every supported format becomes verbatim text, every broken file a clear Chinese LoadError."""

from __future__ import annotations

import hashlib
import json
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fixtures_docs import (
    SAMPLE_PARAGRAPHS,
    write_binary_as_txt,
    write_control_chars_as_txt,
    write_docx,
    write_docx_bomb,
    write_empty,
    write_encrypted_pdf,
    write_gbk_txt,
    write_junk_docx,
    write_pdf,
    write_pdf_bomb,
    write_scanned_pdf,
    write_text,
)
from rag_assistant.ingest import load
from rag_assistant.ingest.load import Document, LoadError, discover, file_hash, load_corpus, load_file

BRIEFINGS = Path(__file__).resolve().parent.parent / "index" / "briefings"

# A phrase read out of each shipped briefing.
KNOWN_PHRASES = {
    "000_c4edaeb9e379b5d7.txt": "全市累计排查企业 31933 家",
    "001_9ab1dbcf5bb79156.txt": "重点企业、重点场所1600余处",
    "002_ca7909b6935f5c44.txt": "南京：“一网统管”助力城市安全发展",
    "003_07edcc791e64548a.txt": "配备巡查员6758人",
    "004_91fdd76356558e47.txt": "盐城市滨海县：全面加强基层监管队伍建设",
}
BRIEFING_TEXT = "\n\n".join(SAMPLE_PARAGRAPHS) + "\n"


def nospace(text: str) -> str:
    return "".join(text.split())


def load_error(path: Path, **kwargs) -> LoadError:
    with pytest.raises(LoadError) as info:
        load_file(path, **kwargs)
    err = info.value
    assert err.path == path
    assert str(err) == f"{path.name}: {err.reason}"
    return err


# --- the real corpus ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(BRIEFINGS.glob("*.txt")), ids=lambda p: p.name)
def test_every_real_briefing_loads_verbatim_as_utf8(path):
    raw = path.read_bytes()
    doc = load_file(path)
    assert doc == Document(
        source=path.name,
        path=path,
        text=raw.decode("utf-8"),
        encoding="utf-8",
        content_hash=hashlib.sha256(raw).hexdigest(),
    )


@pytest.mark.parametrize("name, phrase", sorted(KNOWN_PHRASES.items()))
def test_real_briefing_contains_its_known_phrase(name, phrase):
    assert phrase in load_file(BRIEFINGS / name).text


def test_real_corpus_discovery_skips_the_metadata_sidecar():
    names = [p.name for p in discover(BRIEFINGS)]
    assert set(KNOWN_PHRASES) <= set(names)
    assert not [n for n in names if n.endswith(".toml")]
    assert names == sorted(names)


# --- text encodings ------------------------------------------------------------------------------


def test_gbk_txt_loads_with_the_original_chinese_text(tmp_path):
    path = write_gbk_txt(tmp_path, "gbk.txt", BRIEFING_TEXT)
    doc = load_file(path)
    assert doc.text == BRIEFING_TEXT
    assert doc.encoding == "gb18030"  # GBK is decoded by its superset


@pytest.mark.parametrize(
    "text",
    ["应急管理简报", "全市累计排查企业 31933 家", "２０２５年第１４期"],
)
def test_short_gbk_text_is_not_misread_as_big5_or_korean(tmp_path, text):
    # charset-normalizer alone calls each of these cp949 or big5.
    doc = load_file(write_gbk_txt(tmp_path, "short.txt", text))
    assert (doc.text, doc.encoding) == (text, "gb18030")


def test_gb18030_txt_with_characters_outside_gbk_loads(tmp_path):
    rare = "龑䶮𠀾"  # extension A/B characters only GB18030 can encode
    with pytest.raises(UnicodeEncodeError):
        rare.encode("gbk")
    text = f"{SAMPLE_PARAGRAPHS[0]}\n\n负责人：刘{rare}。\n"
    doc = load_file(write_gbk_txt(tmp_path, "gb18030.txt", text, encoding="gb18030"))
    assert (doc.text, doc.encoding) == (text, "gb18030")


def test_gbk_txt_with_windows_newlines_gets_plain_newlines(tmp_path):
    doc = load_file(write_gbk_txt(tmp_path, "crlf.txt", BRIEFING_TEXT, newline="\r\n"))
    assert doc.text == BRIEFING_TEXT


def test_utf8_bom_is_stripped(tmp_path):
    doc = load_file(write_text(tmp_path, "bom.txt", BRIEFING_TEXT, bom=True))
    assert doc.text == BRIEFING_TEXT
    assert doc.encoding == "utf-8-sig"


def test_utf16_with_bom_loads(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(BRIEFING_TEXT.encode("utf-16"))  # the codec writes a BOM
    doc = load_file(path)
    assert (doc.text, doc.encoding) == (BRIEFING_TEXT, "utf-16")


def test_markdown_loads_as_its_rendered_text(tmp_path):
    # Markdown syntax is rendered (ingest/markdown.py): the `#` marks are not part of the masthead or the column.
    text = "# 江苏应急管理简报\n\n## 【重要新闻】\n\n" + SAMPLE_PARAGRAPHS[2] + "\n"
    doc = load_file(write_text(tmp_path, "note.md", text))
    assert (doc.source, doc.text, doc.encoding) == ("note.md", text.replace("# ", "").replace("#", ""), "utf-8")


def test_fullwidth_digits_are_not_normalized(tmp_path):
    text = "２０２５年第１４期\n\n全市累计排查企业３１９３３家。"
    assert load_file(write_text(tmp_path, "fw.txt", text)).text == text


def test_content_hash_is_sha256_of_the_file_bytes(tmp_path):
    path = write_gbk_txt(tmp_path, "gbk.txt", BRIEFING_TEXT)
    expected = hashlib.sha256(BRIEFING_TEXT.encode("gbk")).hexdigest()
    assert load_file(path).content_hash == expected == file_hash(path)


# --- .docx and .pdf ------------------------------------------------------------------------------


def test_docx_paragraphs_are_separated_by_blank_lines(tmp_path):
    doc = load_file(write_docx(tmp_path, "briefing.docx", SAMPLE_PARAGRAPHS))
    assert doc.text == "\n\n".join(SAMPLE_PARAGRAPHS)
    assert doc.encoding is None


def test_docx_table_cells_come_row_by_row_in_document_order(tmp_path):
    table = [["地区", "排查企业"], ["南通市", "31933 家"]]
    path = write_docx(tmp_path, "table.docx", ["截至当前：", table, "立案查处 9 家次。"])
    assert load_file(path).text == "截至当前：\n\n地区\t排查企业\n\n南通市\t31933 家\n\n立案查处 9 家次。"


def test_pdf_text_layer_yields_the_chinese_paragraphs(tmp_path):
    doc = load_file(write_pdf(tmp_path, "briefing.pdf", SAMPLE_PARAGRAPHS))
    # Line wrapping in the PDF adds newlines inside paragraphs; the characters are all there in order.
    assert nospace(doc.text) == nospace("".join(SAMPLE_PARAGRAPHS))
    assert doc.encoding is None


def test_pdf_pages_are_joined_by_a_form_feed(tmp_path):
    path = write_pdf(tmp_path, "pages.pdf", ["第一页：安全生产月。", "第二页：防汛防台。"], paragraphs_per_page=1)
    assert load_file(path).text == "第一页：安全生产月。\f第二页：防汛防台。"


def test_pdf_with_only_an_owner_password_loads(tmp_path):
    path = write_encrypted_pdf(tmp_path, "owner.pdf", ["江苏省应急管理厅办公室"], user_password="")
    assert load_file(path).text == "江苏省应急管理厅办公室"


# --- broken files: one LoadError with the file name and a specific reason --------------------------


def test_empty_file_is_reported_empty(tmp_path):
    assert load_error(write_empty(tmp_path, "empty.txt")).reason == "文件为空"


def test_whitespace_only_file_is_reported_empty(tmp_path):
    path = write_empty(tmp_path, "blank.md", " \n\t\r\n\u3000\n".encode())
    assert load_error(path).reason == "文件为空"


def test_binary_renamed_txt_is_not_text(tmp_path):
    assert load_error(write_binary_as_txt(tmp_path, "photo.txt")).reason == "不是文本文件（疑似二进制内容）"


def test_control_character_soup_without_nul_is_not_text(tmp_path):
    assert load_error(write_control_chars_as_txt(tmp_path, "x.txt")).reason == "不是文本文件（疑似二进制内容）"


def test_scanned_pdf_has_no_text_layer(tmp_path):
    path = write_scanned_pdf(tmp_path, "scan.pdf", pages=2)
    assert load_error(path).reason == "PDF 没有文本层（可能是扫描件），无法提取文字"


def test_pdf_whose_text_extracts_to_nothing_is_not_called_a_scan(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "blank-text.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    c.drawString(100, 700, "     ")  # a text operator that shows only spaces
    c.showPage()
    c.save()
    assert load_error(path).reason == "PDF 中的文字无法提取（文件可能损坏或字体缺少编码信息）"


def test_pdf_needing_a_password_says_so(tmp_path):
    path = write_encrypted_pdf(tmp_path, "secret.pdf", ["内部资料"], user_password="secret")
    assert load_error(path).reason == "PDF 已加密（需要密码），无法提取文字"


@pytest.mark.parametrize(
    "content",
    [b"<html>not a pdf</html>", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"],
    ids=["html", "truncated"],
)
def test_broken_pdf_is_reported_invalid(tmp_path, content):
    path = write_empty(tmp_path, "broken.pdf", content)
    assert load_error(path).reason == "不是有效的 PDF 文件（文件损坏）"


def test_junk_zip_renamed_docx_is_not_a_word_document(tmp_path):
    assert load_error(write_junk_docx(tmp_path, "junk.docx")).reason == "不是有效的 Word 文档（.docx 文件损坏）"


def test_plain_text_renamed_docx_is_not_a_word_document(tmp_path):
    path = write_text(tmp_path, "fake.docx", BRIEFING_TEXT)
    assert load_error(path).reason == "不是有效的 Word 文档（.docx 文件损坏）"


def test_legacy_doc_renamed_docx_asks_for_resaving(tmp_path):
    path = write_empty(tmp_path, "old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert "旧版 Word（.doc）" in load_error(path).reason


def test_docx_without_any_text_is_empty(tmp_path):
    path = write_docx(tmp_path, "blank.docx", ["", "   "])
    assert load_error(path).reason.startswith("文件为空")


def test_oversize_file_is_rejected_before_decoding(tmp_path):
    path = write_text(tmp_path, "big.txt", "应" * 400)  # 1200 bytes of UTF-8
    assert load_error(path, max_bytes=1024).reason == "文件过大（超过 1 KB）"


def test_file_exactly_at_the_size_limit_loads(tmp_path):
    path = write_text(tmp_path, "limit.txt", "应" * 400)
    assert load_file(path, max_bytes=1200).text == "应" * 400


def test_size_limit_is_reported_in_mb_or_bytes(tmp_path):
    path = write_empty(tmp_path, "huge.txt", b"a" * (1024 * 1024 + 1))
    assert load_error(path, max_bytes=1024 * 1024).reason == "文件过大（超过 1 MB）"
    assert load_error(path, max_bytes=16).reason == "文件过大（超过 16 字节）"


@pytest.mark.parametrize("name", ["report.xlsx", "README", "scan.jpg"])
def test_unsupported_suffix_is_rejected(tmp_path, name):
    path = write_empty(tmp_path, name, "江苏应急管理简报".encode())
    assert load_error(path).reason.startswith("不支持的文件类型")


def test_missing_file_is_reported(tmp_path):
    assert load_error(tmp_path / "gone.txt").reason == "文件不存在"


def test_unexpected_library_failure_still_raises_load_error(tmp_path, monkeypatch):
    def explode(path, data):
        raise RuntimeError("boom")

    monkeypatch.setattr(load, "_pdf_text", explode)
    reason = load_error(write_pdf(tmp_path, "a.pdf", ["文字"])).reason
    assert "RuntimeError" in reason and "boom" in reason


def test_load_error_survives_pickling(tmp_path):
    err = LoadError(tmp_path / "a.txt", "文件为空")
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.path, copy.reason, str(copy)) == (err.path, err.reason, "a.txt: 文件为空")


# --- discovery and whole-corpus loading ----------------------------------------------------------


def test_discover_returns_sorted_supported_files_only(tmp_path):
    for name in ["b.md", "a.txt", "C.TXT", "d.docx", "e.pdf", "a.meta.toml", "a.txt.meta.toml",
                 ".hidden.txt", "~$d.docx", "notes.xlsx", "README"]:
        write_text(tmp_path, name, "江苏")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "sub").mkdir()
    write_text(tmp_path / "sub", "nested.txt", "江苏")
    assert [p.name for p in discover(tmp_path)] == ["C.TXT", "a.txt", "b.md", "d.docx", "e.pdf"]


def test_discover_on_a_missing_directory_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        discover(tmp_path / "nope")


def test_load_corpus_keeps_every_good_document_and_one_error_per_broken_file(tmp_path):
    write_gbk_txt(tmp_path, "01_gbk.txt", BRIEFING_TEXT)
    write_text(tmp_path, "02_utf8.md", BRIEFING_TEXT, bom=True)
    write_docx(tmp_path, "03_word.docx", SAMPLE_PARAGRAPHS)
    write_pdf(tmp_path, "04_text.pdf", SAMPLE_PARAGRAPHS)
    write_empty(tmp_path, "05_empty.txt")
    write_binary_as_txt(tmp_path, "06_binary.txt")
    write_scanned_pdf(tmp_path, "07_scan.pdf")
    write_junk_docx(tmp_path, "08_junk.docx")
    write_text(tmp_path, "01_gbk.meta.toml", 'year = 2025\n')
    write_text(tmp_path, ".~lock.txt", "")

    documents, errors = load_corpus(tmp_path)

    assert [d.source for d in documents] == ["01_gbk.txt", "02_utf8.md", "03_word.docx", "04_text.pdf"]
    assert documents[0].text == documents[1].text == BRIEFING_TEXT
    assert documents[2].text == "\n\n".join(SAMPLE_PARAGRAPHS)
    assert nospace(documents[3].text) == nospace("".join(SAMPLE_PARAGRAPHS))
    assert [(e.path.name, e.reason) for e in errors] == [
        ("05_empty.txt", "文件为空"),
        ("06_binary.txt", "不是文本文件（疑似二进制内容）"),
        ("07_scan.pdf", "PDF 没有文本层（可能是扫描件），无法提取文字"),
        ("08_junk.docx", "不是有效的 Word 文档（.docx 文件损坏）"),
    ]


def test_load_corpus_passes_the_size_limit_on(tmp_path):
    write_text(tmp_path, "small.txt", "江苏")
    write_text(tmp_path, "large.txt", "江苏" * 100)
    documents, errors = load_corpus(tmp_path, max_bytes=100)
    assert [d.source for d in documents] == ["small.txt"]
    assert [e.path.name for e in errors] == ["large.txt"]


# --- crafted files: bounded time and memory, links out of the corpus, damaged UTF-8 (issue 15) -----

MEASURE = """
import json, resource, sys, time
from rag_assistant.ingest.load import LoadError, load_file
start = time.perf_counter()
try:
    load_file(sys.argv[1])
    reason = None
except LoadError as err:
    reason = err.reason
print(json.dumps({"reason": reason, "seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def measured_load(path: Path) -> dict:
    """load_file in a fresh process: its reason, wall time, and the peak RSS of the PDF extraction process."""
    out = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.parametrize("pages,stream_mb", [(40, 70), (40, 20)], ids=["issue-40x70MB", "40x20MB-each-under-the-cap"])
def test_pdf_decompression_bomb_is_rejected_in_seconds_with_little_memory(tmp_path, pages, stream_mb):
    path = write_pdf_bomb(tmp_path, "bomb.pdf", pages=pages, stream_bytes=stream_mb * 1_000_000)
    assert path.stat().st_size < 4_000_000
    result = measured_load(path)
    assert result["reason"] == "PDF 内容解压后超过 32 MB，疑似异常构造的文件（压缩炸弹），已拒绝"
    assert result["seconds"] < 30 and result["peak_mb"] < 300, result


def test_pdf_still_parsing_at_the_deadline_is_stopped_and_named(tmp_path, monkeypatch):
    from rag_assistant.ingest import pdf

    monkeypatch.setattr(pdf, "MAX_SECONDS", 2)
    # 20 MB of path operators: under every size cap, but minutes of content-stream parsing.
    path = write_pdf_bomb(tmp_path, "slow.pdf", pages=1, stream_bytes=20_000_000, unit=b"0 0 m\n")
    started = time.perf_counter()
    assert load_error(path).reason == "PDF 解析超过 2 秒仍未完成，疑似异常构造的文件，已拒绝"
    assert time.perf_counter() - started < 10


def test_docx_zip_bomb_is_rejected_before_unpacking(tmp_path):
    path = write_docx_bomb(tmp_path, "bomb.docx", padding_bytes=300_000_000)
    assert path.stat().st_size < 2_000_000
    result = measured_load(path)
    assert result["reason"] == "Word 文档解压后超过 100 MB，疑似异常构造的文件（压缩炸弹），已拒绝"
    assert result["seconds"] < 10, result


def test_docx_padded_below_the_limit_still_loads(tmp_path):
    path = write_docx_bomb(tmp_path, "padded.docx", padding_bytes=8_000_000)
    assert load_file(path).text == SAMPLE_PARAGRAPHS[1]


def test_symlinks_leaving_the_corpus_are_skipped_with_a_reason(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_text(corpus, "good.txt", BRIEFING_TEXT)
    secret = write_text(tmp_path, "secret.txt", "服务器口令：hunter2。")
    (corpus / "passwd.txt").symlink_to("/etc/passwd")
    (corpus / "secret.md").symlink_to(Path("..") / "secret.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    (corpus / "alias.txt").symlink_to("good.txt")  # stays inside the corpus: a normal file
    documents, errors = load_corpus(corpus)
    assert [d.source for d in documents] == ["alias.txt", "good.txt"]
    assert [str(e) for e in errors] == [
        "passwd.txt: 是指向语料目录之外的符号链接，已跳过", "secret.md: 是指向语料目录之外的符号链接，已跳过"]
    assert secret.read_text(encoding="utf-8") not in "".join(d.text for d in documents)


def test_a_corpus_folder_that_is_itself_a_link_still_loads(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    write_text(real, "good.txt", BRIEFING_TEXT)
    (tmp_path / "corpus").symlink_to(real)
    documents, errors = load_corpus(tmp_path / "corpus")
    assert [d.source for d in documents] == ["good.txt"] and errors == []


@pytest.mark.parametrize("bad", [b"\xf4\x90\x80\x80", b"\xf0\x9f\x98", b"\xed\xa0\x80"],
                         ids=["beyond-U+10FFFF", "cut-emoji", "encoded-surrogate"])
def test_one_bad_utf8_sequence_is_replaced_with_a_warning_not_rejected(tmp_path, bad):
    raw = (BRIEFINGS / "000_c4edaeb9e379b5d7.txt").read_bytes()
    cut = raw.index("全市累计排查企业".encode())
    path = write_empty(tmp_path, "damaged.txt", raw[:cut] + bad + raw[cut:])
    doc = load_file(path)
    assert doc.encoding == "utf-8"
    assert doc.text.replace("\ufffd", "") == raw.decode("utf-8")
    assert "全市累计排查企业 31933 家" in doc.text
    line = raw[:cut].count(b"\n") + 1
    [warning] = doc.warnings
    assert "无效的 UTF-8 字节" in warning and f"第 {line} 行" in warning


def test_gbk_text_is_not_read_as_damaged_utf8(tmp_path):
    doc = load_file(write_gbk_txt(tmp_path, "gbk.txt", BRIEFING_TEXT))
    assert (doc.encoding, doc.text, doc.warnings) == ("gb18030", BRIEFING_TEXT, ())


def test_text_with_many_invalid_bytes_is_still_refused(tmp_path):
    raw = (BRIEFINGS / "000_c4edaeb9e379b5d7.txt").read_bytes()
    damaged = b"".join(raw[i:i + 40] + b"\xff" for i in range(0, len(raw), 40))  # one bad byte every 40
    assert load_error(write_empty(tmp_path, "noise.txt", damaged)).reason in (
        "不是文本文件（疑似二进制内容）", "无法识别文本编码")
