"""The web chat's start: a loading page on the chat's own address within a fraction of a second, while gradio
(about 3 s to import) and the chat load; the page reloads into the chat once the chat answers.

The loading page is a standard-library server answering every request with 503 and static/loading.html. It
hands the port over just before gradio binds it. This module must not import gradio (nor numpy): it runs first.
"""

from __future__ import annotations

import errno
import html
import logging
import os
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..settings import Settings

log = logging.getLogger(__name__)
PAGE = Path(__file__).parent / "static" / "loading.html"
BUILDING = "首次启动，正在为简报建立索引，可能需要一两分钟。"
BIND_ERRORS = {errno.EADDRINUSE: "端口已被其他程序占用", errno.EACCES: "没有权限使用该端口",
               errno.EADDRNOTAVAIL: "本机没有这个地址"}


def address(settings: Settings, server_name: str | None = None, server_port: int | None = None) -> tuple[str, int]:
    """Host and port: the arguments, else GRADIO_SERVER_NAME/PORT, else settings (IPv6 brackets stripped)."""
    host = server_name or os.environ.get("GRADIO_SERVER_NAME") or settings.host
    port = int(server_port or os.environ.get("GRADIO_SERVER_PORT") or settings.port)
    return host.removeprefix("[").removesuffix("]"), port


class StartFailed(RuntimeError):
    """The chat cannot start; the message says why, in Chinese, for the operator's console."""


class _Server(ThreadingHTTPServer):
    page: "LoadingPage"
    daemon_threads = True  # a slow client never holds the hand-over up
    allow_reuse_address = True  # SO_REUSEADDR: the chat binds the port at once after we close it


class _Server6(_Server):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    """Every method and path: 503 with the loading page (HTTP/1.0, so each connection closes after it)."""

    server: _Server
    timeout = 5  # a client that connects and sends nothing is dropped, not kept through the hand-over

    def _answer(self) -> None:
        body = self.server.page.body()
        self.send_response(503)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Retry-After", "1")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _answer

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's signature
        pass


class LoadingPage:
    """The loading page served on ``host:port`` from a background thread until ``close()``.

    Raises StartFailed when the address cannot be bound (taken by another program, no permission)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self._template = PAGE.read_text(encoding="utf-8")
        self.say("")
        server_class = _Server6 if ":" in host else _Server
        try:
            self._server = server_class((host, port), _Handler)
        except OSError as exc:
            why = BIND_ERRORS.get(exc.errno, exc.strerror or str(exc))
            raise StartFailed(f"无法在 {host}:{port} 上启动网页：{why}。请换一个端口（GRADIO_SERVER_PORT 或 rag.toml "
                              f"中的 port）后再启动。") from exc
        self._server.page = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="loading-page", daemon=True)
        self._thread.start()
        self._closed = False

    def body(self) -> bytes:
        """The page as served now, with the current detail line."""
        return self._body

    def say(self, detail: str) -> None:
        """Show ``detail`` under the heading (e.g. that the index is being built)."""
        # made once here, not per request: every request's Python time is taken from the start it waits for
        self._body = self._template.replace("<!--detail-->", html.escape(detail)).encode("utf-8")

    def close(self) -> None:
        """Stop serving and release the port (idempotent)."""
        if not self._closed:
            self._closed = True
            self._server.shutdown()
            self._server.server_close()


def start(settings: Settings) -> int:
    """app.py's start: the loading page first, then the chat (importing gradio meanwhile); exit code."""
    host, port = address(settings)
    try:
        page = LoadingPage(host, port)
    except StartFailed as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        from . import serve  # gradio's import (~3 s) runs while the loading page answers

        return serve(settings, host, port, loading=page)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - any failure: a clear line for the operator, the page goes away
        log.exception("web chat failed to start")
        print(f"启动失败：{exc}", file=sys.stderr)
        return 1
    finally:
        page.close()
