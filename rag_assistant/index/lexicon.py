"""jieba's dictionary in a compact form: the same words, frequencies and part-of-speech tags in a marisa trie
and two flat arrays, so segmentation and tagging are jieba's own code over ~10 MB instead of ~95 MB of Python
dicts (its word→frequency table with every prefix, 498k keys, and jieba.posseg's word→tag table, 349k more).

Built once from jieba's own dictionary file (by jieba's own parser, ``Tokenizer.gen_pfdict``) into
``<cache_dir>/jieba/<recipe>-<digest of the dictionary>/`` and loaded from there by every later process.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sys
import threading
import uuid
from array import array
from collections.abc import Mapping
from pathlib import Path
from typing import Iterator

log = logging.getLogger(__name__)

# Bump when the stored layout changes, so an older cache is never read.
RECIPE = "jieba-marisa-v1"
NO_TAG = 255
_LOCK = threading.Lock()


class CompactTable(Mapping):
    """A read-only str → value mapping over a marisa trie: ``values[trie id]``, or ``names[values[id]]``."""

    def __init__(self, trie, values: array, names: list[str] | None = None, missing: int | None = None):
        self._trie, self._values, self._names, self._missing = trie, values, names, missing

    def get(self, key, default=None):
        i = self._trie.get(key)
        if i is None:
            return default
        value = self._values[i]
        if self._names is None:
            return value
        return default if value == self._missing else self._names[value]

    def __getitem__(self, key):
        value = self.get(key, KeyError)
        if value is KeyError:
            raise KeyError(key)
        return value

    def __contains__(self, key) -> bool:
        return self.get(key, KeyError) is not KeyError

    def __iter__(self) -> Iterator[str]:
        return (k for k in self._trie.keys() if k in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def dictionary_digest() -> str:
    """Digest of jieba's packaged dictionary file (a new jieba with another dictionary gets a new cache)."""
    import jieba

    with jieba.dt.get_dict_file() as f:
        return hashlib.sha256(f.read()).hexdigest()[:16]


def read_dictionary() -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's tables as jieba itself builds them: word/prefix → frequency, the total, word → POS tag."""
    import jieba

    freq, total = jieba.Tokenizer.gen_pfdict(jieba.dt.get_dict_file())
    tags = {}
    with jieba.dt.get_dict_file() as f:  # as jieba.posseg's POSTokenizer.load_word_tag reads it
        for line in f:
            line = line.strip().decode("utf-8")
            if line:
                word, _, tag = line.split(" ")
                tags[word] = tag
    return freq, total, tags


def write_compact(directory: Path) -> None:
    """Write the compact tables into ``directory`` (a fresh one, renamed into place by the caller)."""
    import marisa_trie

    freq, total, tags = read_dictionary()
    trie = marisa_trie.Trie(freq.keys())
    names = sorted(set(tags.values()))
    if len(names) >= NO_TAG:
        raise ValueError(f"{len(names)} POS tags do not fit a byte")
    index = {n: i for i, n in enumerate(names)}
    freqs, tag_ids = array("q", bytes(8 * len(trie))), array("B", bytes([NO_TAG]) * len(trie))
    for word, f in freq.items():
        i = trie[word]
        freqs[i] = f
        if word in tags:
            tag_ids[i] = index[tags[word]]
    directory.mkdir(parents=True)
    trie.save(str(directory / "words.marisa"))
    (directory / "freq.bin").write_bytes(freqs.tobytes())
    (directory / "tags.bin").write_bytes(tag_ids.tobytes())
    (directory / "meta.json").write_text(json.dumps({"total": total, "tags": names, "words": len(trie)}), encoding="utf-8")


def load_compact(directory: Path) -> tuple[CompactTable, int, CompactTable]:
    """(frequency table, total, tag table) from a directory written by ``write_compact``."""
    import marisa_trie

    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    trie = marisa_trie.Trie()
    trie.load(str(directory / "words.marisa"))
    freqs, tag_ids = array("q"), array("B")
    freqs.frombytes((directory / "freq.bin").read_bytes())
    tag_ids.frombytes((directory / "tags.bin").read_bytes())
    if not len(trie) == len(freqs) == len(tag_ids) == meta["words"]:
        raise ValueError(f"compact jieba dictionary in {directory} is inconsistent")
    return CompactTable(trie, freqs), int(meta["total"]), CompactTable(trie, tag_ids, meta["tags"], NO_TAG)


def compact_dir(cache_dir: Path) -> Path:
    """The compact tables for the installed jieba dictionary, written first when missing."""
    target = cache_dir / "jieba" / f"{RECIPE}-{dictionary_digest()}"
    if not (target / "meta.json").is_file():
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}")
        try:
            write_compact(tmp)
            os.replace(tmp, target)
        except OSError:
            if not (target / "meta.json").is_file():  # not another process finishing first: a real failure
                raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def install(cache_dir: Path) -> bool:
    """Make jieba (cut, cut_for_search) and jieba.posseg use the compact tables; False (stock jieba left as
    it is) when they cannot be had, e.g. marisa-trie missing or the cache unwritable."""
    import jieba

    with _LOCK:
        if isinstance(jieba.dt.FREQ, CompactTable):
            return True
        try:
            freq, total, tags = load_compact(compact_dir(cache_dir))
        except (ImportError, OSError, ValueError) as exc:
            log.warning("jieba's compact dictionary is unavailable (%s); using jieba's own tables", exc)
            return False
        with jieba.dt.lock:
            jieba.dt.FREQ, jieba.dt.total, jieba.dt.initialized = freq, total, True
        _posseg_without_its_table().dt.word_tag_tab = tags
        return True


def _posseg_without_its_table():
    """jieba.posseg, imported without parsing the dictionary again into its own word → tag dict (its module-level
    POSTokenizer reads ``jieba.dt``'s dictionary file at import; an empty file is read instead)."""
    import jieba

    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    saved = jieba.dt.dictionary
    jieba.dt.dictionary = os.devnull
    try:
        import jieba.posseg
    finally:
        jieba.dt.dictionary = saved
    return jieba.posseg
