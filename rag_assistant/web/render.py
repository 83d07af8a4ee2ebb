"""HTML of the chat: answers with linked [n] markers, source cards, the sources panel, the library.

Pure functions. Everything that comes from documents or users is HTML-escaped before our own
markup is added; each chat message is one HTML block without blank lines, so Markdown leaves it alone.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from ..text import cn_date, parse_markers, replace_markers
from ..types import Answer, Briefing, Citation, ClaimCheck
from ..verify import highlight_unsupported

GENERIC_ERROR = "抱歉，回答时出现内部错误，请稍后重试或换个问法。"
UNSUPPORTED_TEMPLATE = '<mark class="unsupported" title="未在引用原文中找到">{}</mark>'
# Private-use sentinels around unsupported figures: marked on the raw text, swapped for markup after escaping.
_OPEN, _CLOSE = "\ue000", "\ue001"
_SENTENCE_END_RE = re.compile(r"(?<=[。！？；!?;])")
# Of the claim statuses (supported / unsupported / unverifiable), only "unsupported" is a finding: an
# unverifiable claim states no figure (据2025年第16期简报《…》，), so there is nothing to doubt in it.
_CLAIM_FLAGGED = "unsupported"


def esc(text: Any) -> str:
    """HTML-escape anything that came from a document or a user."""
    return html.escape("" if text is None else str(text), quote=True)


def citation_anchor(turn: int, n: int) -> str:
    """The id of source [n]'s card in the sources panel."""
    return f"cite-{turn}-{n}"


def inline_anchor(turn: int, n: int) -> str:
    """The id of source [n]'s card inside the answer (shown in place on narrow screens)."""
    return f"icite-{turn}-{n}"


def issue_text(issue: str | None) -> str:
    """An issue label, or （专刊） for an unnumbered briefing."""
    return issue or "（专刊）"


def briefing_title(b: Briefing) -> str:
    """How a briefing is named in lists: its issue, else its headline, else its file."""
    return b.issue or (f"《{b.headline}》（专刊）" if b.headline else b.source)


# ---------------------------------------------------------------- quotes

def mark_quote(context: str, quote: str) -> str:
    """The context as HTML with the quoted passage (or, failing that, its sentences) in <mark>.

    Matching ignores whitespace differences (a header quote joins lines the context keeps apart)."""
    context = context or ""
    quote = (quote or "").strip()
    if not context.strip():
        return f"<mark>{esc(quote)}</mark>" if quote else ""
    spans = _quote_spans(context, quote)
    if not spans:
        shown = esc(context)
        return shown + (f'<div class="quote-only">引用原文：<mark>{esc(quote)}</mark></div>' if quote else "")
    out, pos = [], 0
    for s, e in spans:
        out += [esc(context[pos:s]), "<mark>", esc(context[s:e]), "</mark>"]
        pos = e
    out.append(esc(context[pos:]))
    return "".join(out)


