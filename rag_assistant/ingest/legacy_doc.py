"""Read a legacy Word 97-2003 file (.doc, an OLE2 compound file) with Debian's ``catdoc``.

``catdoc -w -d utf-8`` writes each paragraph as one line in UTF-8 (Chinese as it is, no ?-substitution) and a table
row as its cells separated by tabs, the way ``load._docx_text`` reads a .docx; the lines become blank-line separated
blocks, so a .doc parses as the same document saved as .docx does. catdoc is a run-time tool, installed by
scripts/setup.sh (``apt-get install catdoc``); when it is missing the file gets a clear message, never a crash.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
CATDOC_TIMEOUT_S = 60
MISSING_TOOL = ("读取旧版 Word（.doc）文件需要 catdoc 工具，本机未安装（管理员可执行 apt-get install catdoc，"
                "或运行 scripts/setup.sh）；也可在 Word 中另存为 .docx 后再导入")
UNREADABLE = "旧版 Word（.doc）文件无法读取（文件可能损坏或已加密），请在 Word 中另存为 .docx 后再导入"


class DocReadError(Exception):
    """The .doc could not be read; ``reason`` is the Chinese message for staff."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


def is_ole2(data: bytes) -> bool:
    return data.startswith(OLE2_MAGIC)


def catdoc_path() -> str | None:
    """The catdoc executable, or None (``RAG_CATDOC`` names another one, e.g. for tests)."""
    return shutil.which(os.environ.get("RAG_CATDOC", "catdoc"))


def doc_text(data: bytes) -> str:
    """The text of a .doc's bytes: one block per paragraph or table row, blocks separated by a blank line."""
    if not is_ole2(data):
        raise DocReadError("不是有效的 Word 文档（.doc 文件损坏）")
    exe = catdoc_path()
    if exe is None:
        raise DocReadError(MISSING_TOOL)
    try:
        # The bytes go in on stdin: no file name (which may start with "-") reaches the command line.
        done = subprocess.run([exe, "-w", "-d", "utf-8"], input=data, capture_output=True,
                              timeout=CATDOC_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise DocReadError(UNREADABLE) from None
    except OSError:
        raise DocReadError(MISSING_TOOL) from None
    if done.returncode != 0:
        raise DocReadError(UNREADABLE)
    lines = (line.rstrip() for line in done.stdout.decode("utf-8", errors="replace").splitlines())
    return "\n\n".join(line for line in lines if line.strip())


def read_doc(path: Path, data: bytes, docx_reader) -> str:
    """A .doc file's text: a .docx saved under the .doc name is read as a .docx (``docx_reader(path, data)``)."""
    if data.startswith(ZIP_MAGIC):
        return docx_reader(path, data)
    return doc_text(data)
