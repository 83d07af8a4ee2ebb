"""Load test of the web app: ``python -m benchmarks.load [--sessions 20] [--questions 10] [--url URL]``.

N concurrent gradio_client sessions each ask M questions of the /ask API, one after another, the way
staff in N browser tabs would. The questions are the gold set (eval/questions.jsonl) dealt out so
that every session gets follow-ups with their history. Without --url the script starts its own app
on a free localhost port over a temporary copy of the index (built there first if it is missing or
stale), so nothing under index/ is touched.

Reported: throughput, p50/p95 latency per request, errors (exceptions, time-outs, malformed answer
dicts) and how many answers carry the gold figures. A table goes to stdout and JSON to
``benchmarks/results/load-<timestamp>.json`` and ``load-latest.json`` (git-ignored). Exit status 1
when any request failed or came back malformed. Traffic goes to the given URL only (default: the
app started here on 127.0.0.1).

tests/test_load_concurrency.py runs the same driver (session_plan, run_load) and asserts correctness.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import socket
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Sequence

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parent.parent
EVAL_QUESTIONS = ROOT / "eval" / "questions.jsonl"
DEFAULT_OUT = ROOT / "benchmarks" / "results"
ANSWER_KEYS = frozenset({"question", "standalone_question", "answer", "refused", "citations", "unsupported_numbers",
                         "invalid_markers", "claims", "notice", "backend", "timings_ms", "understood"})
CITATION_KEYS = frozenset({"n", "source", "issue", "date", "title", "quote"})
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


# ---------------------------------------------------------------- the questions

def load_questions(path: Path = EVAL_QUESTIONS) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def session_plan(items: Sequence[dict], sessions: int, per_session: int, seed: int = 0) -> list[list[dict]]:
    """``sessions`` lists of ``per_session`` items: each session gets at least one follow-up (with its
    history) when the set has any, the rest dealt round-robin from a seeded shuffle of all items."""
    rng = random.Random(seed)
    followups = [it for it in items if it.get("history")]
    pool = list(items)
    rng.shuffle(pool)
    plan, pos = [], 0
    for s in range(sessions):
        mine = [followups[s % len(followups)]] if followups and per_session else []
        while len(mine) < per_session:
            mine.append(pool[pos % len(pool)])
            pos += 1
        rng.shuffle(mine)
        plan.append(mine)
    return plan


# ---------------------------------------------------------------- checks on one answer

def malformed(result: Any) -> str | None:
    """Why an /ask result is not a well-formed Answer.to_dict(), or None when it is."""
    if not isinstance(result, dict):
        return f"not a dict: {type(result).__name__}"
    if set(result) != ANSWER_KEYS:
        return f"keys {sorted(result)}"
    if not isinstance(result["answer"], str) or not result["answer"].strip():
        return "empty answer"
    if not _CJK_RE.search(result["answer"]):
        return "answer has no Chinese text"
    if "Traceback" in result["answer"]:
        return "traceback in the answer"
    if not isinstance(result["refused"], bool):
        return "refused is not a bool"
    for key in ("question", "standalone_question", "backend"):
        if not isinstance(result[key], str):
            return f"{key} is not a string"
    if not isinstance(result["citations"], list):
        return "citations is not a list"
    for c in result["citations"]:
        if not isinstance(c, dict) or set(c) != CITATION_KEYS or not isinstance(c["n"], int) or not c["source"]:
            return f"bad citation {c!r}"[:200]
    if not isinstance(result["unsupported_numbers"], list) or not all(isinstance(x, str) for x in result["unsupported_numbers"]):
        return "unsupported_numbers is not a list of strings"
    if not isinstance(result["timings_ms"], dict) or not all(isinstance(v, (int, float)) for v in result["timings_ms"].values()):
        return "timings_ms is not a dict of numbers"
    if result["understood"] is not None and not isinstance(result["understood"], dict):
        return "understood is neither null nor a dict"
    return None


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def gold_figures_present(item: dict, answer: str) -> bool | None:
    """Whether every expected figure of a gold item (one of its accepted forms) is in the answer; None
    for items without figures."""
    groups = item.get("expected_figures") or []
    if not groups:
        return None
    text = squeeze(answer)
    return all(any(squeeze(form) in text for form in group) for group in groups)


# ---------------------------------------------------------------- the load

@dataclass
class Record:
    session: int
    index: int
    item_id: str
    question: str
    history: list[str]
    latency_s: float
    result: dict | None = None
    error: str | None = None
    problem: str | None = None  # malformed result


@dataclass
class LoadRun:
    records: list[Record]
    wall_s: float
    setup_errors: list[str] = field(default_factory=list)


def run_load(url: str, plan: Sequence[Sequence[dict]], timeout_s: float = 120.0,
             auth: tuple[str, str] | None = None) -> LoadRun:
    """Every session of ``plan`` in its own thread and gradio_client Client; all start together."""
    from gradio_client import Client

    records: list[Record] = []
    setup_errors: list[str] = []
    lock = threading.Lock()
    ready = threading.Barrier(len(plan) + 1)

    def session(s: int, items: Sequence[dict]) -> None:
        client = None
        try:
            client = Client(url, verbose=False, auth=auth, download_files=False)
        except Exception as exc:  # noqa: BLE001 - a session that cannot connect is an error, not a crash
            with lock:
                setup_errors.append(f"session {s}: {type(exc).__name__}: {exc}")
        try:
            ready.wait(timeout=timeout_s)
        except threading.BrokenBarrierError:
            pass
        if client is None:
            return
        try:
            for i, item in enumerate(items):
                history = list(item.get("history") or [])
                t = time.perf_counter()
                rec = Record(s, i, item.get("id", ""), item["question"], history, 0.0)
                try:
                    rec.result = client.submit(item["question"], history, api_name="/ask").result(timeout=timeout_s)
                    rec.problem = malformed(rec.result)
                except Exception as exc:  # noqa: BLE001
                    rec.error = f"{type(exc).__name__}: {exc}"[:300]
                rec.latency_s = time.perf_counter() - t
                with lock:
                    records.append(rec)
        finally:
            try:
                client.close()
            except Exception:  # noqa: BLE001
                pass

    threads = [threading.Thread(target=session, args=(s, items), daemon=True) for s, items in enumerate(plan)]
    for t in threads:
        t.start()
    try:
        ready.wait(timeout=timeout_s + 60)
    except threading.BrokenBarrierError:
        pass
    t0 = time.perf_counter()
    for t in threads:
        t.join(timeout=timeout_s * max((len(p) for p in plan), default=1) + 60)
    wall = time.perf_counter() - t0
    records.sort(key=lambda r: (r.session, r.index))
    return LoadRun(records, wall, setup_errors)


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolation percentile (numpy's default), q in 0..100."""
    if not values:
        return None
    xs = sorted(values)
    k = (len(xs) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def summarize(run: LoadRun, plan: Sequence[Sequence[dict]]) -> dict:
    """Throughput, latency percentiles, error counts and gold-figure correctness of one run."""
    items = {(s, i): it for s, p in enumerate(plan) for i, it in enumerate(p)}
    expected = sum(len(p) for p in plan)
    ok = [r for r in run.records if r.error is None and r.problem is None]
    lat = [r.latency_s * 1000 for r in ok]
    gold = [gold_figures_present(items[(r.session, r.index)], r.result["answer"]) for r in ok]
    checked = [g for g in gold if g is not None]
    server = [r.result["timings_ms"].get("total_ms") for r in ok if isinstance(r.result["timings_ms"].get("total_ms"), (int, float))]
    rnd = lambda x: None if x is None else round(x, 1)  # noqa: E731
    return {
        "sessions": len(plan),
        "questions_per_session": max((len(p) for p in plan), default=0),
        "requests": expected,
        "completed": len(run.records),
        "ok": len(ok),
        "errors": sum(r.error is not None for r in run.records) + (expected - len(run.records)),
        "malformed": sum(r.problem is not None for r in run.records),
        "setup_errors": len(run.setup_errors),
        "followups": sum(bool(r.history) for r in run.records),
        "wall_s": round(run.wall_s, 2),
        "throughput_rps": round(len(ok) / run.wall_s, 2) if run.wall_s > 0 else None,
        "latency_ms": {"p50": rnd(percentile(lat, 50)), "p95": rnd(percentile(lat, 95)),
                       "mean": rnd(sum(lat) / len(lat)) if lat else None, "max": rnd(max(lat)) if lat else None},
        "server_total_ms": {"p50": rnd(percentile(server, 50)), "p95": rnd(percentile(server, 95))},
        "gold_figures": {"checked": len(checked), "right": sum(checked)},
        "refused": sum(bool(r.result["refused"]) for r in ok),
    }


# ---------------------------------------------------------------- an app of our own

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(index_src: Path, workdir: Path, concurrency: int = 4):
    """The web app over a copy of ``index_src`` (the corpus under briefings/ and any built store) on a
    free 127.0.0.1 port; settings isolated from rag.toml and RAG_*. Returns (demo, url, settings)."""
    from rag_assistant import web as webapp
    from rag_assistant.settings import load_settings

    root = workdir / "index"
    shutil.copytree(index_src, root, ignore=shutil.ignore_patterns(".lock", ".store-*.tmp"))
    settings = load_settings(config=workdir / "absent.toml", env={}, index_dir=root, corpus_dir=root / "briefings",
                             feedback_path=workdir / "feedback.jsonl")
    assistant, _ = webapp.open_assistant(settings, out=lambda *a, **k: print(*a, file=sys.stderr))
    demo = webapp.build_app(assistant, settings)
    _, url, _ = webapp.launch(demo, settings, "127.0.0.1", free_port(), block=False, quiet=True,
                              default_concurrency_limit=concurrency)
    return demo, url, settings


def machine(load_before: float, load_after: float) -> dict:
    import importlib.metadata as md

    cpu = platform.processor()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    versions = {}
    for pkg in ("gradio", "gradio_client"):
        try:
            versions[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "python": platform.python_version(), "platform": platform.platform(),
            "loadavg_1m_before": round(load_before, 2), "loadavg_1m_after": round(load_after, 2), **versions}


def table(summary: dict, meta: dict) -> str:
    lat, srv, gold = summary["latency_ms"], summary["server_total_ms"], summary["gold_figures"]
    rows = [
        ("date", meta["date"]),
        ("target", meta["url"] + (" (started here)" if meta["own_app"] else "")),
        ("machine", f"{meta['machine']['cpus']} cores, load {meta['machine']['loadavg_1m_before']} → "
                    f"{meta['machine']['loadavg_1m_after']} (1-min avg before/after)"),
        ("sessions × questions", f"{summary['sessions']} × {summary['questions_per_session']} = {summary['requests']} "
                                 f"requests ({summary['followups']} follow-ups with history)"),
        ("errors", f"{summary['errors']} failed, {summary['malformed']} malformed, {summary['setup_errors']} sessions could not connect"),
        ("throughput", f"{summary['throughput_rps']} answers/s over {summary['wall_s']} s"),
        ("latency per request", f"p50 {lat['p50']} ms, p95 {lat['p95']} ms, max {lat['max']} ms"),
        ("server time per answer", f"p50 {srv['p50']} ms, p95 {srv['p95']} ms (timings_ms.total_ms)"),
        ("gold figures in answers", f"{gold['right']}/{gold['checked']} answers with a gold figure carry it"),
    ]
    width = max(len(k) for k, _ in rows)
    line = "-" * (width + 2) + "+" + "-" * 60
    return "\n".join([line] + [f" {k:<{width}} | {v}" for k, v in rows] + [line])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent client sessions (default 20)")
    parser.add_argument("--questions", type=int, default=10, help="questions per session (default 10)")
    parser.add_argument("--url", help="an app already running (default: start one here on 127.0.0.1)")
    parser.add_argument("--auth", help="user:password when the app has login on")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per request (default 120)")
    parser.add_argument("--index", type=Path, default=ROOT / "index",
                        help="index dir to copy for the app started here (default: index/)")
    parser.add_argument("--concurrency", type=int, default=4, help="the started app's queue concurrency (default 4)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    plan = session_plan(load_questions(), args.sessions, args.questions, seed=args.seed)
    auth = tuple(args.auth.split(":", 1)) if args.auth else None
    load_before = os.getloadavg()[0]
    demo, tmp = None, None
    url = args.url
    try:
        if url is None:
            tmp = Path(tempfile.mkdtemp(prefix="ragload-"))
            print(f"starting the app over a copy of {args.index} …", file=sys.stderr, flush=True)
            demo, url, _ = start_app(args.index, tmp, args.concurrency)
        from gradio_client import Client

        warm = Client(url, verbose=False, auth=auth, download_files=False)  # first answer loads lazy parts
        warm.predict("南通市累计排查企业多少家？", [], api_name="/ask")
        warm.close()
        print(f"{args.sessions} sessions × {args.questions} questions against {url} …", file=sys.stderr, flush=True)
        run = run_load(url, plan, timeout_s=args.timeout, auth=auth)
    finally:
        if demo is not None:
            demo.close()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    summary = summarize(run, plan)
    meta = {"date": datetime.now().astimezone().isoformat(timespec="seconds"), "url": url, "own_app": args.url is None,
            "concurrency": args.concurrency if args.url is None else None,
            "machine": machine(load_before, os.getloadavg()[0])}
    failures = [asdict(r) for r in run.records if r.error or r.problem][:20]
    print(table(summary, meta))
    for f in failures[:5]:
        print(f"FAILED s{f['session']}#{f['index']} {f['item_id']}: {f['error'] or f['problem']}")
    for e in run.setup_errors[:5]:
        print(f"SETUP {e}")
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    payload = json.dumps({**meta, "summary": summary, "failures": failures, "setup_errors": run.setup_errors},
                         ensure_ascii=False, indent=2)
    for name in (f"load-{stamp}.json", "load-latest.json"):
        (args.out / name).write_text(payload + "\n", encoding="utf-8")
    print(f"JSON: {args.out / f'load-{stamp}.json'}")
    return 1 if summary["errors"] or summary["malformed"] or summary["setup_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