def _quote_spans(context: str, quote: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pieces = [quote] if quote else []
    if quote and not _find(context, quote):
        pieces = [s.strip() for s in _SENTENCE_END_RE.split(quote) if len(s.strip()) >= 2]
    for piece in pieces:
        for span in _find(context, piece):
            if not any(s < span[1] and span[0] < e for s, e in spans):
                spans.append(span)
    return sorted(spans)


def _find(text: str, piece: str) -> list[tuple[int, int]]:
    chars = [re.escape(c) for c in piece if not c.isspace()]
    if not chars:
        return []
    return [(m.start(), m.end()) for m in re.finditer(r"\s*".join(chars), text)]


# ---------------------------------------------------------------- answers

def unsupported_claims(answer: Answer) -> list[ClaimCheck]:
    """Claims the verifier could not support, when the answer carries per-claim results."""
    return [c for c in answer.claims if c.text.strip() and c.status.lower() == _CLAIM_FLAGGED]


def _mark_claims(text_html: str, claims: list[ClaimCheck]) -> str:
    for claim in claims:
        piece = esc(claim.text.strip())
        reason = esc(claim.reason or "未在引用原文中找到依据")
        if piece and piece in text_html:
            text_html = text_html.replace(
                piece, f'<mark class="claim-unsupported" title="{reason}">{piece}</mark>', 1)
    return text_html


def render_answer_text(answer: Answer, turn: int) -> str:
    """The answer with unsupported figures and claims flagged and [n] markers linked to the source cards."""
    raw = (answer.answer or "").replace(_OPEN, "").replace(_CLOSE, "")
    marked = highlight_unsupported(raw, answer.unsupported_numbers, _OPEN + "{}" + _CLOSE)
    parts = UNSUPPORTED_TEMPLATE.split("{}")
    text = esc(marked).replace(_OPEN, parts[0]).replace(_CLOSE, parts[1])
    text = _mark_claims(text, unsupported_claims(answer))
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

    return replace_markers(text, link).replace("\n", "<br>")


def _warnings(answer: Answer) -> list[str]:
    rows = []
    if answer.unsupported_numbers:
        figures = "、".join(esc(x) for x in answer.unsupported_numbers)
        rows.append(f'<div class="warn">⚠ 标记的数字未在引用原文中找到，请核对：{figures}</div>')
    if unsupported_claims(answer):
        rows.append('<div class="warn">⚠ 标记的语句未在引用原文中找到依据（鼠标悬停可看原因），请核对。</div>')
    known = {c.n for c in answer.citations}
    invalid = sorted(set(answer.invalid_markers) | {n for n in parse_markers(answer.answer) if n not in known})
    if invalid:
        rows.append(f'<div class="warn">⚠ 无效的引用编号：{"、".join(f"[{n}]" for n in invalid)}</div>')
    return rows


def _source_links(answer: Answer, turn: int) -> str:
    head = "最接近的资料（仅供参考）：" if answer.refused else "来源："
    links = "".join(
        f'<a class="cite src-link" href="#{citation_anchor(turn, c.n)}" title="查看来源 [{c.n}]">[{c.n}] {esc(issue_text(c.issue))}《{esc(c.title)}》</a>'
        for c in answer.citations)
    inline = "".join(render_card(c, turn, inline=True) for c in answer.citations)
    return f'<div class="src-list">{head}{links}</div><div class="inline-cards">{inline}</div>'


def scope_note(scope_label: str | None, refused: bool = False) -> str:
    """The line that says an answer was searched in part of the briefings only."""
    if not scope_label:
        return ""
    hint = "；如需查全部简报，请把检索范围改为“全部简报”或点“新对话”" if refused else ""
    return f'<div class="scope-note">本回答仅检索了：{esc(scope_label)}{hint}</div>'


def render_message(answer: Answer | None, turn: int, error: str | None = None,
                   scope_label: str | None = None, ratable: bool = True, followups: Sequence[str] = ()) -> str:
    """One assistant chat message as a single HTML block (class no-rate: no 👍/👎 under it)."""
    if answer is None:
        return f'<div class="answer-msg error no-rate">{esc(error or GENERIC_ERROR)}</div>'
    rows = []
    if answer.standalone_question and answer.standalone_question.strip() != (answer.question or "").strip():
        rows.append(f'<div class="standalone">理解为：{esc(answer.standalone_question)}</div>')
    rows.append(scope_note(scope_label, answer.refused))
    if answer.notice:
        rows.append(f'<div class="notice">⚠ {esc(answer.notice)}</div>')
    if (answer.timings_ms or {}).get("bm25_only"):
        rows.append('<div class="scope-note bm25-only">语义检索模型仍在加载，本次仅用关键词检索。</div>')
    cls = "answer-text refused" if answer.refused else "answer-text"
    rows.append(f'<div class="{cls}">{render_answer_text(answer, turn)}</div>')
    rows += _warnings(answer)
    if answer.citations:
        rows.append(_source_links(answer, turn))
    if followups:
        asks = "".join(f'<button type="button" class="followup" title="提问">{esc(q)}</button>' for q in followups)
        rows.append(f'<div class="followups">可以接着问：{asks}</div>')
    rows.append('<div class="answer-tools"><button type="button" class="copy-answer" title="复制回答和来源（纯文本）">'
                '复制回答</button></div>')
    return f'<div class="answer-msg{"" if ratable else " no-rate"}">{"".join(rows)}</div>'


def render_notice(text: str) -> str:
    """A plain assistant message that is no answer (nothing to rate, nothing to cite)."""
    return f'<div class="answer-msg info no-rate">{esc(text)}</div>'


def render_streaming(text: str) -> str:
    """The answer while it streams in, with a blinking cursor."""
    body = esc(text).replace("\n", "<br>") if text else "正在检索简报…"
    return f'<div class="answer-msg streaming no-rate"><div class="answer-text">{body}<span class="cursor">▍</span></div></div>'


def render_stopped(text: str) -> str:
    """An answer stopped by 停止生成: what had streamed so far, marked as stopped."""
    body = f'<div class="answer-text">{esc(text.strip()).replace(chr(10), "<br>")}</div>' if text.strip() else ""
    return f'<div class="answer-msg stopped no-rate">{body}<div class="stopped-note">（已停止生成）</div></div>'


def render_card(c: Citation, turn: int, inline: bool = False) -> str:
    """One source card: issue, date, title, and the context with the quote highlighted."""
    anchor = inline_anchor(turn, c.n) if inline else citation_anchor(turn, c.n)
    cls = "src-card inline" if inline else "src-card"
    close = '<button type="button" class="card-close" title="收起来源" aria-label="收起来源">收起 ▲</button>' if inline else ""
    return (
        f'<div class="{cls}" id="{anchor}">'
        f'<div class="src-meta"><span class="src-n">[{c.n}]</span>'
        f'<span class="src-issue">{esc(issue_text(c.issue))}</span>'
        f'<span class="src-date">{esc(cn_date(c.date))}</span>{close}</div>'
        f'<div class="src-title">《{esc(c.title)}》</div>'
        f'<div class="src-context">{mark_quote(c.context, c.quote)}</div>'
        f'<div class="src-file">文件：<span class="src-source">{esc(c.source)}</span>'
        f'<button type="button" class="open-full" title="打开整份简报，定位到引用原文">查看全文</button></div>'
        f'</div>'
    )


# ---------------------------------------------------------------- panels

def render_sources(turns: Sequence[dict]) -> str:
    """The sources panel: every turn's citations, newest turn first and open."""
    if not turns:
        return ('<div class="sources empty"><div class="src-placeholder">提问后，这里显示回答引用的简报原文；'
                '点击回答中的 [1]、[2] 等编号可直接定位到对应原文，引用句以黄色标出。</div></div>')
    blocks = [_sources_turn(turns[k], k, k == len(turns) - 1) for k in range(len(turns) - 1, -1, -1)]
    return f'<div class="sources">{"".join(blocks)}</div>'


def _sources_turn(t: dict, k: int, is_open: bool) -> str:
    answer: Answer | None = t.get("answer")
    if answer is None or not answer.citations:
        cards = '<div class="src-none">（本问没有引用来源）</div>'
    else:
        cards = "".join(render_card(c, k) for c in answer.citations)
        if answer.refused:
            cards = '<div class="src-refused">未找到可靠依据，以下是最接近的资料：</div>' + cards
    understood = ""
    if answer is not None and answer.standalone_question.strip() != t["question"].strip():
        understood = f'<span class="understood">（理解为：{esc(answer.standalone_question)}）</span>'
    opened = " open" if is_open else ""
    return (f'<details class="turn"{opened}><summary>第 {k + 1} 问：{esc(t["question"])}{understood}</summary>'
            f'{cards}</details>')


def render_chat(turns: Sequence[dict]) -> list[dict]:
    """The Chatbot's messages; questions wrapped in HTML so Markdown in them is shown, not rendered."""
    messages = []
    for t in turns:
        question = esc(t["question"]).replace("\n", "<br>")
        edit = '<button type="button" class="edit-q" title="修改这个问题后重新提问（其后的对话将被替换）">修改</button>'
        messages.append({"role": "user", "content": f'<div class="user-q">{question}</div>{edit}'})
        messages.append({"role": "assistant", "content": t["html"]})
    return messages


def render_briefings(briefings: Sequence[Briefing], errors: Sequence[str] = (), chunks: int | None = None) -> str:
    """The 简报库 table: issue, date, articles and parser warnings of every indexed briefing."""
    count = f"，{chunks} 个检索片段" if chunks is not None else ""
    head = f'<div class="brief-summary">已索引 {len(briefings)} 份简报{count}。</div>'
    rows = [_briefing_row(b) for b in briefings]
    table = ('<table class="briefings"><thead><tr><th>期号</th><th>日期</th><th>文章</th><th>提示</th></tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table>') if rows else '<div class="src-none">还没有索引任何简报，请上传。</div>'
    errs = ""
    if errors:
        errs = '<div class="b-errors">未能索引的文件：<ul>' + "".join(f"<li>{esc(e)}</li>" for e in errors) + "</ul></div>"
    return f'<div class="briefing-panel">{head}{table}{errs}</div>'


def _briefing_row(b: Briefing) -> str:
    titles = "".join(f"<li>{esc(a.title)}</li>" for a in b.articles)
    warns = "".join(f"<li>{esc(w)}</li>" for w in b.warnings)
    return (f'<tr><td class="b-issue">{esc(briefing_title(b))}</td><td class="b-date">{esc(cn_date(b.date))}</td>'
            f'<td><ol class="b-articles">{titles}</ol><div class="b-file">{esc(b.source)}</div></td>'
            f'<td>{"<ul class=b-warn>" + warns + "</ul>" if warns else "—"}</td></tr>')


def render_status(briefings: Sequence[Briefing]) -> str:
    """The header line: how many briefings, and the latest issue."""
    if not briefings:
        return '<div class="status-line">索引为空：请在「简报库」中上传简报。</div>'
    latest = next((b for b in briefings if b.date), briefings[0])
    return (f'<div class="status-line">已索引 {len(briefings)} 份简报，最新一期：'
            f'{esc(briefing_title(latest))}（{esc(cn_date(latest.date))}）</div>')


def render_startup_notice(notice: str | None) -> str:
    """The first-start notice, dismissible (it is news once, not forever)."""
    if not notice:
        return ""
    return (f'<div class="startup-notice" role="status"><span>{esc(notice)}</span>'
            '<button type="button" class="notice-close" title="关闭提示" aria-label="关闭提示">×</button></div>')
