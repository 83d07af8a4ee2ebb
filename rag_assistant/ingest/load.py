"""Read briefing files (.txt/.md/.docx/.doc/.pdf/.html) into raw text, with a clear per-file error."""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..text import fold_glyphs
from .docx_numbering import Numbering
from .docx_text import Footnotes, block_texts, blocks as docx_blocks
from .legacy_doc import DocReadError, doc_text, is_ole2, read_doc
from .pdf import error_reason, extract_in_child
from .html_page import decode_page, html_to_text
from .markdown import looks_like_markdown, markdown_to_text

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".doc", ".pdf", ".html", ".htm")
# The list shown to staff when a file type is refused (load, web upload).
SUPPORTED_LABEL = "、".join(SUPPORTED_SUFFIXES)
SIDECAR_SUFFIX = ".meta.toml"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# Every part of a .docx unpacked, which python-docx holds in memory and lxml parses (the file itself is ≤ 50 MB,
# and its images are already compressed, so a real one unpacks to little more).
DOCX_MAX_UNPACKED_BYTES = 100 * 1024 * 1024

# Above this share of control characters a "text" file is really binary (real text has ~0).
_MAX_CONTROL_SHARE = 0.05
# Share of non-ASCII characters that must be CJK for a clean gb18030 decode to win.
_MIN_CJK_SHARE = 0.9
# Invalid UTF-8 sequences a Chinese file may carry and still be read as UTF-8 (1 per 100 characters);
# GBK text read as UTF-8 has one on nearly every character.
_MAX_REPLACED_SHARE = 0.01
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# What Chinese prose is made of, beyond ASCII.
_CJK = re.compile(
    "[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"  # ideographs, incl. gb18030 four-byte ones
    "\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2460-\u24ff\u00b7]"  # 、。【】 ，（）１ “”—… ① ·
)


@dataclass(frozen=True)
class Document:
    """Raw text of one corpus file, before any briefing parsing."""

    source: str
    path: Path
    text: str
    encoding: str | None
    content_hash: str
    warnings: tuple[str, ...] = ()  # problems that did not stop loading, e.g. replaced bytes


class LoadError(Exception):
    """A file that cannot be turned into text; ``reason`` is shown to staff, so it is Chinese."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")

    def __reduce__(self):
        # Default pickling would re-call __init__ with only the formatted message.
        return (type(self), (self.path, self.reason))


def file_hash(path: Path) -> str:
    """SHA-256 hex digest of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def discover(corpus_dir: Path) -> list[Path]:
    """Supported files directly in ``corpus_dir``, sorted by name (FileNotFoundError if no such dir)."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"语料目录不存在：{corpus_dir}")
    found = []
    for path in corpus_dir.iterdir():
        # "~$x.docx" is the lock file Word keeps beside an open document.
        if path.name.startswith((".", "~$")) or path.name.lower().endswith(SIDECAR_SUFFIX):
            continue
        if path.suffix.lower() in SUPPORTED_SUFFIXES and path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.name)


def load_corpus(
    corpus_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Document], list[LoadError]]:
    """Load every discovered file; a bad file becomes an error and never stops the rest."""
    documents: list[Document] = []
    errors: list[LoadError] = []
    for path in discover(corpus_dir):
        if not is_inside(path, corpus_dir):
            # A link to /etc/passwd would otherwise be indexed and quoted to every user.
            errors.append(LoadError(path, "是指向语料目录之外的符号链接，已跳过"))
            continue
        try:
            documents.append(load_file(path, max_bytes=max_bytes))
        except LoadError as err:
            errors.append(err)
    return documents, errors


def is_inside(path: Path, directory: Path) -> bool:
    """Whether ``path``, with every symlink followed, lies inside ``directory``."""
    try:
        return Path(path).resolve().is_relative_to(Path(directory).resolve())
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop
        return False


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a Document; raises LoadError, and nothing else, when it cannot."""
    path = Path(path)
    try:
        return _load(path, max_bytes)
    except LoadError:
        raise
    except Exception as exc:  # the contract: callers only ever handle LoadError
        raise LoadError(path, f"读取失败（{type(exc).__name__}: {exc}）") from exc


def _load(path: Path, max_bytes: int) -> Document:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "无扩展名"
        raise LoadError(path, f"不支持的文件类型（{shown}），仅支持 {SUPPORTED_LABEL}")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)  # bounded: a huge file is never read whole
    except FileNotFoundError:
        raise LoadError(path, "文件不存在") from None
    except IsADirectoryError:
        raise LoadError(path, "不是文件（是一个文件夹）") from None
    except OSError as exc:
        raise LoadError(path, f"无法读取文件（{exc.strerror or type(exc).__name__}）") from exc
    if len(data) > max_bytes:
        raise LoadError(path, f"文件过大（超过 {_format_size(max_bytes)}）")
    if not data:
        raise LoadError(path, "文件为空")

    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    if suffix in (".txt", ".md", ".html", ".htm"):
        page = suffix in (".html", ".htm")  # a page saved from the web site (ingest/html_page.py)
        text, encoding, warnings = (decode_page(data, lambda: _decode_text(path, data)) if page
                                    else _decode_text(path, data))
        if _control_share(text) > _MAX_CONTROL_SHARE:
            raise LoadError(path, "不是文本文件（疑似二进制内容）")
        if page:
            text = html_to_text(text)
        elif looks_like_markdown(text, suffix):  # a page saved from the web site (ingest/markdown.py)
            text = markdown_to_text(text)
    elif suffix in (".docx", ".doc"):  # a legacy .doc read by catdoc (legacy_doc), a .docx saved as .doc too
        try:
            text = read_doc(path, data, _docx_text) if suffix == ".doc" else _docx_text(path, data)
        except DocReadError as err:
            raise LoadError(path, err.reason) from None
    else:
        text = _pdf_text(path, data)
    text = fold_glyphs(text.replace("\r\n", "\n").replace("\r", "\n"))  # any file type: text pasted from a PDF too
    if not text.strip():
        raise LoadError(path, "文件为空")
    return Document(path.name, path, text, encoding, hashlib.sha256(data).hexdigest(), warnings)


