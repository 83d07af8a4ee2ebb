"""The Gradio web chat staff use: build_app(assistant, settings) builds it, serve(settings) runs it.

One Assistant per process is shared by every session (it is thread-safe and swaps its index
atomically on reindex). Everything that comes from documents or users is HTML-escaped before
our own markup is added. Nothing on the page is fetched from outside hosts: system/CJK fonts
only, no analytics, no run history (it offers a remote bucket), no PWA, no MCP.
"""

from __future__ import annotations

import os

# Before gradio is imported anywhere: no analytics calls from the server process.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import dataclasses
import html
import json
import logging
import re
import shutil
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

import gradio as gr

from .assistant import Assistant
from .text import cn_date, parse_markers, replace_markers
from .ingest.load import SUPPORTED_SUFFIXES, LoadError, file_hash, load_file
from .settings import Settings
from .index.store import IndexCorrupt, IndexMismatch, IndexMissing, open_store
from .index.build import build_index
from .types import Answer, Briefing, Citation
from .verify import highlight_unsupported

log = logging.getLogger(__name__)

TITLE = "江苏应急管理简报问答助手"
EXAMPLES = (
    "南通市累计排查企业多少家？",
    "宿迁市有多少家化工企业建立了事故隐患报告制度？",
    "最新一期简报是哪一期？",
    "扬州市多部门联动检查发现问题隐患多少条？",
)
UNSUPPORTED_TEMPLATE = '<mark class="unsupported" title="未在引用原文中找到">{}</mark>'
BACKEND_LABELS = {"extractive": "抽取式（离线）", "openai": "OpenAI 兼容接口", "llamacpp": "本地模型（llama.cpp）"}
SCOPE_ALL, SCOPE_LATEST = "all", "latest"
GENERIC_ERROR = "抱歉，回答时出现内部错误，请稍后重试或换个问法。"

# [1] [1,2] [1、2] ［１］ 【1】 — the marker forms rag_assistant.verify understands.
# Private-use sentinels around unsupported figures: marked on the raw text, swapped for markup after escaping.
_OPEN, _CLOSE = "\ue000", "\ue001"
_SENTENCE_END_RE = re.compile(r"(?<=[。！？；!?;])")
_UNSAFE_NAME_RE = re.compile(r"[^\w\u3400-\u9fff\uf900-\ufaff.\-（）()【】]+")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_STAGES = {"parse": "解析文件", "embed": "计算向量", "write": "写入索引"}


# ---------------------------------------------------------------- rendering (pure functions)

def esc(text: Any) -> str:
    """HTML-escape anything that came from a document or a user."""
    return html.escape("" if text is None else str(text), quote=True)


def citation_anchor(turn: int, n: int) -> str:
    return f"cite-{turn}-{n}"


def issue_text(issue: str | None) -> str:
    return issue or "（专刊）"


def mark_quote(context: str, quote: str) -> str:
    """The context as HTML with the quoted passage (or, failing that, its sentences) in <mark>.

    Matching ignores whitespace differences (a header quote joins lines the context keeps apart)."""
    context = context or ""
    quote = (quote or "").strip()
    if not context.strip():
        return f"<mark>{esc(quote)}</mark>" if quote else ""
    spans: list[tuple[int, int]] = []
    pieces = [quote] if quote else []
    if quote and not _find(context, quote):
        pieces = [s.strip() for s in _SENTENCE_END_RE.split(quote) if len(s.strip()) >= 2]
    for piece in pieces:
        for span in _find(context, piece):
            if not any(s < span[1] and span[0] < e for s, e in spans):
                spans.append(span)
    spans.sort()
    if not spans:
        shown = esc(context)
        return shown + (f'<div class="quote-only">引用原文：<mark>{esc(quote)}</mark></div>' if quote else "")
    out, pos = [], 0
    for s, e in spans:
        out += [esc(context[pos:s]), "<mark>", esc(context[s:e]), "</mark>"]
        pos = e
    out.append(esc(context[pos:]))
    return "".join(out)


def _find(text: str, piece: str) -> list[tuple[int, int]]:
    chars = [re.escape(c) for c in piece if not c.isspace()]
    if not chars:
        return []
    return [(m.start(), m.end()) for m in re.finditer(r"\s*".join(chars), text)]


