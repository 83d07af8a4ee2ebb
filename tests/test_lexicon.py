"""jieba's dictionary in compact form: the same tables, hence the same segmentation, tags and BM25 tokens."""

from __future__ import annotations

import json
import subprocess
import sys

from support import BUNDLED, EVAL_QUESTIONS
from rag_assistant.index.lexicon import compact_dir, load_compact, read_dictionary

# Segments every bundled briefing line and eval question with cut_for_search, posseg and lcut, in a fresh
# interpreter: "compact" through init_segmenter (the path every process takes), "stock" with jieba's own tables.
_SEGMENT = """
import json, sys
from pathlib import Path
mode, cache, corpus, questions = sys.argv[1:5]
if mode == "compact":
    from rag_assistant.index.store import init_segmenter
    init_segmenter(Path(cache))
import jieba, jieba.posseg
from rag_assistant.index.lexicon import CompactTable
assert isinstance(jieba.dt.FREQ, CompactTable) == (mode == "compact")
assert isinstance(jieba.posseg.dt.word_tag_tab, CompactTable) == (mode == "compact")
texts = [json.loads(l)["question"] for l in Path(questions).read_text(encoding="utf-8").splitlines() if l.strip()]
for p in sorted(Path(corpus).glob("*.txt")) + sorted(Path(corpus).glob("*.md")):
    texts += [l for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
from rag_assistant.index.store import bm25_tokens
print(json.dumps([[list(jieba.cut_for_search(t)), [(w.word, w.flag) for w in jieba.posseg.cut(t)], jieba.lcut(t),
                   bm25_tokens(t)] for t in texts], ensure_ascii=False))
"""


def test_compact_tables_hold_exactly_jiebas_frequencies_and_tags(tmp_path):
    freq, total, tags = read_dictionary()
    compact_freq, compact_total, compact_tags = load_compact(compact_dir(tmp_path))
    assert compact_total == total and len(freq) > 400_000
    assert all(compact_freq.get(word) == f for word, f in freq.items())
    assert all(compact_tags.get(word) == tag for word, tag in tags.items())
    prefixes_only = [w for w in freq if w not in tags][:1000]
    assert prefixes_only and all(compact_tags.get(w, "x") == "x" for w in prefixes_only)
    assert compact_freq.get("不是词典里的词语") is None and "不是词典里的词语" not in compact_freq


def test_the_compact_dictionary_is_written_once_and_reused(tmp_path):
    first = compact_dir(tmp_path)
    stamps = {p.name: p.stat().st_mtime_ns for p in first.iterdir()}
    assert compact_dir(tmp_path) == first
    assert {p.name: p.stat().st_mtime_ns for p in first.iterdir()} == stamps
    assert [p.name for p in first.parent.iterdir()] == [first.name]  # no temp dir left behind


def test_segmentation_tags_and_bm25_tokens_are_jiebas_own_on_the_briefings(tmp_path):
    runs = {}
    for mode in ("compact", "stock"):
        done = subprocess.run([sys.executable, "-c", _SEGMENT, mode, str(tmp_path), str(BUNDLED), str(EVAL_QUESTIONS)],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        runs[mode] = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(runs["stock"]) > 500
    assert runs["compact"] == runs["stock"]
