"""Which parsing code made an index: a digest of the source that turns a file into stored briefings, chunks and
BM25 tokens. A briefing is otherwise reused while its file's bytes are unchanged, so after an upgrade that fixes the
parser (a new layout read right, full-width digits folded) an existing index would keep what the old code made. When
the digest differs, the next build parses every file again and the app and CLI rebuild before answering."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
# ingest/ (loading, parsing, chunking and the gazetteer data), the text, number and unit helpers it uses, the record
# types, and the BM25 tokeniser and its lexicon.
_SOURCES = ("ingest", "text.py", "numbers.py", "units.py", "types.py", "index/store.py", "index/lexicon.py")
STALE_PARSER = "上一版索引由旧版解析程序生成：本次用当前的解析程序重新处理全部简报"


@lru_cache(maxsize=1)
def parser_fingerprint() -> str:
    """A short digest of the parsing code's files (paths and bytes)."""
    digest = hashlib.sha256()
    for entry in _SOURCES:
        path = _PACKAGE / entry
        files = sorted(f for f in path.rglob("*") if f.suffix in (".py", ".json") and f.is_file()) if path.is_dir() else [path]
        for f in files:
            digest.update(f.relative_to(_PACKAGE).as_posix().encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:16]


def parsed_by_other_code(manifest: dict) -> bool:
    """Whether an index's records were made by other parsing code than this one (or by code before the digest)."""
    return manifest.get("parser") != parser_fingerprint()
