"""The search scope (检索范围): its choices, what a choice means, and how it is named to staff."""

from __future__ import annotations

from collections.abc import Sequence

from ..text import cn_date
from ..types import Briefing
from .render import briefing_title, esc

SCOPE_ALL, SCOPE_LATEST = "all", "latest"


def _latest(briefings: Sequence[Briefing]) -> Briefing | None:
    dated = [b for b in briefings if b.date]
    return max(dated, key=lambda b: b.date) if dated else None


def scope_choices(briefings: Sequence[Briefing]) -> list[tuple[str, str]]:
    """Dropdown choices: 全部, 最新一期, each issue (or headline), each year."""
    choices = [("全部简报", SCOPE_ALL)]
    latest = _latest(briefings)
    if latest is not None:
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
        latest = _latest(briefings)
        return [latest.source] if latest is not None else None
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


def scope_label(value: str | None, briefings: Sequence[Briefing]) -> str | None:
    """How an active scope is named (its dropdown label), None when every briefing is searched."""
    if resolve_scope(value, briefings) is None:
        return None
    return {v: label for label, v in scope_choices(briefings)}.get(value)


def render_scope_banner(label: str | None) -> str:
    """The line above the question box while a scope is active; empty otherwise."""
    if not label:
        return ""
    return (f'<div class="scope-banner" role="status">当前只在 <b>{esc(label)}</b> 中检索，'
            '其他简报中的内容不会被找到。</div>')