def render_answer_text(answer: Answer, turn: int) -> str:
    """The answer with unsupported figures flagged and [n] markers as links to the source cards."""
    raw = (answer.answer or "").replace(_OPEN, "").replace(_CLOSE, "")
    marked = highlight_unsupported(raw, answer.unsupported_numbers, _OPEN + "{}" + _CLOSE)
    parts = UNSUPPORTED_TEMPLATE.split("{}")
    text = esc(marked).replace(_OPEN, parts[0]).replace(_CLOSE, parts[1])
    known = {c.n for c in answer.citations}
    invalid = set(answer.invalid_markers)

    def link(numbers: list[int]) -> str:
        out = []
        for n in numbers:
            if n in known and n not in invalid:
                out.append(f'<a class="cite" href="#{citation_anchor(turn, n)}" title="查看来源 [{n}]">[{n}]</a>')
            else:
                out.append(f'<span class="cite invalid" title="无效引用：没有第 {n} 条来源">[{n}]⚠</span>')
        return "".join(out)

    text = replace_markers(text, link)
    return text.replace("\n", "<br>")


def render_message(answer: Answer | None, turn: int, error: str | None = None) -> str:
    """One assistant chat message as a single HTML block (no blank lines, so Markdown leaves it alone)."""
    if answer is None:
        return f'<div class="answer-msg error">{esc(error or GENERIC_ERROR)}</div>'
    rows = []
    if answer.standalone_question and answer.standalone_question.strip() != (answer.question or "").strip():
        rows.append(f'<div class="standalone">理解为：{esc(answer.standalone_question)}</div>')
    if answer.notice:
        rows.append(f'<div class="notice">⚠ {esc(answer.notice)}</div>')
    cls = "answer-text refused" if answer.refused else "answer-text"
    rows.append(f'<div class="{cls}">{render_answer_text(answer, turn)}</div>')
    if answer.unsupported_numbers:
        figures = "、".join(esc(x) for x in answer.unsupported_numbers)
        rows.append(f'<div class="warn">⚠ 标记的数字未在引用原文中找到，请核对：{figures}</div>')
    invalid = sorted(set(answer.invalid_markers) | {n for n in parse_markers(answer.answer)
                                                    if n not in {c.n for c in answer.citations}})
    if invalid:
        rows.append(f'<div class="warn">⚠ 无效的引用编号：{"、".join(f"[{n}]" for n in invalid)}</div>')
    if answer.citations:
        head = "最接近的资料（仅供参考）：" if answer.refused else "来源："
        links = "".join(
            f'<a class="cite src-link" href="#{citation_anchor(turn, c.n)}" title="查看来源 [{c.n}]">'
            f'[{c.n}] {esc(issue_text(c.issue))}《{esc(c.title)}》</a>'
            for c in answer.citations)
        rows.append(f'<div class="src-list">{head}{links}</div>')
    return f'<div class="answer-msg">{"".join(rows)}</div>'


def render_streaming(text: str) -> str:
    body = esc(text).replace("\n", "<br>") if text else "正在检索简报…"
    return f'<div class="answer-msg streaming"><div class="answer-text">{body}<span class="cursor">▍</span></div></div>'


def render_card(c: Citation, turn: int) -> str:
    return (
        f'<div class="src-card" id="{citation_anchor(turn, c.n)}">'
        f'<div class="src-meta"><span class="src-n">[{c.n}]</span>'
        f'<span class="src-issue">{esc(issue_text(c.issue))}</span>'
        f'<span class="src-date">{esc(cn_date(c.date))}</span></div>'
        f'<div class="src-title">《{esc(c.title)}》</div>'
        f'<div class="src-context">{mark_quote(c.context, c.quote)}</div>'
        f'<div class="src-file">文件：{esc(c.source)}</div>'
        f'</div>'
    )


def render_sources(turns: Sequence[dict]) -> str:
    """The sources panel: every turn's citations, newest turn first and open."""
    if not turns:
        return ('<div class="sources empty"><div class="src-placeholder">提问后，这里显示回答引用的简报原文；'
                '点击回答中的 [1]、[2] 等编号可直接定位到对应原文，引用句以黄色标出。</div></div>')
    blocks = []
    for k in range(len(turns) - 1, -1, -1):
        t = turns[k]
        answer: Answer | None = t.get("answer")
        if answer is None or not answer.citations:
            cards = '<div class="src-none">（本问没有引用来源）</div>'
        else:
            cards = "".join(render_card(c, k) for c in answer.citations)
            if answer.refused:
                cards = '<div class="src-refused">未找到可靠依据，以下是最接近的资料：</div>' + cards
        is_open = " open" if k == len(turns) - 1 else ""
        understood = ""
        if answer is not None and answer.standalone_question.strip() != t["question"].strip():
            understood = f'<span class="understood">（理解为：{esc(answer.standalone_question)}）</span>'
        blocks.append(f'<details class="turn"{is_open}><summary>第 {k + 1} 问：{esc(t["question"])}{understood}</summary>'
                      f'{cards}</details>')
    return f'<div class="sources">{"".join(blocks)}</div>'


def render_chat(turns: Sequence[dict]) -> list[dict]:
    messages = []
    for t in turns:
        # Wrapped in an HTML block so Markdown in a question (e.g. an image link) is shown, not rendered.
        messages.append({"role": "user", "content": f'<div class="user-q">{esc(t["question"]).replace(chr(10), "<br>")}</div>'})
        messages.append({"role": "assistant", "content": t["html"]})
    return messages