def _format_size(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.4g} MB"
    return f"{n / (1 << 10):.4g} KB" if n >= 1 << 10 else f"{n} 字节"


def _control_share(text: str) -> float:
    controls = sum(ch not in _TEXT_CONTROLS and unicodedata.category(ch) == "Cc" for ch in text)
    return controls / len(text) if text else 0.0


def _mostly_cjk(text: str) -> bool:
    non_ascii = re.sub(r"[\x00-\x7f]+", "", text)
    return bool(non_ascii) and len(_CJK.findall(non_ascii)) / len(non_ascii) >= _MIN_CJK_SHARE


def _decode_text(path: Path, data: bytes) -> tuple[str, str, tuple[str, ...]]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", ()
        except UnicodeDecodeError:
            raise LoadError(path, "无法识别文本编码") from None
    if b"\x00" in data:
        raise LoadError(path, "不是文本文件（疑似二进制内容）")
    try:
        return data.decode("utf-8-sig"), "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8", ()
    except UnicodeDecodeError:
        pass
    # charset-normalizer calls short GBK text Big5/cp949/shift_jis, so a clean, mostly-CJK
    # gb18030 decode wins first (GBK is a subset). Big5 punctuation decodes to non-CJK, so it falls through.
    try:
        text = data.decode("gb18030")
        if _mostly_cjk(text):
            return text, "gb18030", ()
    except UnicodeDecodeError:
        pass
    if damaged := _damaged_utf8(data):
        return damaged
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        if _control_share(data.decode("latin-1")) > _MAX_CONTROL_SHARE:
            raise LoadError(path, "不是文本文件（疑似二进制内容）")
        raise LoadError(path, "无法识别文本编码")
    return str(best).removeprefix("\ufeff"), best.encoding, ()


def _damaged_utf8(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    """UTF-8 Chinese text with a few invalid bytes (a bad copy, a cut emoji), decoded with U+FFFD and a warning."""
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if not 0 < bad <= len(text) * _MAX_REPLACED_SHARE or not _mostly_cjk(text.replace("\ufffd", "")):
        return None
    line = text[:text.index("\ufffd")].count("\n") + 1
    return text, "utf-8", (f"文件中有 {bad} 处无效的 UTF-8 字节，已替换为“\ufffd”（第一处在第 {line} 行）",)


def _docx_text(path: Path, data: bytes) -> str:
    if is_ole2(data):  # a legacy .doc renamed .docx
        return doc_text(data)
    _check_unpacked_size(path, data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as exc:
        # lxml's XMLSyntaxError subclasses SyntaxError; KeyError is a missing zip part.
        raise LoadError(path, "不是有效的 Word 文档（.docx 文件损坏）") from exc

    blocks: list[str] = []
    numbering = Numbering(document)  # Word's automatic 一、/（一）/1. labels are not in the paragraph text
    notes = Footnotes(document)
    for block in docx_blocks(document.element.body, document._body):  # in document order, content controls opened
        blocks.extend(block_texts(block, numbering, notes))
    if not blocks:
        raise LoadError(path, "文件为空（Word 文档中没有文字）")
    # Blank lines between paragraphs: the same structure as the .txt briefings.
    return "\n\n".join(blocks)


def _check_unpacked_size(path: Path, data: bytes) -> None:
    # zipfile never inflates a member past its declared size (it fails the CRC instead), so the declared
    # sizes bound what python-docx will unpack: a zip bomb is refused before any of it is inflated.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(part.file_size for part in archive.infolist())
    except zipfile.BadZipFile:
        return  # python-docx reports it as a broken document
    if unpacked > DOCX_MAX_UNPACKED_BYTES:
        raise LoadError(path, f"Word 文档解压后超过 {_format_size(DOCX_MAX_UNPACKED_BYTES)}，"
                              "疑似异常构造的文件（压缩炸弹），已拒绝")


def _pdf_text(path: Path, data: bytes) -> str:
    result = extract_in_child(data)
    if "error" in result:
        raise LoadError(path, error_reason(result))
    texts = [t.strip("\n") for t in result["pages"] if t.strip()]
    if not texts:
        if result["shows_text"]:
            # Text operators but nothing extracted: not a scan, the text layer is unreadable.
            raise LoadError(path, "PDF 中的文字无法提取（文件可能损坏或字体缺少编码信息）")
        raise LoadError(path, "PDF 没有文本层（可能是扫描件），无法提取文字")
    # A form feed between pages keeps page boundaries visible, so page furniture can be recognised.
    text = "\f".join(texts)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        # Fonts without a Unicode mapping extract as control-character garbage.
        raise LoadError(path, "PDF 中的文字无法提取（文件可能损坏或字体缺少编码信息）")
    return text
