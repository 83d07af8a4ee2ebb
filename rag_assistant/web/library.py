"""The 简报库: finding a briefing by any word, and (admins) deleting one; the index follows."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from ..assistant import Assistant
from ..settings import Settings
from ..text import cn_date
from ..types import Briefing
from .access import is_admin, refusal
from .render import briefing_title, esc, mark_quote

log = logging.getLogger(__name__)


def search_briefings(briefings: Sequence[Briefing], query: str | None) -> list[Briefing]:
    """Briefings whose issue, date, file name, article titles or text contain every word of ``query``."""
    words = (query or "").split()
    if not words:
        return list(briefings)

    def haystack(b: Briefing) -> str:
        return " ".join([briefing_title(b), cn_date(b.date), b.source, *(a.title for a in b.articles),
                         *(a.text for a in b.articles)])

    return [b for b in briefings if all(w in haystack(b) for w in words)]


def delete_choices(briefings: Sequence[Briefing]) -> list[tuple[str, str]]:
    """The 删除 dropdown: each briefing by its label and file."""
    return [(f"{briefing_title(b)}（{b.source}）", b.source) for b in briefings]


def delete_briefing(assistant: Assistant, settings: Settings, source: str | None, user: str | None) -> str:
    """Remove one briefing file (and its sidecar) from the corpus and re-index; the message as HTML."""
    if not is_admin(settings, user):
        return f'<div class="upload-msg error">{esc(refusal(settings, user, "删除简报"))}</div>'
    corpus = Path(settings.corpus_dir).resolve()
    known = {b.source for b in assistant.briefings()}
    target = (corpus / (source or "")).resolve()
    if not source or source not in known or target.parent != corpus or not target.is_file():
        return '<div class="upload-msg error">请先选择要删除的简报。</div>'
    sidecar = target.with_suffix(".meta.toml")
    target.unlink()
    sidecar.unlink(missing_ok=True)
    try:
        assistant.reindex()
    except Exception:
        log.exception("reindex after delete failed")
        return f'<div class="upload-msg error">已删除 {esc(source)}，但更新索引失败，请联系管理员。</div>'
    log.info("briefing %s deleted by %r", source, user)
    return f'<div class="upload-msg"><ul><li class="ok">已删除 {esc(source)} 并更新索引，其他简报不受影响。</li></ul></div>'


def render_full_briefing(briefings: Sequence[Briefing], source: str | None, quote: str | None) -> str:
    """One whole briefing as HTML, the quoted passage marked in the article that holds it."""
    b = next((x for x in briefings if x.source == source), None)
    if b is None:
        return '<div class="src-none">未找到这份简报（可能已被删除），请重新提问。</div>'
    head = (f'<div class="full-head"><b>{esc(briefing_title(b))}</b>（{esc(cn_date(b.date))}）'
            f'<span class="src-file">文件：{esc(b.source)}</span></div>')
    parts = [head]
    for a in b.articles:
        body = "\n".join(a.paragraphs)
        marked = mark_quote(body, quote or "") if quote and _has(body, quote) else esc(body)
        parts.append(f'<h4 class="full-title">《{esc(a.title)}》</h4><div class="full-body">{marked}</div>')
    return f'<div class="full-briefing">{"".join(parts)}</div>'


def _has(text: str, quote: str) -> bool:
    squash = "".join(text.split())
    return "".join(quote.split())[:20] in squash
