"""The Gradio Blocks of the web chat: layout and event wiring only; the handlers live beside it.

One Assistant per process is shared by every session (it is thread-safe and swaps its index
atomically on reindex). Nothing on the page is fetched from outside hosts: system/CJK fonts only,
no analytics, no run history (it offers a remote bucket), no PWA, no MCP.
"""

from __future__ import annotations

import json
import os

# Before gradio is imported anywhere: no analytics calls from the server process.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from pathlib import Path
from types import SimpleNamespace

import gradio as gr

from ..assistant import Assistant
from ..settings import Settings
from .access import is_admin, render_access_note, user_of
from .chat import Chat, backend_choices, endpoint_problem
from .export import export_file
from .feedback import (
    comment_turn,
    current_feedback,
    export_feedback,
    filter_feedback,
    like_turn,
    render_feedback,
)
from .history import history_choices, turns_from_json, turns_json
from .layout import (
    EXAMPLES,
    TITLE,
    chat_tab,
    feedback_tab,
    header,
    library_tab,
    settings_tab,
)
from .library import (
    delete_briefing,
    delete_choices,
    render_full_briefing,
    search_briefings,
)
from .render import esc, render_briefings, render_chat, render_sources, render_status
from .scope import SCOPE_ALL, render_scope_banner, scope_choices, scope_label
from .upload import upload_files

STATIC = Path(__file__).parent / "static"
CSS = (STATIC / "app.css").read_text(encoding="utf-8")
HEAD = ('<meta name="robots" content="noindex">\n<script>\n'
        + (STATIC / "app.js").read_text(encoding="utf-8") + "\n</script>\n")
PRIVATE = {"api_visibility": "private"}
SAVE_BACKEND = "(b, u, m) => { try { localStorage.setItem('rag-backend', JSON.stringify([b, u, m])); } catch (e) {} }"
STORE_CONVERSATION = "(j) => (window.ragStoreConversation ? window.ragStoreConversation(j) : [])"
RESTORE_CONVERSATION = "() => (window.ragRestore ? window.ragRestore() : ['', '[]'])"
OPEN_CONVERSATION = "(id) => (window.ragOpenConversation ? window.ragOpenConversation(id) : [id, '', '[]'])"
NEW_CONVERSATION = "() => (window.ragNewConversation ? window.ragNewConversation() : ['[]'])"
EDIT_TURN = "(k, turns) => [window.ragEditTurn ?? k, turns]"  # the turn 修改 was clicked on (set by app.js)
LOAD_BACKEND = "() => { try { return [localStorage.getItem('rag-backend') || '']; } catch (e) { return ['']; } }"


# ---------------------------------------------------------------- wiring

def _take_last(turns):
    """The conversation without its last turn, and that turn's question (to be asked again)."""
    if not turns:
        raise gr.Error("还没有可以重新回答的问题。", title="提示")
    return turns[:-1], turns[-1]["question"]


def _take_from(turn, turns):
    """Edit and resend: the conversation before turn ``turn``, shown again, and that turn's question put back
    into the input box (the turns after it are dropped when it is sent again)."""
    turns = list(turns or [])
    try:
        k = int(str(turn).strip())
    except ValueError:
        k = -1
    if not 0 <= k < len(turns):
        raise gr.Error("找不到要修改的问题。", title="提示")
    kept = turns[:k]
    return render_chat(kept), render_sources(kept), kept, turns[k]["question"]


