"""The Gradio Blocks of the web chat: layout and event wiring only; the handlers live beside it.

One Assistant per process is shared by every session (it is thread-safe and swaps its index
atomically on reindex). Nothing on the page is fetched from outside hosts: system/CJK fonts only,
no analytics, no run history (it offers a remote bucket), no PWA, no MCP.
"""

from __future__ import annotations

import os

# Before gradio is imported anywhere: no analytics calls from the server process.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from pathlib import Path
from types import SimpleNamespace

import gradio as gr

from ..assistant import Assistant
from ..settings import Settings
from .access import is_admin, render_access_note, user_of
from .chat import Chat, backend_choices
from .export import export_file
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
from .library import delete_choices
from .render import render_briefings, render_chat, render_sources, render_status
from .scope import SCOPE_ALL, render_scope_banner, scope_choices, scope_label
from .tabs import saved_backend, wire_feedback, wire_feedback_view, wire_library, wire_settings

STATIC = Path(__file__).parent / "static"
CSS = (STATIC / "app.css").read_text(encoding="utf-8")
HEAD = ('<meta name="robots" content="noindex">\n<script>\n'
        + (STATIC / "app.js").read_text(encoding="utf-8") + "\n</script>\n")
PRIVATE = {"api_visibility": "private"}
STORE_CONVERSATION = "(j) => (window.ragStoreConversation ? window.ragStoreConversation(j) : [])"
RESTORE_CONVERSATION = "() => (window.ragRestore ? window.ragRestore() : ['', '[]'])"
OPEN_CONVERSATION = "(id) => (window.ragOpenConversation ? window.ragOpenConversation(id) : [id, '', '[]'])"
NEW_CONVERSATION = "() => (window.ragNewConversation ? window.ragNewConversation() : ['[]'])"
EDIT_TURN = "(_, turns) => [window.ragEditTurn ?? '', turns]"  # the turn 修改 was clicked on (set by app.js)
SEND = "() => { document.getElementById('send').click(); }"  # asks what the question box holds
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
    # One answering event for every way of asking (an example, a follow-up and 重新回答 end in a click on 提问).
    # gradio's default trigger_mode "once" drops a trigger while its event is pending, e.g. a click in the instant
    # after an answer is shown and before its event ends; "always_last" runs it once that event is done, on the
    # conversation with that answer. An event per trigger could answer side by side on the same (stale) turns.
    # Callable as /chat (undocumented): the page's own handler, for scripted checks of the UI path.
    asked = gr.on([ui.question.submit, ui.send.click], chat.respond, inputs, [*outputs, ui.streaming],
                  trigger_mode="always_last", api_name="chat", api_visibility="undocumented", show_progress="hidden")
    send = {"fn": None, "inputs": None, "outputs": None, "js": SEND, **PRIVATE}
    for button, text in zip(ui.examples, EXAMPLES):
        button.click(lambda t=text: t, None, ui.question, queue=False, **PRIVATE).then(**send)
    ui.regen.click(_take_last, ui.turns, [ui.turns, ui.question], queue=False, **PRIVATE).success(**send)
    store = {"fn": None, "inputs": ui.conv_json, "outputs": None, "js": STORE_CONVERSATION, **PRIVATE}
    asked.then(lambda: gr.update(visible=False), None, ui.feedback_box, queue=False, **PRIVATE)
    asked.then(turns_json, ui.turns, ui.conv_json, queue=False, **PRIVATE).then(**store)
    # 停止生成 cancels the answer (its backend stream is closed), then keeps what had streamed, marked as stopped.
    ui.stop.click(None, None, None, cancels=[asked], **PRIVATE).then(
        chat.stopped, [ui.streaming, ui.turns], [ui.chatbot, ui.sources, ui.turns, ui.streaming], queue=False,
        **PRIVATE).then(turns_json, ui.turns, ui.conv_json, queue=False, **PRIVATE).then(**store)
    ui.edit_open.click(_take_from, [ui.edit_open, ui.turns], outputs, queue=False, js=EDIT_TURN, **PRIVATE).then(
        turns_json, ui.turns, ui.conv_json, queue=False, **PRIVATE).then(**store)


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


def _wire_load(demo: gr.Blocks, ui: SimpleNamespace, assistant: Assistant, settings: Settings) -> None:
    def on_load(saved, request: gr.Request):
        user = user_of(request)
        admin, briefings = is_admin(settings, user), assistant.briefings()
        choices, default = backend_choices(settings)
        backend, base_url, model = saved_backend(saved)
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
        ui = SimpleNamespace(turns=gr.State([]), target=gr.State(-1), streaming=gr.State(None))
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
        wire_feedback(ui, settings)
        wire_library(ui, assistant, settings)
        wire_settings(ui, settings)
        wire_feedback_view(ui, settings)
        _wire_load(demo, ui, assistant, settings)
        gr.api(chat.api_ask, api_name="ask", api_description="回答一个问题；history 为本次对话中此前的用户问题列表。返回 Answer.to_dict()。")
    return demo
