"""The verifier's adversarial suite as a report: wrong but plausible LLM answers built from the bundled
briefings, played through the real ``openai`` backend by a fake server; prints the per-kind table (Markdown) and
writes it to ``eval/reports/adversarial.md`` beside the eval's reports (``--out`` elsewhere, ``--out -`` not at all).

    python -m benchmarks.adversarial [--per-kind 20] [--controls 100] [--show-missed] [--out PATH]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the suite lives beside the tests

from adversarial_server import AdversaryChat, build_cases, markdown, run_case, summary
from llm_servers import LocalServer

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "eval" / "reports" / "adversarial.md"


def main(argv: list[str] | None = None) -> int:
    """Build a private index of the bundled briefings, run every case, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=20)
    parser.add_argument("--controls", type=int, default=100)
    parser.add_argument("--show-missed", action="store_true", help="list wrong answers not caught and false alarms")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="Markdown report path ('-' writes none)")
    args = parser.parse_args(argv)

    from support import copy_corpus, make_settings
    from rag_assistant.assistant import Assistant
    from rag_assistant.index.build import build_index
    from rag_assistant.index.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        copy_corpus(root)
        settings = make_settings(root)
        build_index(settings)
        assistant = Assistant(settings, open_store(settings))
        cases = build_cases(assistant.briefings(), args.per_kind, args.controls)
        server = LocalServer(AdversaryChat)
        t0 = time.perf_counter()
        try:
            outcomes = [run_case(assistant, server, case) for case in cases]
        finally:
            server.stop()
    table = markdown(summary(outcomes))
    footer = (f"{len(outcomes)} cases, {sum(o.reached for o in outcomes)} reached the model, "
              f"{time.perf_counter() - t0:.0f} s")
    print(f"{table}\n\n{footer}")
    if args.out != "-":
        write_report(Path(args.out), table, footer)
    if args.show_missed:
        for o in outcomes:
            if o.reached and o.caught != o.case.wrong:
                print(f"\n[{o.case.kind}] {o.case.question}\n  answer: {o.answer}\n  reason: {o.reason}")
    return 0


def write_report(path: Path, table: str, footer: str) -> None:
    """The per-kind table with when and where it was made, for eval/reports/ beside the eval's own reports."""
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load = os.getloadavg()[0]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# Verifier adversarial suite\n\n{stamp}, load {load:.1f}, "
                    f"`python -m benchmarks.adversarial`\n\n{table}\n\n{footer}\n", encoding="utf-8")
    print(f"report: {path}")


if __name__ == "__main__":
    raise SystemExit(main())