def briefing_title(b: Briefing) -> str:
    return b.issue or (f"《{b.headline}》（专刊）" if b.headline else b.source)


def render_briefings(briefings: Sequence[Briefing], errors: Sequence[str] = (), chunks: int | None = None) -> str:
    head = f'<div class="brief-summary">已索引 {len(briefings)} 份简报' + (f"，{chunks} 个检索片段" if chunks is not None else "") + "。</div>"
    rows = []
    for b in briefings:
        titles = "".join(f"<li>{esc(a.title)}</li>" for a in b.articles)
        warns = "".join(f"<li>{esc(w)}</li>" for w in b.warnings)
        rows.append(
            f'<tr><td class="b-issue">{esc(briefing_title(b))}</td><td class="b-date">{esc(cn_date(b.date))}</td>'
            f'<td><ol class="b-articles">{titles}</ol><div class="b-file">{esc(b.source)}</div></td>'
            f'<td>{"<ul class=b-warn>" + warns + "</ul>" if warns else "—"}</td></tr>')
    table = ('<table class="briefings"><thead><tr><th>期号</th><th>日期</th><th>文章</th><th>提示</th></tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table>') if rows else '<div class="src-none">还没有索引任何简报，请上传。</div>'
    errs = ""
    if errors:
        errs = '<div class="b-errors">未能索引的文件：<ul>' + "".join(f"<li>{esc(e)}</li>" for e in errors) + "</ul></div>"
    return f'<div class="briefing-panel">{head}{table}{errs}</div>'


def render_status(assistant: Assistant, notice: str | None = None) -> str:
    briefings = assistant.briefings()
    parts = []
    if notice:
        parts.append(f'<span class="status-notice">{esc(notice)}</span>')
    if briefings:
        latest = next((b for b in briefings if b.date), briefings[0])
        parts.append(f"已索引 {len(briefings)} 份简报，最新一期：{esc(briefing_title(latest))}（{esc(cn_date(latest.date))}）")
    else:
        parts.append("索引为空：请在「简报库」中上传简报。")
    return f'<div class="status-line">{" · ".join(parts)}</div>'


# ---------------------------------------------------------------- scope filter

def scope_choices(briefings: Sequence[Briefing]) -> list[tuple[str, str]]:
    """Dropdown choices: 全部, 最新一期, each issue (or headline), each year."""
    choices = [("全部简报", SCOPE_ALL)]
    dated = [b for b in briefings if b.date]
    if dated:
        latest = max(dated, key=lambda b: b.date)
        choices.append((f"最新一期（{briefing_title(latest)}）", SCOPE_LATEST))
    for b in briefings:
        date = f"（{cn_date(b.date)}）" if b.date else ""
        choices.append((f"{briefing_title(b)}{date}", f"src:{b.source}"))
    for year in sorted({b.year for b in briefings if b.year}, reverse=True):
        choices.append((f"{year}年全部简报", f"year:{year}"))
    return choices


def resolve_scope(value: str | None, briefings: Sequence[Briefing]) -> list[str] | None:
    """The dropdown value as Assistant's ``scope`` (source file names), None for everything."""
    if not value or value == SCOPE_ALL:
        return None
    if value == SCOPE_LATEST:
        dated = [b for b in briefings if b.date]
        return [max(dated, key=lambda b: b.date).source] if dated else None
    if value.startswith("src:"):
        source = value[4:]
        return [source] if any(b.source == source for b in briefings) else None
    if value.startswith("year:"):
        try:
            year = int(value[5:])
        except ValueError:
            return None
        return [b.source for b in briefings if b.year == year] or None
    return None


# ---------------------------------------------------------------- uploads

class UploadRejected(Exception):
    """An upload that is not stored; the message is shown to staff (Chinese)."""


def safe_filename(name: str | None) -> str:
    """Basename only, no control characters or path separators, no leading dots, safe characters
    (Chinese kept); the suffix is lower-cased. May return "" when nothing usable is left."""
    name = unicodedata.normalize("NFC", _CONTROL_RE.sub("", name or ""))
    name = re.split(r"[/\\]", name)[-1]
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = _UNSAFE_NAME_RE.sub("_", stem).strip("._- ")
    stem = re.sub(r"\.{2,}", ".", stem)[:100]
    suffix = re.sub(r"[^0-9a-z]", "", suffix.lower())[:10]
    if not stem:
        stem = "upload" if suffix else ""
    return f"{stem}.{suffix}" if suffix else stem


def _inside(path: Path, folder: Path) -> bool:
    path, folder = path.resolve(), folder.resolve()
    return path.is_relative_to(folder) and path.parent == folder


