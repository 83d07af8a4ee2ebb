"""Ask CPU time: the extractive answer stage's own cost per question, without waiting on other processes.

``python -m benchmarks.askcpu [--limit 200] [--index-dir DIR] [--profile PATH]``

The bundled briefings are indexed in a temp directory (or ``--index-dir`` is opened as it is), then the first
``--limit`` eval questions (follow-ups with their history) are asked once to warm the caches and once timed with
``time.process_time``: CPU seconds of this process, so a busy shared machine (other test suites, helpers' evals)
inflates the numbers far less than wall time would. This is the check to run on a branch before merging a new
reading: a regular expression compiled per candidate or a jieba call per sentence doubles it.
``--profile`` writes a cProfile of a third pass and prints its top entries.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import tempfile
import time
from pathlib import Path
from typing import Sequence

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np  # noqa: E402

from benchmarks.run import bench_settings, copy_bundled, questions  # noqa: E402


def ask_cpu_ms(assistant, qs: Sequence[dict]) -> np.ndarray:
    """CPU milliseconds of ``assistant.ask`` for each question, in order."""
    out = []
    for q in qs:
        t = time.process_time()
        assistant.ask(q["question"], history=q["history"])
        out.append(time.process_time() - t)
    return np.array(out) * 1000


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.askcpu", description=__doc__.splitlines()[0])
    p.add_argument("--limit", type=int, default=200, help="the first N eval questions (default 200)")
    p.add_argument("--index-dir", help="an existing index directory to open instead of indexing the bundled five")
    p.add_argument("--profile", help="write a cProfile of one more pass to this path and print its top 25")
    args = p.parse_args(argv)

    from rag_assistant.assistant import Assistant
    from rag_assistant.index.build import build_index
    from rag_assistant.index.store import open_store

    root = None
    if args.index_dir:
        settings = bench_settings(Path(args.index_dir))
    else:
        root = Path(tempfile.mkdtemp(prefix="ragbench-askcpu-"))
        copy_bundled(root)
        settings = bench_settings(root)
        build_index(settings, rebuild=True)
    try:
        assistant = Assistant(settings, open_store(settings))
        qs = questions(limit=args.limit)
        ask_cpu_ms(assistant, qs)  # warm: model, jieba, caches
        ms = ask_cpu_ms(assistant, qs)
        print(f"ask cpu n={len(ms)} p50={np.percentile(ms, 50):.1f} ms p95={np.percentile(ms, 95):.1f} ms "
              f"mean={ms.mean():.1f} ms max={ms.max():.1f} ms")
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            ask_cpu_ms(assistant, qs)
            prof.disable()
            prof.dump_stats(args.profile)
            pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    finally:
        if root is not None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
