"""PDF text extraction in a child process held to a deadline, a memory cap and a decompression budget.

A crafted PDF (40 pages, each a 70 MB compressed stream, in 2.8 MB) keeps pypdf decompressing and parsing
for many minutes; only a separate process can be stopped at a deadline. The parent side
(``extract_in_child``) runs this very file as ``python -I pdf.py``; the child side (``main``) imports
nothing from the package, so it starts in a fraction of a second.
"""

from __future__ import annotations

import io
import json
import logging
import re
import subprocess
import sys

# Real briefings stay far below these: a page of text is ~10-50 KB of content stream.
MAX_CONTENT_BYTES = 32 * 1024 * 1024  # decompressed page content of one PDF, and of any one stream
MAX_SECONDS = 60
MAX_MEMORY_BYTES = 1024 * 1024 * 1024
# Operators that show text: a page with them but no extracted text has an unreadable text layer.
TEXT_OPERATORS = (b"Tj", b"TJ", b"'", b'"')

# A line set with 分散对齐 (distributed) or widened character spacing is drawn glyph by glyph with gaps, which
# pypdf reads as a space after every character (``全 省 春 季 …``, ``1 9 家``). A whole line of single characters
# one space apart, two or more of them ideographs, is closed up; a table row of one-digit cells (``1 2 3 4``) is not.
SPREAD_LINE_RE = re.compile(r"^[ \t]*([^ \t\n](?: [^ \t\n]){3,})[ \t]*$", re.M)
IDEOGRAPH_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u2e80-\u2fdf]")

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- parent side

def extract_in_child(data: bytes) -> dict:
    """``{"pages": [...], "shows_text": bool}`` for a PDF's bytes, or ``{"error": code, ...}``."""
    command = [sys.executable, "-I", __file__, str(MAX_CONTENT_BYTES), str(MAX_MEMORY_BYTES), str(MAX_SECONDS)]
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=MAX_SECONDS)
    except subprocess.TimeoutExpired:  # run() has killed the child
        return {"error": "timeout"}
    try:
        return json.loads(done.stdout)
    except ValueError:  # killed by its CPU limit, or out of memory before it could say so
        log.warning("PDF extraction process exited with %s: %s", done.returncode, done.stderr[-500:])
        return {"error": "crashed"}


def error_reason(result: dict) -> str:
    """The Chinese reason shown to staff for an ``{"error": ...}`` result."""
    return {
        "password": "PDF 已加密（需要密码），无法提取文字",
        "encryption_unsupported": "PDF 已加密，当前环境无法解密",
        "invalid": "不是有效的 PDF 文件（文件损坏）",
        "no_pages": "不是有效的 PDF 文件（文件损坏，没有页面）",
        "page": f"PDF 第 {result.get('page')} 页无法解析（{result.get('type')}）",
        "too_large": f"PDF 内容解压后超过 {MAX_CONTENT_BYTES >> 20} MB，疑似异常构造的文件（压缩炸弹），已拒绝",
        "timeout": f"PDF 解析超过 {MAX_SECONDS} 秒仍未完成，疑似异常构造的文件，已拒绝",
        "memory": f"PDF 解析所需内存超过 {MAX_MEMORY_BYTES >> 20} MB，疑似异常构造的文件，已拒绝",
    }.get(result["error"], f"PDF 解析失败（超出 {MAX_SECONDS} 秒或 {MAX_MEMORY_BYTES >> 20} MB 内存限制），已拒绝")


# ---------------------------------------------------------------- child side

def extract(data: bytes, max_content: int) -> dict:
    """The page texts of ``data``; page content above ``max_content`` decompressed bytes is ``too_large``."""
    from pypdf import apply_configuration
    from pypdf.errors import LimitReachedError

    limits = {key: max_content for key in (
        "zlib_maximum_output_length", "lzw_maximum_output_length", "run_length_maximum_output_length",
        "brotli_maximum_output_length", "array_based_stream_maximum_output_length")}
    with apply_configuration(**limits):
        try:
            return _extract(data, max_content)
        except LimitReachedError:
            return {"error": "too_large"}


def _extract(data: bytes, max_content: int) -> dict:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs carry only an owner password; the empty user password opens them.
            try:
                if not reader.decrypt(""):
                    return {"error": "password"}
            except DependencyError:
                return {"error": "encryption_unsupported"}
        pages = list(reader.pages)
    except FileNotDecryptedError:
        return {"error": "password"}
    except LimitReachedError:
        raise
    except PyPdfError:
        return {"error": "invalid"}
    if not pages:
        return {"error": "no_pages"}
    texts, budget = [], max_content
    for number, page in enumerate(pages, start=1):
        try:
            contents = page.get_contents()  # decompressed once here; extract_text reuses the cached data
            budget -= len(contents.get_data()) if contents is not None else 0
            if budget < 0:
                return {"error": "too_large"}
            texts.append(close_spread_lines(page.extract_text() or ""))
        except LimitReachedError:
            raise
        except Exception as exc:  # malformed content streams raise many pypdf-internal types
            return {"error": "page", "page": number, "type": type(exc).__name__}
    shows_text = not any(t.strip() for t in texts) and any(_shows_text(page) for page in pages)
    return {"pages": texts, "shows_text": shows_text}


def close_spread_lines(text: str) -> str:
    """``text`` with every letter-spaced line (see SPREAD_LINE_RE) written without the extraction's spaces."""
    def close(m: re.Match) -> str:
        run = m.group(1)
        return run.replace(" ", "") if len(IDEOGRAPH_RE.findall(run)) >= 2 else m.group(0)

    return SPREAD_LINE_RE.sub(close, text)


def _shows_text(page) -> bool:
    try:
        contents = page.get_contents()  # a parsed ContentStream, or None
        operations = contents.operations if contents is not None else []
        return any(op in TEXT_OPERATORS for _, op in operations)
    except Exception:  # a page too broken to parse counts as showing no text
        return False


def main(argv: list[str]) -> int:
    """Child entry point: cap this process, read the PDF from stdin, write the JSON result to stdout."""
    import resource

    max_content, max_memory, cpu_seconds = (int(a) for a in argv[1:4])
    data = sys.stdin.buffer.read()
    for limit, value in ((resource.RLIMIT_AS, max_memory), (resource.RLIMIT_CPU, cpu_seconds)):
        try:
            resource.setrlimit(limit, (value, value))
        except (ValueError, OSError):  # a platform without this limit: the parent's deadline still holds
            pass
    try:
        result = extract(data, max_content)
    except MemoryError:
        result = {"error": "memory"}
    sys.stdout.write(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