def save_upload(src: str | Path, original_name: str | None, settings: Settings) -> Path:
    """Validate one uploaded file and store it in the corpus folder; raises UploadRejected."""
    src = Path(src)
    shown = safe_filename(original_name if original_name is not None else src.name) or "（无文件名）"
    name = safe_filename(original_name if original_name is not None else src.name)
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kind = suffix or "无扩展名"
        raise UploadRejected(f"{shown}：不支持的文件类型（{kind}），仅支持 .txt、.md、.docx、.pdf")
    max_bytes = int(settings.upload_max_mb * 1024 * 1024)
    try:
        size = src.stat().st_size
    except OSError:
        raise UploadRejected(f"{shown}：上传的文件无法读取，请重新上传") from None
    if size > max_bytes:
        raise UploadRejected(f"{shown}：文件过大（{size / 1048576:.1f} MB），上限为 {settings.upload_max_mb:g} MB")
    corpus = Path(settings.corpus_dir)
    corpus.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rag-upload-") as tmp:
        staged = Path(tmp) / name
        shutil.copyfile(src, staged)
        try:
            load_file(staged, max_bytes=max_bytes)
        except LoadError as exc:
            raise UploadRejected(f"{shown}：{exc.reason}") from None
        digest = file_hash(staged)
        for existing in corpus.iterdir():
            if existing.is_file() and existing.suffix.lower() in SUPPORTED_SUFFIXES and file_hash(existing) == digest:
                raise UploadRejected(f"{shown}：与已有简报 {existing.name} 内容相同，无需重复上传")
        target = corpus / name
        stem, n = Path(name).stem, 2
        while target.exists():
            target = corpus / f"{stem}_{n}{suffix}"
            n += 1
        if not _inside(target, corpus):
            raise UploadRejected(f"{shown}：文件名不安全，已拒绝")
        partial = corpus / f".uploading-{target.name}"  # dot-files are never indexed
        shutil.copyfile(staged, partial)
        os.replace(partial, target)
    try:
        load_file(target, max_bytes=max_bytes)
    except LoadError as exc:
        target.unlink(missing_ok=True)
        raise UploadRejected(f"{shown}：{exc.reason}") from None
    return target


# ---------------------------------------------------------------- feedback

_feedback_lock = threading.Lock()


def record_feedback(path: Path, *, user: str | None, question: str, answer: dict, rating: str,
                    comment: str = "") -> dict:
    """Append one JSON line: timestamp, user, question, answer, citations, rating, comment."""
    record = {
        "timestamp": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
        "user": user,
        "question": question,
        "standalone_question": answer.get("standalone_question"),
        "answer": answer.get("answer", ""),
        "refused": answer.get("refused"),
        "backend": answer.get("backend"),
        "citations": answer.get("citations", []),
        "rating": rating,
        "comment": (comment or "").strip()[:2000],
    }
    path = Path(path)
    line = json.dumps(record, ensure_ascii=False) + "\n"
    with _feedback_lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(line)
    return record


# ---------------------------------------------------------------- the app

@dataclass
class _Backend:
    name: str
    overrides: dict
    problem: str | None = None


def _history(value: Any) -> list[str]:
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


def _user(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None) if request is not None else None


