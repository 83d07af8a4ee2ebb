"""The page's layout: header, 问答, 简报库, 设置 and 反馈 tabs. Components go into one namespace (``ui``)
that app.py wires to the handlers."""

from __future__ import annotations

from types import SimpleNamespace

import gradio as gr

from ..assistant import Assistant
from ..settings import Settings
from .access import render_access_note
from .chat import backend_choices
from .feedback import FILTERS
from .library import delete_choices
from .render import (
    render_briefings,
    render_sources,
    render_startup_notice,
    render_status,
)
from .scope import SCOPE_ALL, scope_choices

TITLE = "江苏应急管理简报问答助手"
EXAMPLES = (
    "南通市累计排查企业多少家？",
    "宿迁市有多少家化工企业建立了事故隐患报告制度？",
    "最新一期简报是哪一期？",
    "扬州市多部门联动检查发现问题隐患多少条？",
)


def header(ui: SimpleNamespace, settings: Settings, assistant: Assistant, notice: str | None) -> None:
    """Title, index status, the first-start notice, the theme toggle and (with login) 退出登录."""
    with gr.Row(elem_id="header-row"):
        with gr.Column(elem_id="header", scale=10):
            gr.HTML(f'<div class="app-title"><h1>{TITLE}</h1>'
                    '<p>依据已索引的《江苏应急管理简报》作答，每个结论都标注出处，可点击编号查看原文。</p></div>')
            ui.status = gr.HTML(render_status(assistant.briefings()), elem_id="status")
            ui.notice = gr.HTML(render_startup_notice(notice), elem_id="startup-notice")
        with gr.Row(elem_id="header-buttons", scale=0):
            ui.theme = gr.Button("🌓 深色/浅色", size="sm", elem_id="theme-toggle", min_width=110)
            ui.logout = gr.Button("退出登录", size="sm", elem_id="logout", visible=bool(settings.users))


def chat_column(ui: SimpleNamespace, settings: Settings, briefings) -> None:
    """The chat, the comment box of a rated answer, the scope banner, the question box and the tools."""
    ui.chatbot = gr.Chatbot(
        label="对话", show_label=False, elem_id="chat", height=460, latex_delimiters=[], buttons=[],
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
    gr.HTML(f'<div id="ask-count" data-max="{settings.max_question_chars}" aria-live="polite"></div>'
            '<div class="examples-label">示例问题：</div>', elem_id="ask-hints")
    with gr.Row(elem_id="examples"):
        ui.examples = [gr.Button(q, size="sm", elem_classes=["example"]) for q in EXAMPLES]
    with gr.Row(elem_id="export-row"):
        ui.regen = gr.Button("重新回答", size="sm", elem_id="regen")
        ui.stop = gr.Button("停止生成", size="sm", elem_id="stop")
        ui.export_md = gr.Button("导出 Markdown", size="sm", elem_id="export-md")
        ui.export_docx = gr.Button("导出 Word", size="sm", elem_id="export-docx")
    ui.export_file = gr.File(label="导出的对话（点击文件名下载）", visible=False, interactive=False, elem_id="export-file")
    ui.history = gr.Dropdown([], value=None, label="历史对话（保存在本浏览器中）", elem_id="history")
    ui.conv_json = gr.Textbox(visible=False)
    ui.conv_index = gr.Textbox(visible=False)
    ui.scope = gr.Dropdown(scope_choices(briefings), value=SCOPE_ALL, label="检索范围", elem_id="scope",
                           info="只在选定的简报中检索；点“新对话”恢复为全部简报。")


def chat_tab(ui: SimpleNamespace, settings: Settings, briefings) -> None:
    """问答: the chat beside the sources panel (hidden on phones, where cards open in place)."""
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=300):
            chat_column(ui, settings, briefings)
        with gr.Column(scale=2, min_width=320, elem_id="sources-col"):
            gr.HTML('<div class="panel-title">引用来源</div>')
            ui.sources = gr.HTML(render_sources([]), elem_id="sources-panel")
    with gr.Group(visible=False, elem_id="full-box") as ui.full_box:
        with gr.Row():
            gr.HTML('<div class="panel-title">简报全文</div>')
            ui.full_close = gr.Button("关闭全文", size="sm", scale=0, min_width=90, elem_id="full-close")
        ui.full = gr.HTML(elem_id="full-text")
    # Filled by the page's script when 查看全文 is clicked on a source card: {"source", "quote"}.
    ui.full_request = gr.Textbox(visible="hidden", elem_id="full-request")
    ui.full_open = gr.Button(visible="hidden", elem_id="full-open")
    # Clicked by the page's script when 修改 is clicked on a question; the click's js step hands the
    # handler that question's turn number as this button's value.
    ui.edit_open = gr.Button(visible="hidden", elem_id="edit-open")


