"""Pure scoring of figures, terms, citations, faithfulness and retrieval ranks (definitions in eval/README.md)."""

from __future__ import annotations

import math
import re
from typing import Iterable, Mapping, Sequence

from ..ingest.furniture import strip_furniture
from ..ingest.wechat import strip_wechat_furniture
from ..numbers import contains_figure
from ..text import fold_glyphs, fold_width, parse_markers
from ..types import Citation
# The verifier's own figure reading, so faithfulness counts exactly what the verifier checks.
from ..verify import verify_answer

# Spacing is not meaningful, nor are the zero-width characters a text copied from a phone carries (六合区\u200b境内).
_WS_RE = re.compile(r"[\s\u200b\u200c\u200d\u2060\u180e]+")
RETRIEVAL_DEPTH = 10  # ranks below this count as misses; MRR is MRR@10


def squeeze(text: str | None) -> str:
    """``text`` with all whitespace and zero-width characters removed (spacing in the briefings is not meaningful),
    in the loader's glyph and width forms (evidence is copied from the file: １２３６家 there is 1236家 in the index)."""
    return _WS_RE.sub("", fold_width(fold_glyphs(text or "")))


def missing_figures(answer: str, expected_figures: Sequence[Sequence[str]]) -> list[str]:
    """The first form of every expected figure none of whose forms occurs in ``answer`` (unit-aware)."""
    return [forms[0] for forms in expected_figures
            if forms and not any(contains_figure(answer, form) for form in forms)]


def figures_correct(answer: str, expected_figures: Sequence[Sequence[str]]) -> bool:
    """Every expected figure (any of its surface forms) appears in the answer."""
    return not missing_figures(answer, expected_figures)


def missing_terms(answer: str, expected_terms: Sequence[Sequence[str]]) -> list[str]:
    """The first form of every expected term none of whose forms occurs in ``answer`` (spacing ignored)."""
    text = squeeze(answer)
    return [forms[0] for forms in expected_terms
            if forms and not any(squeeze(form) and squeeze(form) in text for form in forms)]


def terms_correct(answer: str, expected_terms: Sequence[Sequence[str]]) -> bool:
    """Every expected term (any of its forms) appears in the answer."""
    return not missing_terms(answer, expected_terms)


def quote_in_source(quote: str, source_text: str) -> bool:
    """Whether a citation quote is a verbatim span of the source text, whitespace ignored on both sides.

    Page furniture is no text: a sentence a page break cut (报 / ·2· / running header / 警装置) is quoted whole, and
    so is a masthead a WeChat post's lines interrupt (the post's info line, 点击上方蓝字关注我们, separators)."""
    q = squeeze(quote)
    return bool(q) and (q in squeeze(source_text) or q in squeeze(strip_furniture(source_text))
                        or q in squeeze(strip_wechat_furniture(source_text)))


def citation_correct(citations: Iterable[Citation], source_text: str | None, expected_issue: str | None) -> bool:
    """Some citation quotes the expected briefing verbatim and names its issue (None matches None)."""
    if source_text is None:
        return False
    return any(c.issue == expected_issue and quote_in_source(c.quote, source_text) for c in citations)


def uncited_sources(citations: Sequence[Citation], sources: Sequence[tuple[str, str | None]],
                    texts: Mapping[str, str | None]) -> list[str]:
    """The expected (file, issue) pairs no citation quotes verbatim with that issue; ``texts``: file → raw text."""
    return [name for name, issue in sources
            if not citation_correct([c for c in citations if c.source == name], texts.get(name), issue)]


def figure_support(answer: str, citations: Sequence[Citation]) -> tuple[int, int, list[str]]:
    """(supported, counted, unsupported surfaces) for the figures of an answer, as the product's claim-level
    verifier judges them: each claim's figures against the quotes of its own [n] (names in 《》 and the
    restated issue label or date are not claims)."""
    checks = verify_answer(answer, citations).claims
    counted = sum(len(c.figures) for c in checks)
    unsupported = list(dict.fromkeys(f for c in checks if c.status == "unsupported" for f in c.figures))
    bad = sum(len(c.figures) for c in checks if c.status == "unsupported")
    return counted - bad, counted, unsupported


def faithfulness(answer: str, citations: Sequence[Citation]) -> float | None:
    """Share of the answer's counted figures supported by the cited quotes; None when it states none."""
    supported, counted, _ = figure_support(answer, citations)
    return supported / counted if counted else None


def gold_rank(texts: Sequence[str], evidence: str | None) -> int | None:
    """1-based rank of the first text that contains the evidence (whitespace ignored), else None."""
    needle = squeeze(evidence)
    if not needle:
        return None
    for rank, text in enumerate(texts, 1):
        if needle in squeeze(text):
            return rank
    return None


def retrieval_summary(ranks: Sequence[int | None]) -> dict[str, float | int | None]:
    """hit@1, hit@5 and MRR (1/rank, 0 for a miss) over the given gold ranks."""
    n = len(ranks)
    if not n:
        return {"n": 0, "hit_at_1": None, "hit_at_5": None, "mrr": None}
    return {
        "n": n,
        "hit_at_1": sum(1 for r in ranks if r is not None and r <= 1) / n,
        "hit_at_5": sum(1 for r in ranks if r is not None and r <= 5) / n,
        "mrr": sum(1.0 / r for r in ranks if r) / n,
    }


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100): the smallest value with at least q% of values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    index = max(math.ceil(q / 100 * len(ordered)) - 1, 0)
    return ordered[min(index, len(ordered) - 1)]


def share(flags: Iterable[bool | None]) -> float | None:
    """Share of true flags among those that apply (None = does not apply); None when none apply."""
    values = [bool(f) for f in flags if f is not None]
    return sum(values) / len(values) if values else None
