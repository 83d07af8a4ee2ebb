"""Cold start as an operator meets it: fresh `rag-assistant ask` processes and a fresh web app, timed from
the outside (wall clock, peak RSS from the kernel's accounting of each child)."""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "南通市累计排查企业多少家？"


@dataclass(frozen=True)
class Run:
    """One child process: wall seconds, peak RSS (MB), exit code and the tail of what it printed."""

    seconds: float
    peak_rss_mb: float
    returncode: int
    out: str


def env_for(index_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a child using ``index_dir`` (its corpus under briefings/), no rag.toml."""
    return {**os.environ, "HF_HUB_OFFLINE": "1", "RAG_INDEX_DIR": str(index_dir),
            "RAG_CORPUS_DIR": str(index_dir / "briefings"), "RAG_CONFIG": str(index_dir / "absent.toml"),
            "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p), **extra}


# A small process that runs the command and reports the command's own peak RSS. The command is forked
# from this launcher, not from the benchmark: a child's ru_maxrss starts from its parent's RSS at fork
# (and survives exec), so forking from a 300 MB benchmark process would report 300 MB for `--help`.
_LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
sys.stderr.write(f"\\n@@maxrss_kb={usage.ru_maxrss}\\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_child(cmd: Sequence[str], env: dict[str, str], timeout: float = 300) -> Run:
    """Run ``cmd`` to the end: wall seconds from spawn, and its own peak RSS (see _LAUNCHER)."""
    t0 = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", _LAUNCHER, *cmd], env=env, cwd=ROOT, capture_output=True,
                              timeout=timeout, check=False)
        code, out, err = done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired as exc:
        code, out, err = -9, exc.stdout or b"", exc.stderr or b""
    seconds = time.perf_counter() - t0
    err_text = err.decode("utf-8", "replace")
    marks = [line for line in err_text.splitlines() if line.startswith("@@maxrss_kb=")]
    rss_mb = int(marks[-1].split("=")[1]) / 1024 if marks else 0.0
    text = out.decode("utf-8", "replace") + err_text.replace(marks[-1], "") if marks else out.decode("utf-8", "replace")
    return Run(round(seconds, 3), round(rss_mb, 1), code, text[-400:])


def cold_asks(index_dir: Path, n: int = 5, question: str = QUESTION, **extra_env: str) -> dict:
    """``rag-assistant ask`` as ``n`` fresh processes: wall p50 and peak RSS."""
    cmd = [sys.executable, "-m", "rag_assistant.cli", "ask", question]
    runs = [run_child(cmd, env_for(index_dir, **extra_env)) for _ in range(n)]
    failed = [r for r in runs if r.returncode != 0]
    if failed:
        raise RuntimeError(f"ask failed: {failed[0].out}")
    return {"n": n, "wall_p50_s": round(statistics.median(r.seconds for r in runs), 3),
            "wall_s": [r.seconds for r in runs], "peak_rss_mb": max(r.peak_rss_mb for r in runs),
            "answer_tail": runs[-1].out[-160:]}


def cold_commands(index_dir: Path) -> dict:
    """Wall time of the commands that need no model: --help, sources, search --bm25."""
    cli = [sys.executable, "-m", "rag_assistant.cli"]
    out = {}
    for name, args in (("help", ["--help"]), ("sources", ["sources"]), ("search_bm25", ["search", "--bm25", QUESTION])):
        run = run_child(cli + args, env_for(index_dir))
        out[name] = {"wall_s": run.seconds, "peak_rss_mb": run.peak_rss_mb, "ok": run.returncode == 0}
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_tree_mb(pid: int) -> float:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
        return round(sum(p.memory_info().rss for p in procs) / 2**20, 1)
    except psutil.Error:
        return 0.0


MODEL_READY = "hybrid search on"  # what the app logs once the embedding model is loaded (index/embed.py)


def web_start(index_dir: Path, timeout: float = 180, settle_s: float = 3.0) -> dict:
    """`python app.py` over an existing index: seconds until the first page is served (any HTTP answer: the
    loading page's 503, see rag_assistant/web/boot.py) and until the chat page answers HTTP 200, and the serving
    RSS (whole process tree) ``settle_s`` after the app logged that the embedding model is loaded — never before:
    without that line the RSS is reported as not measured."""
    import tempfile

    port = free_port()
    env = env_for(index_dir, GRADIO_SERVER_PORT=str(port), GRADIO_SERVER_NAME="127.0.0.1",
                  GRADIO_ANALYTICS_ENABLED="False")
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+b") as err:
        proc = subprocess.Popen([sys.executable, "app.py"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        try:
            first, page_s, peak = _wait_for_page(proc, port, t0, timeout)
            model_s = _wait_for_line(proc, err, MODEL_READY, t0, timeout) if page_s is not None else None
            settle_end = time.perf_counter() + settle_s
            while model_s is not None and time.perf_counter() < settle_end:
                peak = max(peak, _rss_tree_mb(proc.pid))
                time.sleep(0.2)
            return {"first_page_s": round(first[0], 3) if first else None, "first_page_status": first and first[1],
                    "chat_page_s": round(page_s, 3) if page_s else None,
                    "model_ready_s": round(model_s, 3) if model_s else None,
                    "rss_serving_mb": _rss_tree_mb(proc.pid) if model_s is not None else 0.0,
                    "peak_rss_sampled_mb": max(peak, _rss_tree_mb(proc.pid)), "exit_code": proc.poll()}
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_for_page(proc: subprocess.Popen, port: int, t0: float, timeout: float
                   ) -> tuple[tuple[float, int] | None, float | None, float]:
    """Seconds from ``t0`` until GET / first answers (with its status; None: never) and until it answers 200
    (None: never), and the peak RSS sampled meanwhile. A refused connection is no answer."""
    peak, first = 0.0, None
    while time.perf_counter() - t0 < timeout and proc.poll() is None:
        peak = max(peak, _rss_tree_mb(proc.pid))
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as resp:
                if resp.status == 200:
                    now = time.perf_counter() - t0
                    return first or (now, 200), now, peak
        except urllib.error.HTTPError as exc:  # the loading page's 503
            first = first or (time.perf_counter() - t0, exc.code)
            time.sleep(0.05)
        except OSError:
            time.sleep(0.05)
    return first, None, peak


def _wait_for_line(proc: subprocess.Popen, log_file, text: str, t0: float, timeout: float) -> float | None:
    """Seconds from ``t0`` until ``text`` appears in the process's log (None: it never did)."""
    while time.perf_counter() - t0 < timeout and proc.poll() is None:
        log_file.seek(0)
        if text.encode() in log_file.read():
            return time.perf_counter() - t0
        time.sleep(0.1)
    return None


# ---------------------------------------------------------------- stages (run by benchmarks.run in a child)

def stage_startup(args) -> dict:
    """Bundled briefings indexed with the default runtime, then: cold `ask` ×5, the model-free commands,
    the web app's page time and serving RSS."""
    import shutil
    import tempfile

    from benchmarks.run import bench_settings, copy_bundled, load
    from rag_assistant.index.build import build_index

    out: dict = {"load_start": load()}
    root = Path(tempfile.mkdtemp(prefix="ragbench-startup-"))
    try:
        copy_bundled(root)
        settings = bench_settings(root)
        out["runtime"] = settings.embedding_runtime
        build_index(settings)
        out["cold_ask"] = cold_asks(root, n=5)
        out["cold_commands"] = cold_commands(root)
        out["web"] = web_start(root)
        out["load_end"] = load()
        return out
    finally:
        shutil.rmtree(root, ignore_errors=True)


def stage_runtimes(args) -> dict:
    """Per embedding runtime: full build of the eval corpora (chunks/s) and the eval's retrieval ranks
    (hit@1, hit@5, MRR for BM25, dense and hybrid) over every gold item with evidence."""
    import shutil
    import tempfile

    from benchmarks.run import bench_settings, copy_bundled, load
    from rag_assistant.answer.retrieve import Retriever
    from rag_assistant.evaluation.items import EXTRA_BRIEFINGS, load_all
    from rag_assistant.evaluation.run import retrieval_ranks
    from rag_assistant.evaluation.score import retrieval_summary
    from rag_assistant.index.build import build_index
    from rag_assistant.index.embed import embedder_for
    from rag_assistant.index.store import open_store

    items = [i for i in load_all() if i.in_retrieval]
    out: dict = {"load_start": load(), "items": len(items)}
    for runtime in ("onnx", "torch"):
        res: dict = {}
        ranks: dict[str, list] = {"bm25": [], "dense": [], "hybrid": []}
        chunks = seconds = 0.0
        for corpus in ("main", "extra"):
            root = Path(tempfile.mkdtemp(prefix=f"ragbench-{runtime}-"))
            try:
                corpus_dir = copy_bundled(root)
                if corpus == "extra":
                    for p in sorted(EXTRA_BRIEFINGS.iterdir()):
                        shutil.copy2(p, corpus_dir / p.name)
                settings = bench_settings(root, embedding_runtime=runtime)
                embedder_for(settings).embed_batch(["预热"])  # model load is not build rate
                report = build_index(settings)
                chunks, seconds = chunks + report.chunks, seconds + report.seconds
                retriever = Retriever(store=open_store(settings), embedder=embedder_for(settings), settings=settings)
                for item in (i for i in items if i.corpus == corpus):
                    for kind, rank in retrieval_ranks(retriever, item.question, item.evidence or "").items():
                        ranks[kind].append(rank)
            finally:
                shutil.rmtree(root, ignore_errors=True)
        res["build_chunks"] = int(chunks)
        res["build_s"] = round(seconds, 2)
        res["build_chunks_per_s"] = round(chunks / max(seconds, 1e-9), 2)
        res["retrieval"] = {k: {m: (round(v, 4) if isinstance(v, float) else v) for m, v in retrieval_summary(r).items()}
                            for k, r in ranks.items()}
        out[runtime] = res
    out["build_rate_ratio"] = round(out["onnx"]["build_chunks_per_s"] / out["torch"]["build_chunks_per_s"], 2)
    out["load_end"] = load()
    return out
