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
from .feedback import comment_turn, like_turn
from .render import (
    esc,
    render_briefings,
    render_sources,
    render_startup_notice,
    render_status,
)
from .scope import SCOPE_ALL, render_scope_banner, scope_choices, scope_label
from .upload import upload_files

TITLE = "江苏应急管理简报问答助手"
EXAMPLES = (
    "南通市累计排查企业多少家？",
    "宿迁市有多少家化工企业建立了事故隐患报告制度？",
    "最新一期简报是哪一期？",
    "扬州市多部门联动检查发现问题隐患多少条？",
)
STATIC = Path(__file__).parent / "static"
CSS = (STATIC / "app.css").read_text(encoding="utf-8")
HEAD = ('<meta name="robots" content="noindex">\n<script>\n'
        + (STATIC / "app.js").read_text(encoding="utf-8") + "\n</script>\n")
PRIVATE = {"api_visibility": "private"}
SAVE_BACKEND = "(b, u, m) => { try { localStorage.setItem('rag-backend', JSON.stringify([b, u, m])); } catch (e) {} }"
LOAD_BACKEND = "() => { try { return [localStorage.getItem('rag-backend') || '']; } catch (e) { return ['']; } }"


# ---------------------------------------------------------------- layout

def _header(ui: SimpleNamespace, settings: Settings, assistant: Assistant, notice: str | None) -> None:
    with gr.Row(elem_id="header-row"):
        with gr.Column(elem_id="header", scale=10):
            gr.HTML(f'<div class="app-title"><h1>{TITLE}</h1>'
                    '<p>依据已索引的《江苏应急管理简报》作答，每个结论都标注出处，可点击编号查看原文。</p></div>')
            ui.status = gr.HTML(render_status(assistant.briefings()), elem_id="status")
            ui.notice = gr.HTML(render_startup_notice(notice), elem_id="startup-notice")
        with gr.Row(elem_id="header-buttons", scale=0):
            ui.theme = gr.Button("🌓 深色/浅色", size="sm", elem_id="theme-toggle")
            ui.logout = gr.Button("退出登录", size="sm", elem_id="logout", visible=bool(settings.users))


def _chat_column(ui: SimpleNamespace, settings: Settings, briefings) -> None:
    ui.chatbot = gr.Chatbot(
        label="对话", show_label=False, elem_id="chat", height=560, latex_delimiters=[], buttons=[],
        feedback_options=("Like", "Dislike"), group_consecutive_messages=False,
        placeholder="您好！请输入关于江苏应急管理简报的问题，或点击下方示例。",
    )
    with gr.Group(visible=False, elem_id="feedback-box") as ui.feedback_box:
        ui.feedback_msg = gr.HTML(elem_id="feedback-msg")
        with gr.Row():
            ui.comment = gr.Textbox(show_label=False, placeholder="补充意见（可选），例如：数字与原文不符", scale=5,
                                    max_lines=3, elem_id="comment")
            ui.comment_send = gr.Button("提交意见", scale=1, min_width=90, elem_id="comment-send")
    with gr.Row(visible=False, elem_id="scope-row") as ui.scope_row:
        ui.scope_banner = gr.HTML(elem_id="scope-banner")
        ui.scope_reset = gr.Button("改为全部简报", size="sm", scale=0, min_width=110, elem_id="scope-reset")
    with gr.Row(elem_id="ask-row"):
        ui.question = gr.Textbox(show_label=False, placeholder="输入问题，按回车发送，例如：南通市累计排查企业多少家？",
                                 scale=6, max_lines=4, elem_id="question", autofocus=True)
        ui.send = gr.Button("提问", variant="primary", scale=1, min_width=70, elem_id="send")
        ui.clear = gr.Button("新对话", scale=1, min_width=70, elem_id="new-chat")
    gr.HTML(f'<div id="ask-count" data-max="{settings.max_question_chars}" aria-live="polite"></div>')
    gr.HTML('<div class="examples-label">示例问题：</div>')
    with gr.Row(elem_id="examples"):
        ui.examples = [gr.Button(q, size="sm", elem_classes=["example"]) for q in EXAMPLES]
    with gr.Row(elem_id="export-row"):
        ui.regen = gr.Button("重新回答", size="sm", elem_id="regen")
        ui.stop = gr.Button("停止生成", size="sm", elem_id="stop")
        ui.export_md = gr.Button("导出 Markdown", size="sm", elem_id="export-md")
        ui.export_docx = gr.Button("导出 Word", size="sm", elem_id="export-docx")
    ui.export_file = gr.File(label="导出的对话（点击文件名下载）", visible=False, interactive=False, elem_id="export-file")
    ui.scope = gr.Dropdown(scope_choices(briefings), value=SCOPE_ALL, label="检索范围", elem_id="scope",
                           info="只在选定的简报中检索；点“新对话”恢复为全部简报。")


def _chat_tab(ui: SimpleNamespace, settings: Settings, briefings) -> None:
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=300):
            _chat_column(ui, settings, briefings)
        with gr.Column(scale=2, min_width=320, elem_id="sources-col"):
            gr.HTML('<div class="panel-title">引用来源</div>')
            ui.sources = gr.HTML(render_sources([]), elem_id="sources-panel")


