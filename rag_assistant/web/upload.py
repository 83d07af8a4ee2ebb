"""Uploading briefings: file names made safe, files checked and stored, the index updated.

Only admins may upload (see access.py); every refusal is a Chinese sentence naming the file.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..assistant import Assistant
from ..ingest.load import SUPPORTED_LABEL, SUPPORTED_SUFFIXES, LoadError, file_hash, load_file
from ..settings import Settings
from ..text import cn_date
from .access import is_admin, refusal
from .render import briefing_title, esc

log = logging.getLogger(__name__)

_UNSAFE_NAME_RE = re.compile(r"[^\w\u3400-\u9fff\uf900-\ufaff.\-（）()【】]+")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
STAGES = {"parse": "解析文件", "embed": "计算向量", "write": "写入索引"}


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


def _check_file(src: Path, shown: str, suffix: str, settings: Settings) -> int:
    """The size limit in bytes, after the type and size checks."""
    if suffix not in SUPPORTED_SUFFIXES:
        raise UploadRejected(f"{shown}：不支持的文件类型（{suffix or '无扩展名'}），仅支持 {SUPPORTED_LABEL}")
    max_bytes = int(settings.upload_max_mb * 1024 * 1024)
    try:
        size = src.stat().st_size
    except OSError:
        raise UploadRejected(f"{shown}：上传的文件无法读取，请重新上传") from None
    if size > max_bytes:
        raise UploadRejected(f"{shown}：文件过大（{size / 1048576:.1f} MB），上限为 {settings.upload_max_mb:g} MB")
    return max_bytes


def _free_target(corpus: Path, name: str, shown: str) -> Path:
    target, stem, suffix, n = corpus / name, Path(name).stem, Path(name).suffix, 2
    while target.exists():
        target = corpus / f"{stem}_{n}{suffix}"
        n += 1
    if not _inside(target, corpus):
        raise UploadRejected(f"{shown}：文件名不安全，已拒绝")
    return target


def _replace_target(corpus: Path, name: str, shown: str) -> Path:
    """The corpus file of this name, its current version kept as a dot-file (never indexed) so nothing is lost."""
    target = corpus / name
    if not _inside(target, corpus):
        raise UploadRejected(f"{shown}：文件名不安全，已拒绝")
    if target.is_file():
        shutil.copy2(target, corpus / f".replaced-{time.strftime('%Y%m%d-%H%M%S')}-{name}")
    return target


def save_upload(src: str | Path, original_name: str | None, settings: Settings, replace: bool = False) -> Path:
    """Validate one uploaded file and store it in the corpus folder; raises UploadRejected. ``replace``: a file of
    the same name is replaced (its old version kept as ``.replaced-<time>-<name>``) instead of kept beside it."""
    src = Path(src)
    name = safe_filename(original_name if original_name is not None else src.name)
    shown = name or "（无文件名）"
    max_bytes = _check_file(src, shown, Path(name).suffix.lower(), settings)
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
        target = _replace_target(corpus, name, shown) if replace else _free_target(corpus, name, shown)
        partial = corpus / f".uploading-{target.name}"  # dot-files are never indexed
        shutil.copyfile(staged, partial)
        os.replace(partial, target)
    try:
        load_file(target, max_bytes=max_bytes)
    except LoadError as exc:
        target.unlink(missing_ok=True)
        raise UploadRejected(f"{shown}：{exc.reason}") from None
    return target


# ---------------------------------------------------------------- the upload handler

def _error(text: str) -> str:
    return f'<div class="upload-msg error">{esc(text)}</div>'


def _store_all(paths: list[Any], settings: Settings, replace: bool = False) -> tuple[list[Path], list[str]]:
    saved, messages = [], []
    for p in paths:
        p = getattr(p, "path", None) or getattr(p, "name", None) or p
        try:
            saved.append(save_upload(p, Path(str(p)).name, settings, replace))
        except UploadRejected as exc:
            messages.append(f'<li class="error">{esc(exc)}</li>')
        except Exception:
            log.exception("upload failed")
            messages.append('<li class="error">文件保存失败（内部错误），请重试。</li>')
    return saved, messages


def _reindex(assistant: Assistant, saved: list[Path], progress: Callable) -> list[str]:
    """Re-index after storing ``saved``; one line per file saying whether it is answerable now."""
    progress(0, desc="正在更新索引…")

    def tick(stage: str, done: int, total: int) -> None:
        progress((done, total) if total else 0, desc=STAGES.get(stage, stage), unit="项")

    try:
        report = assistant.reindex(progress=tick)
    except Exception:
        log.exception("reindex after upload failed")
        for path in saved:
            path.unlink(missing_ok=True)
        return ['<li class="error">更新索引失败，上传已撤销，请联系管理员。</li>']
    by_source = {b.source: b for b in assistant.briefings()}
    messages = []
    for path in saved:
        b = by_source.get(path.name)
        if b is None:
            reason = "；".join(e for e in report.errors if e.startswith(path.name)) or "未能解析出简报内容"
            messages.append(f'<li class="error">{esc(path.name)}：未能加入索引（{esc(reason)}）。</li>')
            continue
        warn = "".join(f"<br>提示：{esc(w)}" for w in b.warnings)
        messages.append(
            f'<li class="ok">{esc(path.name)}：已加入索引（{esc(briefing_title(b))}，{esc(cn_date(b.date))}，'
            f'{len(b.articles)} 篇文章），现在就可以提问。{warn}</li>')
    return messages


def upload_files(assistant: Assistant, settings: Settings, files: Any, user: str | None,
                 progress: Callable, replace: bool = False) -> tuple[str, bool]:
    """Store and index uploaded files for an admin: (message HTML, whether the index changed). ``replace``:
    files named like an indexed briefing replace it (re-indexed; the old version kept as a dot-file)."""
    if not is_admin(settings, user):
        log.warning("upload refused for non-admin user %r", user)
        return _error(refusal(settings, user, "替换简报" if replace else "上传简报")), False
    paths = [files] if isinstance(files, (str, Path)) else list(files or [])
    if not paths:
        return _error("请先选择要上传的文件。"), False
    saved, messages = _store_all(paths, settings, replace)
    if saved:
        messages += _reindex(assistant, saved, progress)
    return f'<div class="upload-msg"><ul>{"".join(messages)}</ul></div>', bool(saved)