def build_app(assistant: Assistant, settings: Settings, startup_notice: str | None = None) -> gr.Blocks:
    """The Blocks app over one shared Assistant. Launch with ``launch(demo, settings, ...)``."""
    login = bool(settings.users)
    default_backend = settings.backend if settings.backend in BACKEND_LABELS else "extractive"
    backend_choices = [(BACKEND_LABELS["extractive"], "extractive"), (BACKEND_LABELS["openai"], "openai")]
    if default_backend == "llamacpp":
        backend_choices.append((BACKEND_LABELS["llamacpp"], "llamacpp"))

    def pick_backend(choice: str | None, base_url: str | None, model: str | None, user: str | None) -> _Backend:
        name = choice if choice in {value for _, value in backend_choices} else default_backend
        if name != "openai":
            return _Backend(name, {})
        base_url, model = (base_url or "").strip(), (model or "").strip()
        if not re.match(r"^https?://[^\s/]+", base_url):
            return _Backend(name, {}, "请在「设置」中填写有效的大模型接口地址（以 http:// 或 https:// 开头）。")
        if not model:
            return _Backend(name, {}, "请在「设置」中填写模型名称。")
        overrides = {"openai_base_url": base_url, "openai_model": model}
        configured = (settings.openai_base_url or "").rstrip("/")
        if base_url.rstrip("/") != configured and login and user not in settings.admins:
            return _Backend(name, {}, "只有管理员可以更改大模型接口地址，请使用默认地址。")
        if base_url.rstrip("/") != configured:
            # The server-side API key only ever goes to the configured endpoint, never to a typed-in one.
            overrides["openai_api_key_env"] = ""
        return _Backend(name, overrides)

    def answer_stream(question: str, history: list[str], backend: _Backend, scope: list[str] | None):
        """assistant.stream with a Chinese message instead of any unexpected error."""
        try:
            yield from assistant.stream(question, history, backend.name, scope, **backend.overrides)
            return
        except Exception as exc:  # noqa: BLE001 — the page never shows a traceback
            log.exception("answering failed (backend %s)", backend.name)
            if backend.name == "extractive":
                raise
            notice = f"大模型服务调用失败（{type(exc).__name__}），已改用离线抽取式回答。"
        for piece in assistant.stream(question, history, "extractive", scope):
            if isinstance(piece, Answer):
                piece = dataclasses.replace(piece, notice=notice)
            yield piece

    def respond(question, turns, scope_value, backend_choice, base_url, model, request: gr.Request):
        turns = list(turns or [])
        question = "" if question is None else str(question)
        if not question.strip():
            gr.Warning("请输入要查询的问题。")
            yield render_chat(turns), gr.skip(), turns, ""
            return
        k = len(turns)
        history = [t["question"] for t in turns]
        pending = {"question": question, "html": render_streaming("")}
        yield render_chat(turns + [pending]), gr.skip(), turns, ""
        backend = pick_backend(backend_choice, base_url, model, _user(request))
        answer: Answer | None = None
        error = backend.problem
        if error is None:
            try:
                scope = resolve_scope(scope_value, assistant.briefings())
                text = ""
                for piece in answer_stream(question, history, backend, scope):
                    if isinstance(piece, Answer):
                        answer = piece
                    else:
                        text += piece
                        pending["html"] = render_streaming(text)
                        yield render_chat(turns + [pending]), gr.skip(), turns, ""
            except Exception:  # noqa: BLE001
                log.exception("answering failed")
                error = GENERIC_ERROR
        turn = {"question": question, "answer": answer, "html": render_message(answer, k, error)}
        turns.append(turn)
        yield render_chat(turns), render_sources(turns), turns, ""

    def new_chat():
        return [], render_sources([]), [], "", ""

    def on_like(turns, comment, like: gr.LikeData, request: gr.Request):
        index = like.index[0] if isinstance(like.index, (list, tuple)) else like.index
        turns = turns or []
        k = int(index) // 2 if isinstance(index, int) else -1
        if not 0 <= k < len(turns) or turns[k].get("answer") is None:
            return "未找到这条回答，反馈未记录。", comment
        if like.liked is True:
            rating = "up"
        elif like.liked is False:
            rating = "down"
        elif isinstance(like.liked, str) and like.liked:
            rating = like.liked
        else:
            return "已取消评价。", comment
        t = turns[k]
        try:
            record_feedback(settings.feedback_path, user=_user(request), question=t["question"],
                            answer=t["answer"].to_dict(), rating=rating, comment=comment or "")
        except OSError:
            log.exception("cannot write feedback")
            return "反馈保存失败，请稍后再试。", comment
        mark = "赞" if rating == "up" else "踩" if rating == "down" else rating
        return f"已记录您对第 {k + 1} 问的反馈（{mark}），谢谢！", ""

    def refresh():
        briefings = assistant.briefings()
        return (render_status(assistant, startup_notice),
                render_briefings(briefings, assistant.store.errors, assistant.store.size),
                gr.update(choices=scope_choices(briefings)))

    def upload(files, request: gr.Request, progress=gr.Progress()):
        user = _user(request)
        if login and user not in settings.admins:
            log.warning("upload refused for non-admin user %r", user)
            return (f'<div class="upload-msg error">只有管理员可以上传简报（当前用户：{esc(user or "未登录")}）。</div>',
                    gr.skip(), gr.skip(), gr.skip(), None)
        paths = [files] if isinstance(files, (str, Path)) else list(files or [])
        if not paths:
            return '<div class="upload-msg error">请先选择要上传的文件。</div>', gr.skip(), gr.skip(), gr.skip(), None
        saved, messages = [], []
        for p in paths:
            p = getattr(p, "path", None) or getattr(p, "name", None) or p
            try:
                saved.append(save_upload(p, Path(str(p)).name, settings))
            except UploadRejected as exc:
                messages.append(f'<li class="error">{esc(exc)}</li>')
            except Exception:  # noqa: BLE001
                log.exception("upload failed")
                messages.append('<li class="error">文件保存失败（内部错误），请重试。</li>')
        if saved:
            progress(0, desc="正在更新索引…")

            def tick(stage: str, done: int, total: int) -> None:
                progress((done, total) if total else 0, desc=f"{_STAGES.get(stage, stage)}", unit="项")

            try:
                report = assistant.reindex(progress=tick)
            except Exception:  # noqa: BLE001
                log.exception("reindex after upload failed")
                for path in saved:
                    path.unlink(missing_ok=True)
                messages.append('<li class="error">更新索引失败，上传已撤销，请联系管理员。</li>')
                saved = []
            else:
                by_source = {b.source: b for b in assistant.briefings()}
                for path in saved:
                    b = by_source.get(path.name)
                    failed = [e for e in report.errors if e.startswith(path.name)]
                    if b is None:
                        reason = "；".join(failed) or "未能解析出简报内容"
                        messages.append(f'<li class="error">{esc(path.name)}：未能加入索引（{esc(reason)}）。</li>')
                        continue
                    warn = "".join(f"<br>提示：{esc(w)}" for w in b.warnings)
                    messages.append(
                        f'<li class="ok">{esc(path.name)}：已加入索引（{esc(briefing_title(b))}，{esc(cn_date(b.date))}，'
                        f'{len(b.articles)} 篇文章），现在就可以提问。{warn}</li>')
        status_html, briefings_html, scope_update = refresh()
        body = f'<div class="upload-msg"><ul>{"".join(messages)}</ul></div>'
        return body, briefings_html, scope_update, status_html, None

    def api_ask(question: str, history: list[str] | None = None) -> dict:
        """Answer one question; ``history`` lists the earlier user questions of the conversation."""
        try:
            return assistant.ask("" if question is None else str(question), _history(history)).to_dict()
        except Exception:  # noqa: BLE001
            log.exception("api ask failed")
            raise gr.Error(GENERIC_ERROR) from None

    briefings = assistant.briefings()
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True) as demo:
        turns = gr.State([])
        with gr.Column(elem_id="header"):
            gr.HTML(f'<div class="app-title"><h1>{TITLE}</h1>'
                    '<p>依据已索引的《江苏应急管理简报》作答，每个结论都标注出处，可点击编号查看原文。</p></div>')
            status = gr.HTML(render_status(assistant, startup_notice), elem_id="status")
        with gr.Tabs():
            with gr.Tab("问答", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=360):
                        chatbot = gr.Chatbot(
                            label="对话", show_label=False, elem_id="chat", height=560, latex_delimiters=[], buttons=[],
                            feedback_options=("Like", "Dislike"), group_consecutive_messages=False,
                            placeholder="您好！请输入关于江苏应急管理简报的问题，或点击下方示例。",
                        )
                        with gr.Row(elem_id="ask-row"):
                            question = gr.Textbox(show_label=False, placeholder="输入问题，按回车发送，例如：南通市累计排查企业多少家？",
                                                  scale=6, max_lines=4, elem_id="question", autofocus=True)
                            send = gr.Button("提问", variant="primary", scale=1, min_width=80, elem_id="send")
                            clear = gr.Button("新对话", scale=1, min_width=80, elem_id="new-chat")
                        with gr.Row(elem_id="options-row"):
                            scope = gr.Dropdown(scope_choices(briefings), value=SCOPE_ALL, label="检索范围",
                                                scale=2, elem_id="scope")
                            comment = gr.Textbox(label="反馈意见（可选）", scale=3, max_lines=2, elem_id="comment",
                                                 placeholder="可先填写意见，再点回答下方的“赞”或“踩”图标提交")
                        gr.HTML('<div class="examples-label">示例问题：</div>')
                        with gr.Row(elem_id="examples"):
                            example_buttons = [gr.Button(q, size="sm", elem_classes=["example"]) for q in EXAMPLES]
                        feedback_msg = gr.Markdown(elem_id="feedback-msg")
                    with gr.Column(scale=2, min_width=320):
                        gr.HTML('<div class="panel-title">引用来源</div>')
                        sources = gr.HTML(render_sources([]), elem_id="sources-panel")
            with gr.Tab("简报库", id="library"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=1, min_width=300):
                        gr.HTML('<div class="panel-title">上传简报</div><div class="hint">'
                                f'支持 .txt、.md、.docx、.pdf，单个文件不超过 {settings.upload_max_mb:g} MB。'
                                '上传后自动更新索引，新简报随即可以检索。'
                                + ("（仅管理员可上传）" if login else "") + "</div>")
                        # No file_types: gradio would reject other types with an English error; ours is Chinese.
                        files = gr.File(label="选择文件（.txt / .md / .docx / .pdf）", file_count="multiple",
                                        elem_id="upload-files", height=160)
                        upload_btn = gr.Button("上传并更新索引", variant="primary", elem_id="upload-btn")
                        upload_msg = gr.HTML(elem_id="upload-msg")
                    with gr.Column(scale=3):
                        gr.HTML('<div class="panel-title">已索引的简报</div>')
                        briefings_html = gr.HTML(render_briefings(briefings, assistant.store.errors, assistant.store.size),
                                                 elem_id="briefings")
            with gr.Tab("设置", id="settings"):
                backend = gr.Radio(backend_choices, value=default_backend, label="回答方式",
                                   info="抽取式直接摘录简报原句，完全离线；大模型接口需服务器能访问该地址。")
                with gr.Group(visible=default_backend == "openai") as llm_box:
                    base_url = gr.Textbox(label="接口地址（OpenAI 兼容，Base URL）", value=settings.openai_base_url or "",
                                          placeholder="http://127.0.0.1:8000/v1")
                    model = gr.Textbox(label="模型名称", value=settings.openai_model or "")
                    gr.HTML('<div class="hint">API 密钥只在服务器端从环境变量读取，不经过浏览器；'
                            '只有默认接口地址会携带密钥。</div>')

        chat_inputs = [question, turns, scope, backend, base_url, model]
        chat_outputs = [chatbot, sources, turns, question]
        question.submit(respond, chat_inputs, chat_outputs, api_visibility="private", show_progress="hidden")
        # Callable as /chat (undocumented): the page's own handler, for scripted checks of the UI path.
        send.click(respond, chat_inputs, chat_outputs, api_name="chat", api_visibility="undocumented",
                   show_progress="hidden")
        for button, text in zip(example_buttons, EXAMPLES):
            button.click(lambda t=text: t, None, question, api_visibility="private", queue=False).then(
                respond, chat_inputs, chat_outputs, api_visibility="private", show_progress="hidden")
        clear.click(new_chat, None, [chatbot, sources, turns, question, feedback_msg], api_visibility="private", queue=False)
        chatbot.clear(new_chat, None, [chatbot, sources, turns, question, feedback_msg], api_visibility="private", queue=False)
        chatbot.like(on_like, [turns, comment], [feedback_msg, comment], api_visibility="private")
        backend.change(lambda b: gr.update(visible=b == "openai"), backend, llm_box, api_visibility="private", queue=False)
        upload_btn.click(upload, files, [upload_msg, briefings_html, scope, status, files], api_name="upload",
                         concurrency_limit=1, concurrency_id="reindex")
        demo.load(refresh, None, [status, briefings_html, scope], api_visibility="private")
        gr.api(api_ask, api_name="ask", api_description="回答一个问题；history 为本次对话中此前的用户问题列表。返回 Answer.to_dict()。")
    return demo


