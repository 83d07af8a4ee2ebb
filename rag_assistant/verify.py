"""Check an answer claim by claim: each figure against the quote of its own citation, in that quote's words
(unit, subject, change, plan), and the citation against the issue or year the question asks about."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .answer.claims import ClaimSpan, blank_markers, claim_figures, disagreement, split_claims
from .derived import is_derived
from .numbers import CALENDAR_UNITS, Figure, extract_figures, same_figure
from .text import MARKER_RE, parse_markers
from .types import Chunk, Citation, ClaimCheck

__all__ = ["Verification", "highlight_unsupported", "parse_markers", "verify_answer"]


@dataclass(frozen=True)
class Verification:
    """Figures the cited quotes do not support, markers with no source, the valid markers used, and one
    result per claim."""

    unsupported_numbers: tuple[str, ...]
    invalid_markers: tuple[int, ...]
    cited: tuple[int, ...]
    claims: tuple[ClaimCheck, ...] = ()


# How an answer says that an issue next to the asked one is not held (answer/adjacent_issue.gap_note).
ARCHIVE_GAP = "已收录的简报中没有"


def _in_gap_note(answer: str, claim) -> bool:
    """Whether the claim is a clause of the sentence saying that an issue next to the asked one is not held."""
    start = max(answer.rfind("。", 0, claim.start), answer.rfind("\n", 0, claim.start)) + 1
    return answer.startswith(ARCHIVE_GAP, start)


def answer_figures(answer: str) -> list[Figure]:
    """Figures of the answer outside its [n] markers, with offsets into the answer."""
    return [
        Figure(answer[f.start:f.end], f.value, f.unit, f.start, f.end) for f in extract_figures(blank_markers(answer))
    ]


def label_figures(citations: Sequence[Citation | Chunk]) -> list[Figure]:
    """The year/issue/month/day figures of the issue labels and dates of citations (or chunks)."""
    return [f for c in citations for field in (c.issue, c.date) if field
            for f in extract_figures(field) if f.unit in CALENDAR_UNITS]


def restates_label(figure: Figure, labels: Sequence[Figure]) -> bool:
    """"据2025年第14期简报…" restates where a quote came from: such figures are not claims to check."""
    return figure.unit in CALENDAR_UNITS and any(same_figure(figure, g) for g in labels)


def verify_answer(answer: str, citations: Sequence[Citation], scope: Sequence[str] | None = None,
                  scope_label: str = "") -> Verification:
    """Markers must name a citation; every figure of a claim must be said by the quote of the claim's own
    citation; with ``scope`` (the briefings the question asks about), the citation must be one of them."""
    answer = answer if isinstance(answer, str) else ""
    markers = parse_markers(answer)
    by_n = {c.n: c for c in citations}
    checks, unsupported = [], {}
    # 据2025年第14期简报… restates where the cited quotes come from, wherever in the answer it stands.
    cited = [by_n[n] for n in markers if n in by_n]
    labels = label_figures(cited)
    for claim in split_claims(answer):
        check, bad = check_claim(answer, claim, by_n, labels, scope, scope_label, cited)
        checks.append(check)
        unsupported.update((surface, None) for surface in bad)
    return Verification(tuple(unsupported), tuple(n for n in markers if n not in by_n),
                        tuple(n for n in markers if n in by_n), tuple(checks))


def check_claim(answer: str, claim: ClaimSpan, by_n: dict[int, Citation], labels: Sequence[Figure],
                scope: Sequence[str] | None, scope_label: str,
                cited: Sequence[Citation] = ()) -> tuple[ClaimCheck, list[str]]:
    """One claim's result and its unsupported figures (``labels``: the cited issues' and dates' figures)."""
    # A sentence without a marker of its own (9月11日。据…[1]。, a comparison's conclusion) restates what
    # the answer cites: it is checked against every cited quote.
    own = [by_n[n] for n in claim.markers if n in by_n] if claim.markers else list(cited)
    # a gap with its arithmetic or a count of the listed items is checked by derived.is_derived, not by a quote
    quotes = [c.quote for c in cited]
    figures = [f for f in claim_figures(answer, claim) if not restates_label(f, labels) and not is_derived(answer, f, quotes)]
    if _in_gap_note(answer, claim):  # 已收录的简报中没有2025年第13期，…: which issues are held, not quoted figures
        figures = [f for f in figures if f.unit not in CALENDAR_UNITS]
    surfaces = tuple(f.surface for f in figures)
    missing = [n for n in claim.markers if n not in by_n]
    problem = ""
    if missing and not own:
        problem = f"引用编号{''.join(f'[{n}]' for n in missing)}没有对应的资料"
    elif figures and not own:
        # a date or issue with no source at all names the asked scope (2024年第21期没有…), not a quoted figure
        figures = [f for f in figures if f.unit not in CALENDAR_UNITS]
        surfaces = tuple(f.surface for f in figures)
        problem = "未标注出处" if figures else ""
    elif figures and scope is not None and not any(c.source in scope for c in own):
        issues = "、".join(dict.fromkeys(c.issue or c.title for c in own))
        problem = f"出处不符：所引资料出自{issues}，问题问的是{scope_label or '另一期简报'}"
    if problem:
        result = ClaimCheck(claim.text, claim.markers, surfaces, "unsupported", problem)
        return result, list(surfaces)
    reasons = {f.surface: figure_problem(answer, claim, f, own) for f in figures}
    bad = [s for s, r in reasons.items() if r]
    if not figures:
        return ClaimCheck(claim.text, claim.markers, (), "unverifiable"), []
    if bad:
        return ClaimCheck(claim.text, claim.markers, surfaces, "unsupported", "；".join(reasons[s] for s in bad)), bad
    return ClaimCheck(claim.text, claim.markers, surfaces, "supported"), []


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def figure_problem(answer: str, claim: ClaimSpan, figure: Figure, own: Sequence[Citation]) -> str | None:
    """Why no quote of the claim's own citations says this figure, or None when one does."""
    where = "".join(f"[{c.n}]" for c in own)
    if figure.unit == "约":
        if any(_squeeze(figure.surface) in _squeeze(c.quote) for c in own):
            return None
        return f"{figure.surface}：所引{where}原文没有这一说法"
    text = blank_markers(answer)[claim.start:claim.end]
    local = [Figure(f.surface, f.value, f.unit, f.start - claim.start, f.end - claim.start)
             for f in claim_figures(answer, claim)]
    mine = next(f for f in local if f.start == figure.start - claim.start)
    reasons = []
    for citation in own:
        found = extract_figures(citation.quote)
        for candidate in found:
            if candidate.value != figure.value:
                continue
            reason = disagreement(text, mine, local, citation.quote, candidate, found)
            if reason is None:
                return None
            reasons.append(reason)
    return f"{figure.surface}：{reasons[0]}" if reasons else f"{figure.surface}：所引{where}原文中没有这个数字"


