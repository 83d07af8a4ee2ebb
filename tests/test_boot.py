"""`python app.py` as an operator starts it: the loading page (503, 正在启动智能问答) answers on the chat's address
within a fraction of a second, the chat takes the port over in the same process, and a browser left on the
loading page reloads into the chat (here behind gradio's login page) by itself (tests/browser/test_browser_boot.py,
on the browser tests' one chromium: a second sync Playwright in the same session cannot start). A start that cannot work
(port taken, corpus missing) ends with a clear message and leaves nothing listening."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOADING = "正在启动智能问答"

pytestmark = pytest.mark.timeout(300)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(index_dir: Path, corpus_dir: Path, tmp_path: Path, port: int, **env: str) -> subprocess.Popen:
    """app.py in a fresh process on 127.0.0.1:``port``, no rag.toml, no outside RAG_*; what it prints goes to
    tmp_path/app.log (see printed())."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("RAG_")}
    env = {**base, "HF_HUB_OFFLINE": "1", "RAG_INDEX_DIR": str(index_dir), "RAG_CORPUS_DIR": str(corpus_dir),
           "RAG_CONFIG": str(tmp_path / "absent.toml"), "RAG_FEEDBACK_PATH": str(tmp_path / "feedback.jsonl"),
           "GRADIO_SERVER_NAME": "127.0.0.1", "GRADIO_SERVER_PORT": str(port), "PYTHONPATH": str(ROOT), **env}
    with open(tmp_path / "app.log", "wb") as log:
        return subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def printed(tmp_path: Path) -> str:
    return (tmp_path / "app.log").read_text(encoding="utf-8", errors="replace")


def get(url: str) -> tuple[int, dict, str] | None:
    """(status, headers, body) of GET ``url``; None while nothing listens."""
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, dict(resp.headers), resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8", "replace")
    except OSError:
        return None


def answers_until_chat(proc: subprocess.Popen, url: str, tmp_path: Path, timeout: float = 240) -> list[tuple[int, dict, str]]:
    """Every answer to GET ``url`` (polled every 50 ms) up to and including the first 200."""
    seen, end = [], time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        answer = get(url)
        if answer is not None:
            seen.append(answer)
            if answer[0] == 200:
                return seen
        time.sleep(0.05)
    raise AssertionError(f"no chat page (exit {proc.poll()}); answers {[a[0] for a in seen]}; {printed(tmp_path)}")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_importing_the_loading_page_imports_neither_gradio_nor_numpy():
    code = ("import sys, json; import rag_assistant.web.boot; "
            "print(json.dumps([m for m in ('gradio', 'numpy', 'fastapi') if m in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert json.loads(done.stdout) == []


def test_the_loading_page_answers_first_then_the_same_process_serves_the_chat(fresh_index, tmp_path):
    port = free_port()
    proc = start_app(fresh_index.index_dir, fresh_index.corpus_dir, tmp_path, port)
    try:
        answers = answers_until_chat(proc, f"http://127.0.0.1:{port}/", tmp_path)
        loading = [a for a in answers if a[0] == 503]
        assert loading and answers[0][0] == 503, [a[0] for a in answers]
        assert all(a[0] in (200, 503) for a in answers)
        status, headers, body = loading[0]
        assert LOADING in body and 'lang="zh-CN"' in body and 'role="status"' in body
        assert headers["Cache-Control"] == "no-store" and headers["Content-Type"] == "text/html; charset=utf-8"
        chat = answers[-1][2]
        assert LOADING not in chat and "gradio" in chat.lower()
        assert proc.poll() is None  # the chat is served by the process that served the loading page
        # the embedding model starts loading once the chat listens (serve.py), and it does load
        from benchmarks.coldstart import MODEL_READY
        end = time.monotonic() + 120
        while MODEL_READY not in printed(tmp_path) and time.monotonic() < end and proc.poll() is None:
            time.sleep(0.2)
        assert MODEL_READY in printed(tmp_path), printed(tmp_path)
    finally:
        stop(proc)


def test_while_a_missing_index_is_built_the_loading_page_says_so(built_index, tmp_path):
    from rag_assistant.web.boot import BUILDING

    corpus = tmp_path / "briefings"
    corpus.mkdir()
    one = sorted(Path(built_index.corpus_dir).glob("*.txt"))[0]  # one briefing keeps the build short
    (corpus / one.name).write_bytes(one.read_bytes())
    port = free_port()
    proc = start_app(tmp_path / "index", corpus, tmp_path, port)
    try:
        answers = answers_until_chat(proc, f"http://127.0.0.1:{port}/", tmp_path)
    finally:
        stop(proc)
    details = [a[2] for a in answers if a[0] == 503 and BUILDING in a[2]]
    assert details, [a[0] for a in answers]
    assert answers[0][0] == 503 and BUILDING not in answers[0][2]  # said only once the build starts
    assert "未找到索引" in printed(tmp_path)


def test_a_taken_port_ends_the_start_at_once_with_a_clear_message(fresh_index, tmp_path):
    with socket.socket() as other:  # another program listening on the port
        other.bind(("127.0.0.1", 0))
        other.listen()
        proc = start_app(fresh_index.index_dir, fresh_index.corpus_dir, tmp_path, other.getsockname()[1])
        proc.wait(60)
    err = printed(tmp_path)
    assert proc.returncode == 2
    assert "端口已被其他程序占用" in err and "GRADIO_SERVER_PORT" in err
    assert "Traceback" not in err


def test_a_start_that_fails_after_the_loading_page_says_why_and_frees_the_port(tmp_path):
    corpus = tmp_path / "no-such-corpus"
    port = free_port()
    proc = start_app(tmp_path / "index", corpus, tmp_path, port)
    try:
        first = None
        while first is None and proc.poll() is None:
            first = get(f"http://127.0.0.1:{port}/")
            time.sleep(0.02)
        proc.wait(120)
    finally:
        stop(proc)
    assert first is not None and first[0] == 503 and LOADING in first[2]
    assert proc.returncode == 1
    assert printed(tmp_path).strip().splitlines()[-1] == f"启动失败：语料目录不存在：{corpus}"
    assert get(f"http://127.0.0.1:{port}/") is None