# ---------------------------------------------------------------- launching

def theme() -> gr.themes.Base:
    """System/CJK fonts only: the default theme would ask Google for fonts."""
    return gr.themes.Default(
        primary_hue="blue", neutral_hue="slate",
        font=[gr.themes.Font("Noto Sans CJK SC"), gr.themes.Font("Source Han Sans SC"), gr.themes.Font("PingFang SC"),
              gr.themes.Font("Microsoft YaHei"), "sans-serif"],
        font_mono=[gr.themes.Font("Noto Sans Mono CJK SC"), gr.themes.Font("DejaVu Sans Mono"), "monospace"],
    )


def launch(demo: gr.Blocks, settings: Settings, server_name: str | None = None, server_port: int | None = None,
           block: bool = True, quiet: bool = False, default_concurrency_limit: int = 4):
    """Queue and launch; host/port from the arguments, else GRADIO_SERVER_NAME/PORT, else settings."""
    host = server_name or os.environ.get("GRADIO_SERVER_NAME") or settings.host
    port = int(server_port or os.environ.get("GRADIO_SERVER_PORT") or settings.port)
    auth = None
    if settings.users:
        users = dict(settings.users)
        auth = lambda u, p: u in users and users[u] == p  # noqa: E731
    demo.queue(default_concurrency_limit=default_concurrency_limit)
    return demo.launch(
        server_name=host, server_port=port, auth=auth, auth_message="请使用分配的账号登录" if auth else None,
        prevent_thread_lock=not block, quiet=quiet, show_error=False,
        max_file_size=int(settings.upload_max_mb * 1024 * 1024),
        theme=theme(), css=CSS, head=HEAD, footer_links=[], run_history=False, pwa=False, mcp_server=False,
        enable_monitoring=False, ssr_mode=False, share=False, inbrowser=False,
    )