def highlight_unsupported(answer: str, unsupported: Sequence[str], template: str = "{}⚠") -> str:
    """The answer with every occurrence of an unsupported figure (outside [n] markers) put through ``template``."""
    targets = set(unsupported)
    if not targets:
        return answer
    parts: list[str] = []
    position = 0
    for figure in answer_figures(answer):
        if figure.surface in targets:
            # replace rather than format: an HTML/CSS template may contain other braces
            parts += [answer[position:figure.start], template.replace("{}", figure.surface)]
            position = figure.end
    parts.append(answer[position:])
    return "".join(parts)


def drop_unsupported(answer: str, checks: Sequence[ClaimCheck]) -> str:
    """The answer without its unsupported claims (``checks`` from verify_answer on this answer); their
    [n] markers stay, since a marker at the end of a sentence also covers the claims before it."""
    spans = split_claims(answer)
    if len(spans) != len(checks):
        return answer
    parts, at = [], 0
    for span, check in zip(spans, checks):
        if check.status != "unsupported":
            continue
        kept = "".join(m.group() for m in MARKER_RE.finditer(answer[span.start:span.end]))
        end_mark = answer[span.start:span.end].rstrip()[-1:]
        parts += [answer[at:span.start], kept, end_mark if end_mark in "。！？" else ""]
        at = span.end
    parts.append(answer[at:])
    text = "".join(parts)
    text = re.sub(r"[，,；;、：:]+((?:\[\d+\])*)\s*([。！？]|$)", r"\1\2", text)
    text = re.sub(r"(^|[。！？])\s*((?:\[\d+\])*)[，,；;、]+", r"\1\2", text)
    # a sentence whose every claim went leaves only its markers: drop those too
    text = re.sub(r"(^|[。！？])\s*(?:\[\d+\])+\s*(?=[。！？]|$)[。！？]?", r"\1", text)
    return text.strip()
