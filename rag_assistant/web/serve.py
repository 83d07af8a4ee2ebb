"""Starting the web chat: the shared Assistant (building a missing index first), the theme, launch."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

import gradio as gr
from starlette.middleware import Middleware

from ..assistant import Assistant
from ..index.build import build_index, reparsed
from ..index.embed import background_embedder
from ..index.store import IndexCorrupt, IndexMismatch, IndexMissing, open_store
from ..settings import Settings
from .access import SignedInOnly
from .app import CSS, HEAD, build_app
from .boot import BUILDING, LoadingPage, address
from .locale import ChineseLocale


def theme() -> gr.themes.Base:
    """System/CJK fonts only: the default theme would ask Google for fonts."""
    return gr.themes.Default(
        primary_hue="blue", neutral_hue="slate",
        font=[gr.themes.Font("Noto Sans CJK SC"), gr.themes.Font("Source Han Sans SC"), gr.themes.Font("PingFang SC"),
              gr.themes.Font("Microsoft YaHei"), "sans-serif"],
        font_mono=[gr.themes.Font("Noto Sans Mono CJK SC"), gr.themes.Font("DejaVu Sans Mono"), "monospace"],
    )


def _auth(settings: Settings):
    if not settings.users:
        return None
    users = dict(settings.users)
    return lambda u, p: u in users and users[u] == p


def launch(demo: gr.Blocks, settings: Settings, server_name: str | None = None, server_port: int | None = None,
           block: bool = True, quiet: bool = False, default_concurrency_limit: int = 16,
           handover: Callable[[], None] | None = None, bound: Callable[[], None] | None = None):
    """Queue and launch; host/port from the arguments, else GRADIO_SERVER_NAME/PORT, else settings. Workers
    outnumber the LLM slots (settings.llm_concurrency) so extractive answers are served while LLM calls wait.
    ``handover`` (closing boot.py's loading page) runs right before gradio binds the port, ``bound`` right after."""
    host, port = address(settings, server_name, server_port)
    auth = _auth(settings)
    demo.queue(default_concurrency_limit=default_concurrency_limit)
    with _around_bind(handover, bound):
        return demo.launch(
            server_name=host, server_port=port, auth=auth, auth_message="请使用分配的账号登录" if auth else None,
            prevent_thread_lock=not block, quiet=quiet, show_error=False,
            max_file_size=int(settings.upload_max_mb * 1024 * 1024),
            theme=theme(), css=CSS, head=HEAD, footer_links=[], run_history=False, pwa=False, mcp_server=False,
            enable_monitoring=False, ssr_mode=False, share=False, inbrowser=False,
            app_kwargs={"middleware": [Middleware(ChineseLocale), Middleware(SignedInOnly)]},
        )


@contextmanager
def _around_bind(handover: Callable[[], None] | None, bound: Callable[[], None] | None) -> Iterator[None]:
    """Run ``handover`` when gradio starts its server, not before the 0.3-0.9 s launch spends building its app
    first (so the port is closed for ~0.05 s, not ~0.5 s), and ``bound`` once the server listens. Gradio has no
    hook there: its http_server.start_server is wrapped while launch runs."""
    from gradio import http_server

    nothing = lambda: None  # noqa: E731
    handover, bound = handover or nothing, bound or nothing
    original = getattr(http_server, "start_server", None)
    if original is None:  # a gradio without it: hand over now
        handover()
        bound()
        yield
        return

    def start_server(*args, **kwargs):
        handover()
        server = original(*args, **kwargs)
        bound()
        return server

    http_server.start_server = start_server
    try:
        yield
    finally:
        http_server.start_server = original


def open_assistant(settings: Settings, out=print, start_model: bool = True) -> tuple[Assistant, str | None]:
    """The shared Assistant, building the index first when it is missing (and saying so). ``start_model=False``:
    the embedding model loads only from ``assistant.embedder.start()`` (or the first question that waits)."""
    notice = None
    try:
        store = open_store(settings)
    except (IndexMissing, IndexMismatch, IndexCorrupt) as exc:
        why = "未找到索引" if isinstance(exc, IndexMissing) else "现有索引与当前设置不一致或已损坏"
        out(f"{why}，正在为 {settings.corpus_dir} 中的简报建立索引（首次启动需要一点时间）…", flush=True)
        report = build_index(settings, rebuild=not isinstance(exc, IndexMissing))
        store = open_store(settings)
        notice = (f"首次启动：{why}，已自动建立索引（{len(report.indexed) + len(report.reused)} 份简报，"
                  f"{report.chunks} 个片段，用时 {report.seconds:.1f} 秒）。")
        for err in report.errors:
            out(f"跳过: {err}", flush=True)
        out(notice, flush=True)
    store, report = reparsed(settings, store)
    if report is not None:  # an upgrade changed the parser: the stored records were the old code's
        notice = f"解析程序已更新，已重新处理全部简报（{len(report.indexed)} 份，用时 {report.seconds:.1f} 秒）。"
        out(notice, flush=True)
    # the page and BM25 answers are ready while the embedding model loads in the background
    return Assistant(settings, store, embedder=background_embedder(settings, start=start_model),
                     wait_for_model=False), notice


def serve(settings: Settings, server_name: str | None = None, server_port: int | None = None,
          loading: LoadingPage | None = None) -> int:
    """Open (or build) the index, create the one Assistant, launch and block. ``loading`` (boot.py's page on
    the same address) says when the index is being built and hands the port over just before launch."""
    # the model starts loading once the server listens: before, it would take CPU from building the page
    assistant, notice = open_assistant(settings, out=_relay(loading), start_model=False)
    demo = build_app(assistant, settings, startup_notice=notice)
    launch(demo, settings, server_name, server_port, block=True, handover=loading.close if loading else None,
           bound=assistant.embedder.start)
    return 0


def _relay(loading: LoadingPage | None) -> Callable[..., None]:
    """open_assistant's console lines; the first one (an index build starts) also goes on the loading page."""
    def out(*args, **kwargs) -> None:
        print(*args, **kwargs)
        if loading is not None:
            loading.say(BUILDING)
    return out