def open_assistant(settings: Settings, out=print) -> tuple[Assistant, str | None]:
    """The shared Assistant, building the index first when it is missing (and saying so)."""
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
    return Assistant(settings, store), notice


def serve(settings: Settings, server_name: str | None = None, server_port: int | None = None) -> int:
    """Open (or build) the index, create the one Assistant, launch and block."""
    assistant, notice = open_assistant(settings)
    demo = build_app(assistant, settings, startup_notice=notice)
    launch(demo, settings, server_name, server_port, block=True)
    return 0


# ---------------------------------------------------------------- page assets (inline: nothing external)

HEAD = """
<meta name="robots" content="noindex">
<script>
(function () {
  function openCitation(id) {
    var el = document.getElementById(id);
    if (!el) return false;
    for (var d = el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    document.querySelectorAll('.src-card.active').forEach(function (x) { x.classList.remove('active'); });
    el.classList.add('active');
    el.scrollIntoView({behavior: 'smooth', block: 'nearest'});
    return true;
  }
  document.addEventListener('click', function (ev) {
    var a = ev.target && ev.target.closest && ev.target.closest('a[href^="#cite-"]');
    if (!a) return;
    ev.preventDefault();
    ev.stopPropagation();
    openCitation(a.getAttribute('href').slice(1));
  }, true);
})();
</script>
"""