def _wire_asking(ui: SimpleNamespace, chat: Chat) -> None:
    inputs = [ui.question, ui.turns, ui.scope, ui.backend, ui.base_url, ui.model]
    outputs = [ui.chatbot, ui.sources, ui.turns, ui.question]
    answer = {"fn": chat.respond, "inputs": inputs, "outputs": outputs, "show_progress": "hidden", **PRIVATE}
    hide_feedback = {"fn": lambda: gr.update(visible=False), "inputs": None, "outputs": ui.feedback_box,
                     "queue": False, **PRIVATE}
    asked = [ui.question.submit(**answer)]
    # Callable as /chat (undocumented): the page's own handler, for scripted checks of the UI path.
    asked.append(ui.send.click(chat.respond, inputs, outputs, api_name="chat", api_visibility="undocumented",
                               show_progress="hidden"))
    for button, text in zip(ui.examples, EXAMPLES):
        asked.append(button.click(lambda t=text: t, None, ui.question, queue=False, **PRIVATE).then(**answer))
    asked.append(ui.regen.click(_take_last, ui.turns, [ui.turns, ui.question], queue=False, **PRIVATE)
                 .success(**answer))
    for event in asked:
        event.then(**hide_feedback)
        event.then(turns_json, ui.turns, ui.conv_json, queue=False, **PRIVATE).then(
            None, ui.conv_json, None, js=STORE_CONVERSATION, **PRIVATE)
    ui.stop.click(None, None, None, cancels=asked, **PRIVATE)
    ui.edit_open.click(_take_from, [ui.edit_request, ui.turns], outputs, queue=False, js=EDIT_TURN, **PRIVATE).then(
        turns_json, ui.turns, ui.conv_json, queue=False, **PRIVATE).then(
        None, ui.conv_json, None, js=STORE_CONVERSATION, **PRIVATE)


def _show_conversation(text, index):
    """A conversation kept in the browser, shown again (chat, sources, turns, the 历史对话 list)."""
    turns = turns_from_json(text)
    return render_chat(turns), render_sources(turns), turns, gr.update(choices=history_choices(index), value=None)


def _wire_history(ui: SimpleNamespace) -> None:
    shown = [ui.chatbot, ui.sources, ui.turns, ui.history]
    ui.history.input(lambda _id, text, index: _show_conversation(text, index), [ui.history, ui.conv_json, ui.conv_index],
                     shown, js=OPEN_CONVERSATION, **PRIVATE)


def _wire_chat(ui: SimpleNamespace, chat: Chat, assistant: Assistant) -> None:
    _wire_asking(ui, chat)

    def new_chat(index):
        hidden = gr.update(visible=False)
        return ([], render_sources([]), [], "", gr.update(value=SCOPE_ALL), hidden, -1, gr.update(visible=False, value=None),
                gr.update(choices=history_choices(index), value=None))

    reset = [ui.chatbot, ui.sources, ui.turns, ui.question, ui.scope, ui.feedback_box, ui.target, ui.export_file,
             ui.history]
    for event in (ui.clear.click, ui.chatbot.clear):
        event(new_chat, ui.conv_index, reset, queue=False, js=NEW_CONVERSATION, **PRIVATE)
    _wire_history(ui)

    def show_scope(value):
        label = scope_label(value, assistant.briefings())
        return gr.update(visible=bool(label)), render_scope_banner(label)

    def export(turns, kind):
        path = export_file(turns or [], kind)
        if path is None:
            gr.Info("还没有可导出的对话。", title="提示")
            return gr.update(visible=False, value=None)
        return gr.update(visible=True, value=str(path))

    ui.export_md.click(lambda t: export(t, "md"), ui.turns, ui.export_file, **PRIVATE)
    ui.export_docx.click(lambda t: export(t, "docx"), ui.turns, ui.export_file, **PRIVATE)
    ui.scope.change(show_scope, ui.scope, [ui.scope_row, ui.scope_banner], queue=False, **PRIVATE)
    ui.scope_reset.click(lambda: SCOPE_ALL, None, ui.scope, queue=False, **PRIVATE)


def _wire_feedback(ui: SimpleNamespace, settings: Settings) -> None:
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


def _wire_library(ui: SimpleNamespace, assistant: Assistant, settings: Settings) -> None:
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


def _wire_feedback_view(ui: SimpleNamespace, settings: Settings) -> None:
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


