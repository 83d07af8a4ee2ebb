"""Event wiring of the page's other parts: 👍/👎 and comments under answers, the 简报库 tab (upload,
replace, delete, search, 查看全文), the admins' 反馈 tab, and the 设置 tab (backend, theme, logout)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import gradio as gr

from ..assistant import Assistant
from ..settings import Settings
from .access import is_admin, user_of
from .chat import endpoint_problem
from .feedback import (
    comment_turn,
    current_feedback,
    export_feedback,
    filter_feedback,
    like_turn,
    render_feedback,
)
from .library import (
    delete_briefing,
    delete_choices,
    render_full_briefing,
    search_briefings,
)
from .render import esc, render_briefings, render_status
from .scope import scope_choices
from .upload import upload_files

PRIVATE = {"api_visibility": "private"}
SAVE_BACKEND = "(b, u, m) => { try { localStorage.setItem('rag-backend', JSON.stringify([b, u, m])); } catch (e) {} }"


def wire_feedback(ui: SimpleNamespace, settings: Settings) -> None:
    def on_like(turns, like: gr.LikeData, request: gr.Request):
        turns, k, message = like_turn(settings.feedback_path, turns, like.index, like.liked, user_of(request))
        if k < 0:
            gr.Info(message, title="提示")
            return turns, k, gr.update(visible=False), "", gr.skip()
        comment = turns[k].get("comment", "")
        return turns, k, gr.update(visible=True), f'<div class="feedback-msg">{esc(message)}</div>', comment

    def on_comment(turns, k, comment, request: gr.Request):
        turns, message = comment_turn(settings.feedback_path, turns, k, comment, user_of(request))
        return turns, f'<div class="feedback-msg">{esc(message)}</div>'

    ui.chatbot.like(on_like, [ui.turns], [ui.turns, ui.target, ui.feedback_box, ui.feedback_msg, ui.comment],
                    **PRIVATE)
    for event in (ui.comment_send.click, ui.comment.submit):
        event(on_comment, [ui.turns, ui.target, ui.comment], [ui.turns, ui.feedback_msg], **PRIVATE)


def wire_library(ui: SimpleNamespace, assistant: Assistant, settings: Settings) -> None:
    def table(query=None):
        found = search_briefings(assistant.briefings(), query)
        return render_briefings(found, assistant.store.errors, assistant.store.size)

    def upload(files, request: gr.Request, progress=gr.Progress()):  # noqa: B008 — gradio injects it
        message, changed = upload_files(assistant, settings, files, user_of(request), progress)
        if not changed:
            return message, gr.skip(), gr.skip(), gr.skip(), None
        briefings = assistant.briefings()
        return (message, table(), gr.update(choices=scope_choices(briefings)), render_status(briefings), None)

    def replace(files, request: gr.Request, progress=gr.Progress()):  # noqa: B008 — gradio injects it
        message, changed = upload_files(assistant, settings, files, user_of(request), progress, replace=True)
        briefings = assistant.briefings()
        return (message, table(), gr.update(choices=scope_choices(briefings)), render_status(briefings), None)

    def delete(source, request: gr.Request):
        message = delete_briefing(assistant, settings, source, user_of(request))
        briefings = assistant.briefings()
        return (message, table(), gr.update(choices=scope_choices(briefings)), render_status(briefings),
                gr.update(choices=delete_choices(briefings), value=None))

    ui.upload_btn.click(upload, ui.files, [ui.upload_msg, ui.briefings, ui.scope, ui.status, ui.files],
                        api_name="upload", concurrency_limit=1, concurrency_id="reindex",
                        show_progress_on=[ui.upload_msg])
    ui.replace_btn.click(replace, ui.files, [ui.upload_msg, ui.briefings, ui.scope, ui.status, ui.files],
                         concurrency_limit=1, concurrency_id="reindex", show_progress_on=[ui.upload_msg], **PRIVATE)
    ui.delete_btn.click(delete, ui.delete_pick, [ui.upload_msg, ui.briefings, ui.scope, ui.status, ui.delete_pick],
                        concurrency_limit=1, concurrency_id="reindex", show_progress_on=[ui.upload_msg], **PRIVATE)
    ui.lib_query.change(table, ui.lib_query, ui.briefings, queue=False, **PRIVATE)

    def open_full(request_json):
        try:
            wanted = json.loads(request_json or "{}")
        except ValueError:
            wanted = {}
        html = render_full_briefing(assistant.briefings(), wanted.get("source"), wanted.get("quote"))
        return gr.update(visible=True), html

    ui.full_open.click(open_full, ui.full_request, [ui.full_box, ui.full], **PRIVATE).then(
        None, None, None, js="() => { window.ragShowFull && window.ragShowFull(); }", **PRIVATE)
    ui.full_close.click(lambda: gr.update(visible=False), None, ui.full_box, queue=False, **PRIVATE)


def wire_feedback_view(ui: SimpleNamespace, settings: Settings) -> None:
    def shown(which, request: gr.Request):
        if not is_admin(settings, user_of(request)):
            raise gr.Error("只有管理员可以查看反馈。", title="提示")
        return filter_feedback(current_feedback(settings.feedback_path), which)

    def view(which, request: gr.Request):
        return render_feedback(shown(which, request))

    def export(which, request: gr.Request):
        return gr.update(visible=True, value=str(export_feedback(shown(which, request))))

    for event in (ui.fb_filter.change, ui.fb_refresh.click, ui.feedback_tab.select):
        event(view, ui.fb_filter, ui.fb_table, **PRIVATE)
    ui.fb_export.click(export, ui.fb_filter, ui.fb_file, **PRIVATE)


def _backend_note(backend: str, base_url: str, model: str) -> str:
    problem = endpoint_problem(base_url, model) if backend == "openai" else None
    if not problem:
        return ""
    return f'<div class="access-note">⚠ {esc(problem)}：在填写有效的接口地址和模型名称之前，提问将使用离线抽取式回答。</div>'


def wire_settings(ui: SimpleNamespace, settings: Settings) -> None:
    def on_backend(backend, base_url, model):
        return gr.update(visible=backend == "openai"), _backend_note(backend, base_url, model)

    fields = [ui.backend, ui.base_url, ui.model]
    for component in fields:
        component.change(on_backend, fields, [ui.llm_box, ui.backend_note], queue=False, **PRIVATE)
        component.input(None, fields, None, js=SAVE_BACKEND, **PRIVATE)
    ui.theme.click(None, None, None, js="() => window.ragToggleTheme()", **PRIVATE)
    ui.logout.click(None, None, None, js="() => { window.location.href = 'logout'; }", **PRIVATE)


def saved_backend(saved: str | None) -> list:
    """The [backend, base_url, model] this browser kept, or three Nones."""
    try:
        value = json.loads(saved or "null")
    except ValueError:
        value = None
    return (list(value) + [None] * 3)[:3] if isinstance(value, list) else [None] * 3