CSS = """
#header .app-title h1 { font-size: 1.5rem; margin: 0 0 .2rem 0; }
#header .app-title p { margin: 0; color: var(--body-text-color-subdued); }
.status-line { font-size: .9rem; color: var(--body-text-color-subdued); padding: .2rem 0; }
.status-notice { color: #b45309; font-weight: 600; }
.answer-msg { line-height: 1.75; }
.answer-msg .standalone { font-size: .85rem; color: var(--body-text-color-subdued); margin-bottom: .3rem; }
.answer-msg .notice, .answer-msg .warn { font-size: .85rem; color: #b45309; margin: .3rem 0; }
.answer-msg.error { color: #b91c1c; }
.answer-msg .answer-text.refused { color: #92400e; }
.answer-msg .src-list { margin-top: .5rem; font-size: .85rem; border-top: 1px dashed var(--border-color-primary); padding-top: .35rem; }
.answer-msg .src-list a { display: block; }
a.cite { color: #1d4ed8; text-decoration: none; font-weight: 600; cursor: pointer; }
a.cite:hover { text-decoration: underline; }
span.cite.invalid { color: #b91c1c; font-weight: 600; }
mark.unsupported { background: #fecaca; color: #7f1d1d; border-bottom: 2px dotted #b91c1c; padding: 0 2px; }
.streaming .cursor { animation: blink 1s step-end infinite; color: #2563eb; }
@keyframes blink { 50% { opacity: 0; } }
.panel-title { font-weight: 700; font-size: 1.05rem; margin: .2rem 0 .4rem; }
.sources { max-height: 600px; overflow-y: auto; padding-right: 6px; }
.sources details.turn { margin-bottom: .6rem; }
.sources summary { cursor: pointer; font-weight: 600; padding: .25rem 0; }
.sources summary .understood { font-weight: 400; font-size: .85rem; color: var(--body-text-color-subdued); }
#header { gap: 0; }
#header .html-container, #status .html-container { padding: 0; }
.src-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .6rem .75rem;
            margin: .45rem 0; background: var(--background-fill-secondary); scroll-margin: 80px; }
.src-card.active, .src-card:target { border-color: #2563eb; box-shadow: 0 0 0 2px #93c5fd; }
.src-meta { display: flex; gap: .6rem; font-size: .85rem; color: var(--body-text-color-subdued); }
.src-n { color: #1d4ed8; font-weight: 700; }
.src-title { font-weight: 600; margin: .2rem 0 .35rem; }
.src-context { white-space: pre-wrap; line-height: 1.7; font-size: .92rem; }
.src-context mark { background: #fde68a; color: inherit; padding: 0 1px; }
.src-file { font-size: .75rem; color: var(--body-text-color-subdued); margin-top: .3rem; }
.src-placeholder, .src-none { color: var(--body-text-color-subdued); font-size: .9rem; padding: .4rem 0; }
.src-refused { color: #92400e; font-size: .9rem; }
.examples-label { font-size: .85rem; color: var(--body-text-color-subdued); margin-top: .2rem; }
#examples button.example { font-weight: 400; }
table.briefings { width: 100%; border-collapse: collapse; font-size: .9rem; }
table.briefings th, table.briefings td { border-bottom: 1px solid var(--border-color-primary); padding: .45rem; vertical-align: top; text-align: left; }
table.briefings td.b-issue { white-space: nowrap; font-weight: 600; }
table.briefings td.b-date { white-space: nowrap; }
ol.b-articles { margin: 0; padding-left: 1.3rem; }
.b-file { font-size: .75rem; color: var(--body-text-color-subdued); }
ul.b-warn { margin: 0; padding-left: 1rem; color: #b45309; font-size: .8rem; }
.b-errors { color: #b91c1c; margin-top: .5rem; }
.brief-summary { margin: .3rem 0 .6rem; }
.upload-msg li.ok { color: #166534; }
.upload-msg li.error, .upload-msg.error { color: #b91c1c; }
.hint { font-size: .85rem; color: var(--body-text-color-subdued); padding: .3rem .5rem; }
"""