def _library_tab(ui: SimpleNamespace, settings: Settings, assistant: Assistant) -> None:
    with gr.Row(equal_height=False):
        with gr.Column(scale=1, min_width=300):
            gr.HTML('<div class="panel-title">上传简报</div><div class="hint">'
                    f'支持 .txt、.md、.docx、.pdf，单个文件不超过 {settings.upload_max_mb:g} MB。'
                    '上传后自动更新索引，新简报随即可以检索。仅管理员可上传。</div>')
            ui.upload_note = gr.HTML(render_access_note(settings, None, "上传简报"), elem_id="upload-note")
            # No file_types: gradio would reject other types with its own message; ours names the file.
            ui.files = gr.File(label="选择文件（.txt / .md / .docx / .pdf）", file_count="multiple",
                               elem_id="upload-files", height=160)
            ui.upload_btn = gr.Button("上传并更新索引", variant="primary", elem_id="upload-btn")
            ui.upload_msg = gr.HTML(elem_id="upload-msg")
        with gr.Column(scale=3):
            gr.HTML('<div class="panel-title">已索引的简报</div>')
            ui.briefings = gr.HTML(render_briefings(assistant.briefings(), assistant.store.errors, assistant.store.size),
                                   elem_id="briefings")


def _settings_tab(ui: SimpleNamespace, settings: Settings) -> None:
    choices, default = backend_choices(settings)
    ui.backend = gr.Radio(choices, value=default, label="回答方式", elem_id="backend",
                          info="抽取式直接摘录简报原句，完全离线；大模型接口需服务器能访问该地址。")
    ui.backend_note = gr.HTML(elem_id="backend-note")
    with gr.Group(visible=default == "openai") as ui.llm_box:
        ui.base_url = gr.Textbox(label="接口地址（OpenAI 兼容，Base URL）", value=settings.openai_base_url or "",
                                 placeholder="http://127.0.0.1:8000/v1", elem_id="base-url")
        ui.model = gr.Textbox(label="模型名称", value=settings.openai_model or "", elem_id="model")
        ui.endpoint_note = gr.HTML(render_access_note(settings, None, "更改大模型接口地址"), elem_id="endpoint-note")
        gr.HTML('<div class="hint">API 密钥只在服务器端从环境变量读取，不经过浏览器；'
                '只有默认接口地址会携带密钥。</div>')
    # The choice survives a page reload: kept in this browser's localStorage, read back on load.
    ui.saved_backend = gr.Textbox(visible=False, elem_id="saved-backend")


# ---------------------------------------------------------------- wiring

def _take_last(turns):
    """The conversation without its last turn, and that turn's question (to be asked again)."""
    if not turns:
        raise gr.Error("还没有可以重新回答的问题。", title="提示")
    return turns[:-1], turns[-1]["question"]


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
    ui.stop.click(None, None, None, cancels=asked, **PRIVATE)


def _wire_chat(ui: SimpleNamespace, chat: Chat, assistant: Assistant) -> None:
    _wire_asking(ui, chat)

    def new_chat():
        hidden = gr.update(visible=False)
        return [], render_sources([]), [], "", gr.update(value=SCOPE_ALL), hidden, -1, gr.update(visible=False, value=None)

    reset = [ui.chatbot, ui.sources, ui.turns, ui.question, ui.scope, ui.feedback_box, ui.target, ui.export_file]
    ui.clear.click(new_chat, None, reset, queue=False, **PRIVATE)
    ui.chatbot.clear(new_chat, None, reset, queue=False, **PRIVATE)

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
    def upload(files, request: gr.Request, progress=gr.Progress()):  # noqa: B008 — gradio injects it
        message, changed = upload_files(assistant, settings, files, user_of(request), progress)
        if not changed:
            return message, gr.skip(), gr.skip(), gr.skip(), None
        briefings = assistant.briefings()
        return (message, render_briefings(briefings, assistant.store.errors, assistant.store.size),
                gr.update(choices=scope_choices(briefings)), render_status(briefings), None)

    ui.upload_btn.click(upload, ui.files, [ui.upload_msg, ui.briefings, ui.scope, ui.status, ui.files],
                        api_name="upload", concurrency_limit=1, concurrency_id="reindex",
                        show_progress_on=[ui.upload_msg])


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
                backend)

    demo.load(on_load, ui.saved_backend,
              [ui.status, ui.briefings, ui.scope, ui.upload_note, ui.files, ui.upload_btn, ui.endpoint_note,
               ui.base_url, ui.model, ui.backend], js=LOAD_BACKEND, **PRIVATE)


def build_app(assistant: Assistant, settings: Settings, startup_notice: str | None = None) -> gr.Blocks:
    """The Blocks app over one shared Assistant. Launch with ``launch(demo, settings, ...)``."""
    chat = Chat(assistant, settings)
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True) as demo:
        ui = SimpleNamespace(turns=gr.State([]), target=gr.State(-1))
        _header(ui, settings, assistant, startup_notice)
        with gr.Tabs():
            with gr.Tab("问答", id="chat"):
                _chat_tab(ui, settings, assistant.briefings())
            with gr.Tab("简报库", id="library"):
                _library_tab(ui, settings, assistant)
            with gr.Tab("设置", id="settings"):
                _settings_tab(ui, settings)
        _wire_chat(ui, chat, assistant)
        _wire_feedback(ui, settings)
        _wire_library(ui, assistant, settings)
        _wire_settings(ui, settings)
        _wire_load(demo, ui, assistant, settings)
        gr.api(chat.api_ask, api_name="ask", api_description="回答一个问题；history 为本次对话中此前的用户问题列表。返回 Answer.to_dict()。")
    return demo
