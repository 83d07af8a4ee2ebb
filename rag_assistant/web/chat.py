"""The chat handlers: one question answered (streamed) into the conversation, a new conversation,
the /ask API, and which answering backend a question uses.

A conversation is a list of turns (plain dicts kept in the page's session state):
``{"id", "question", "answer" (Answer or None), "html", "scope" (label or None), "ratable",
"rating", "comment"}``, and ``"stopped"`` (the text streamed so far) on a turn stopped by 停止生成.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import threading
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ..assistant import Assistant
from ..settings import Settings
from ..text import normalize_question
from ..types import Answer
from .access import is_admin, refusal, user_of
from .followups import suggest_followups
from .render import (
    GENERIC_ERROR,
    render_chat,
    render_message,
    render_sources,
    render_stopped,
    render_streaming,
)
from .scope import resolve_scope, scope_label

log = logging.getLogger(__name__)

BACKEND_LABELS = {"extractive": "抽取式（离线）", "openai": "OpenAI 兼容接口", "llamacpp": "本地模型（llama.cpp）"}
_URL_RE = re.compile(r"^https?://[^\s/]+")


@dataclass
class Backend:
    """The backend a question is answered with, and why it is not the one chosen (if so)."""

    name: str
    overrides: dict
    notice: str | None = None


def backend_choices(settings: Settings) -> tuple[list[tuple[str, str]], str]:
    """The 回答方式 choices and the default one."""
    default = settings.backend if settings.backend in BACKEND_LABELS else "extractive"
    choices = [(BACKEND_LABELS["extractive"], "extractive"), (BACKEND_LABELS["openai"], "openai")]
    if default == "llamacpp":
        choices.append((BACKEND_LABELS["llamacpp"], "llamacpp"))
    return choices, default


def endpoint_problem(base_url: str | None, model: str | None) -> str | None:
    """Why an OpenAI-compatible endpoint setting cannot be used, or None."""
    if not _URL_RE.match((base_url or "").strip()):
        return "大模型接口地址无效（须以 http:// 或 https:// 开头）"
    if not (model or "").strip():
        return "未填写模型名称"
    return None


def pick_backend(settings: Settings, choice: str | None, base_url: str | None, model: str | None,
                 user: str | None) -> Backend:
    """The chosen backend when its settings are usable and allowed, else extractive with a notice."""
    choices, default = backend_choices(settings)
    name = choice if choice in {value for _, value in choices} else default
    if name != "openai":
        return Backend(name, {})
    base_url, model = (base_url or "").strip(), (model or "").strip()
    if problem := endpoint_problem(base_url, model):
        return Backend("extractive", {}, f"{problem}，请在「设置」中填写；本次已改用离线抽取式回答。")
    configured = (settings.openai_base_url or "").rstrip("/")
    if base_url.rstrip("/") == configured:
        return Backend(name, {"openai_base_url": base_url, "openai_model": model})
    if not is_admin(settings, user):
        return Backend("extractive", {}, refusal(settings, user, "更改大模型接口地址") + "本次已改用离线抽取式回答。")
    # The server-side API key only ever goes to the configured endpoint, never to a typed-in one.
    return Backend(name, {"openai_base_url": base_url, "openai_model": model, "openai_api_key_env": ""})


def parse_history(value: Any) -> list[str]:
    """API history: a list of earlier questions, or a JSON string of one; anything else is dropped."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.strip() else []
        except ValueError:
            value = [value]
    if isinstance(value, dict):
        value = [value.get("question", "")]
    if not isinstance(value, (list, tuple)):
        return []
    out = []
    for item in value:
        if isinstance(item, dict):  # tolerate [{"role": "user", "content": "..."}]
            if item.get("role", "user") != "user":
                continue
            item = item.get("content") or item.get("question")
        if isinstance(item, (str, int, float)) and str(item).strip():
            out.append(str(item))
    return out


def _with_notice(answer: Answer, notice: str | None) -> Answer:
    if not notice:
        return answer
    return dataclasses.replace(answer, notice="；".join(x for x in (notice, answer.notice) if x))