def _wire_settings(ui: SimpleNamespace, settings: Settings) -> None:
    def on_backend(backend, base_url, model):
        return gr.update(visible=backend == "openai"), _backend_note(backend, base_url, model)

    fields = [ui.backend, ui.base_url, ui.model]
    for component in fields:
        component.change(on_backend, fields, [ui.llm_box, ui.backend_note], queue=False, **PRIVATE)
        component.input(None, fields, None, js=SAVE_BACKEND, **PRIVATE)
    ui.theme.click(None, None, None, js="() => window.ragToggleTheme()", **PRIVATE)
    ui.logout.click(None, None, None, js="() => { window.location.href = 'logout'; }", **PRIVATE)


def _saved_backend(saved: str | None) -> list:
    """The [backend, base_url, model] this browser kept, or three Nones."""
    try:
        value = json.loads(saved or "null")
    except ValueError:
        value = None
    return (list(value) + [None] * 3)[:3] if isinstance(value, list) else [None] * 3


def _wire_load(demo: gr.Blocks, ui: SimpleNamespace, assistant: Assistant, settings: Settings) -> None:
    def on_load(saved, request: gr.Request):
        user = user_of(request)
        admin, briefings = is_admin(settings, user), assistant.briefings()
        choices, default = backend_choices(settings)
        backend, base_url, model = _saved_backend(saved)
        backend = backend if backend in {value for _, value in choices} else default
        if not admin or not base_url:
            base_url, model = settings.openai_base_url or "", settings.openai_model or ""
        return (render_status(briefings),
                render_briefings(briefings, assistant.store.errors, assistant.store.size),
                gr.update(choices=scope_choices(briefings)),
                render_access_note(settings, user, "上传简报"), gr.update(interactive=admin),
                gr.update(interactive=admin), render_access_note(settings, user, "更改大模型接口地址"),
                gr.update(value=base_url, interactive=admin), gr.update(value=model, interactive=admin),
                backend, gr.update(visible=admin),
                gr.update(interactive=admin, choices=delete_choices(briefings)), gr.update(interactive=admin),
                gr.update(interactive=admin))

    demo.load(on_load, ui.saved_backend,
              [ui.status, ui.briefings, ui.scope, ui.upload_note, ui.files, ui.upload_btn, ui.endpoint_note,
               ui.base_url, ui.model, ui.backend, ui.feedback_tab, ui.delete_pick, ui.delete_btn, ui.replace_btn],
              js=LOAD_BACKEND, **PRIVATE)

    demo.load(_show_conversation, [ui.conv_json, ui.conv_index], [ui.chatbot, ui.sources, ui.turns, ui.history],
              js=RESTORE_CONVERSATION, **PRIVATE)


def build_app(assistant: Assistant, settings: Settings, startup_notice: str | None = None) -> gr.Blocks:
    """The Blocks app over one shared Assistant. Launch with ``launch(demo, settings, ...)``."""
    chat = Chat(assistant, settings)
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True) as demo:
        ui = SimpleNamespace(turns=gr.State([]), target=gr.State(-1))
        header(ui, settings, assistant, startup_notice)
        with gr.Tabs():
            with gr.Tab("问答", id="chat"):
                chat_tab(ui, settings, assistant.briefings())
            with gr.Tab("简报库", id="library"):
                library_tab(ui, settings, assistant)
            with gr.Tab("设置", id="settings"):
                settings_tab(ui, settings)
            with gr.Tab("反馈", id="feedback", visible=False) as ui.feedback_tab:
                feedback_tab(ui)
        _wire_chat(ui, chat, assistant)
        _wire_feedback(ui, settings)
        _wire_library(ui, assistant, settings)
        _wire_settings(ui, settings)
        _wire_feedback_view(ui, settings)
        _wire_load(demo, ui, assistant, settings)
        gr.api(chat.api_ask, api_name="ask", api_description="回答一个问题；history 为本次对话中此前的用户问题列表。返回 Answer.to_dict()。")
    return demo