def library_tab(ui: SimpleNamespace, settings: Settings, assistant: Assistant) -> None:
    """简报库: upload (admins) and the table of indexed briefings."""
    with gr.Row(equal_height=False):
        with gr.Column(scale=1, min_width=300):
            gr.HTML('<div class="panel-title">上传简报</div><div class="hint">'
                    f'支持 .txt、.md、.docx、.doc、.pdf、.html（网页另存），单个文件不超过 {settings.upload_max_mb:g} MB。'
                    '上传后自动更新索引，新简报随即可以检索。仅管理员可上传。</div>')
            ui.upload_note = gr.HTML(render_access_note(settings, None, "上传简报"), elem_id="upload-note")
            # No file_types: gradio would reject other types with its own message; ours names the file.
            ui.files = gr.File(label="选择文件（.txt / .md / .docx / .doc / .pdf / .html）", file_count="multiple",
                               elem_id="upload-files", height=160)
            with gr.Row():
                ui.upload_btn = gr.Button("上传并更新索引", variant="primary", elem_id="upload-btn")
                ui.replace_btn = gr.Button("替换同名简报", elem_id="replace-btn")
            ui.upload_msg = gr.HTML(elem_id="upload-msg")
            gr.HTML('<div class="panel-title">删除简报（管理员）</div>')
            ui.delete_pick = gr.Dropdown(delete_choices(assistant.briefings()), value=None, show_label=False,
                                         elem_id="delete-pick", interactive=False)
            ui.delete_btn = gr.Button("删除所选简报并更新索引", variant="stop", elem_id="delete-btn", interactive=False)
        with gr.Column(scale=3):
            gr.HTML('<div class="panel-title">已索引的简报</div>')
            ui.lib_query = gr.Textbox(show_label=False, placeholder="搜索简报：期号、日期、标题、文件名或正文中的词",
                                      elem_id="lib-query", max_lines=1)
            ui.briefings = gr.HTML(render_briefings(assistant.briefings(), assistant.store.errors, assistant.store.size),
                                   elem_id="briefings")


def feedback_tab(ui: SimpleNamespace) -> None:
    """反馈 (admins only): the current rating of every rated answer, filtered and exported."""
    with gr.Row():
        ui.fb_filter = gr.Radio([(label, key) for key, label in FILTERS.items()], value="all", show_label=False,
                                elem_id="fb-filter", scale=3)
        ui.fb_refresh = gr.Button("刷新", size="sm", scale=0, min_width=80, elem_id="fb-refresh")
        ui.fb_export = gr.Button("导出所显示的反馈", size="sm", scale=0, min_width=150, elem_id="fb-export")
    ui.fb_file = gr.File(label="导出的反馈（JSON Lines）", visible=False, interactive=False, elem_id="fb-file")
    ui.fb_table = gr.HTML(elem_id="fb-table")


def settings_tab(ui: SimpleNamespace, settings: Settings) -> None:
    """设置: the answering backend and, for admins, the OpenAI-compatible endpoint."""
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