class Chat:
    """The chat tab's handlers over the one shared Assistant."""

    def __init__(self, assistant: Assistant, settings: Settings):
        self.assistant, self.settings = assistant, settings
        # LLM answers hold a slot; extractive ones never wait for one (the app runs more workers than slots)
        self.llm_slots = threading.BoundedSemaphore(max(1, settings.llm_concurrency))

    def too_long(self, question: str) -> str | None:
        """The Chinese message for a question over the limit, or None."""
        n, limit = len(normalize_question(question)), self.settings.max_question_chars
        if n <= limit:
            return None
        return f"问题过长（{n} 字），最多 {limit} 字。请精简后再发送，原文已保留在输入框中。"

    def stream(self, question: str, history: list[str], backend: Backend, scope: list[str] | None) -> Iterator:
        """assistant.stream, falling back to the extractive answer (with a notice) on any LLM error or when
        every LLM slot stays busy for llm_queue_wait_s."""
        if backend.name == "extractive":
            for piece in self.assistant.stream(question, history, backend.name, scope, **backend.overrides):
                yield _with_notice(piece, backend.notice) if isinstance(piece, Answer) else piece
            return
        if not self.llm_slots.acquire(timeout=self.settings.llm_queue_wait_s):
            notice = "大模型服务正忙（同时回答的问题已达上限），已改用离线抽取式回答。"
        else:
            try:
                for piece in self.assistant.stream(question, history, backend.name, scope, **backend.overrides):
                    yield _with_notice(piece, backend.notice) if isinstance(piece, Answer) else piece
                return
            except Exception as exc:
                log.exception("answering failed (backend %s)", backend.name)
                notice = f"大模型服务调用失败（{type(exc).__name__}），已改用离线抽取式回答。"
            finally:
                self.llm_slots.release()
        for piece in self.assistant.stream(question, history, "extractive", scope):
            yield _with_notice(piece, notice) if isinstance(piece, Answer) else piece

    def respond(self, question, turns, scope_value, backend_choice, base_url, model, request: gr.Request):
        """Answer one question into the conversation: (chat, sources panel, turns, question box, the answer
        streaming now — {"question", "text"} until it is complete, for 停止生成)."""
        turns = list(turns or [])
        question = "" if question is None else str(question)
        if not question.strip():
            gr.Warning("请输入要查询的问题。", title="提示")
            yield render_chat(turns), render_sources(turns), turns, "", None
            return
        if problem := self.too_long(question):
            gr.Warning(problem, title="问题过长")
            yield render_chat(turns), render_sources(turns), turns, question, None
            return
        # The box is cleared once, here: the next question may be typed (and sent) while this one is answered.
        pending = {"question": question, "html": render_streaming("")}
        yield render_chat(turns + [pending]), gr.skip(), turns, "", {"question": question, "text": ""}
        backend = pick_backend(self.settings, backend_choice, base_url, model, user_of(request))
        briefings = self.assistant.briefings()
        scope, label = resolve_scope(scope_value, briefings), scope_label(scope_value, briefings)
        answer, text = None, ""
        try:
            for piece in self.stream(question, [t["question"] for t in turns], backend, scope):
                if isinstance(piece, Answer):
                    answer = piece
                else:
                    text += piece
                    pending["html"] = render_streaming(text)
                    yield render_chat(turns + [pending]), gr.skip(), turns, gr.skip(), {"question": question, "text": text}
        except Exception:
            log.exception("answering failed")
        turns.append(new_turn(question, answer, len(turns), label, suggest_followups(answer, briefings)))
        yield render_chat(turns), render_sources(turns), turns, gr.skip(), None

    @staticmethod
    def stopped(streaming, turns):
        """停止生成 (after the answering event is cancelled): the text streamed so far stays in the
        conversation, marked as stopped; nothing changes when no answer was streaming."""
        if not streaming:
            return gr.skip(), gr.skip(), gr.skip(), None
        turns = list(turns or []) + [stopped_turn(streaming["question"], streaming.get("text", ""))]
        return render_chat(turns), render_sources(turns), turns, None

    def api_ask(self, question: str, history: list[str] | None = None) -> dict:
        """Answer one question; ``history`` lists the earlier user questions of the conversation."""
        try:
            return self.assistant.ask("" if question is None else str(question), parse_history(history)).to_dict()
        except Exception:
            log.exception("api ask failed")
            raise gr.Error(GENERIC_ERROR, title="出错了") from None


def stopped_turn(question: str, text: str) -> dict:
    """A turn whose answer was stopped by the user: not an answer to rate or cite."""
    return {"id": uuid.uuid4().hex, "question": question, "answer": None, "html": render_stopped(text),
            "scope": None, "ratable": False, "rating": "none", "comment": "", "stopped": text}


def new_turn(question: str, answer: Answer | None, k: int, label: str | None, followups: Sequence[str] = ()) -> dict:
    """A finished turn; only a real answer (not an error, not a note about the question) can be rated."""
    message = answer is None or (answer.refused and not answer.citations and answer.understood is None)
    return {"id": uuid.uuid4().hex, "question": question, "answer": answer,
            "html": render_message(answer, k, None if answer else GENERIC_ERROR, label, not message, followups),
            "scope": label, "ratable": not message, "rating": "none", "comment": ""}
