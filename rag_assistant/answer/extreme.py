"""哪类最多: the figures one sentence lists for the kinds of the asked thing, or none when it lists no such kinds.

A superlative is answered only from a sentence that lists at least two figures of the asked thing, one per
kind; when the question says what the kinds are (哪个镇街), the listed figures must count those. Otherwise
the briefings do not say which is largest, and the answer says so instead of quoting one figure.
"""

from __future__ import annotations

from ..nouns import counted_noun, head_noun, noun_run
from ..numbers import CALENDAR_UNITS, Figure, extract_figures
from ..units import unit_class
from ..types import Finding, Intent
from . import lexicon as lx


def which_noun(question: str) -> str:
    """The noun a 哪个/哪类 question word asks about (哪个镇街 → 镇街); "" for a bare 哪类/哪一类."""
    m = lx.WHICH_RE.search(question)
    return noun_run(question[m.end():]) if m else ""


def compared_figures(intent: Intent, best: Finding) -> list[Figure]:
    """The figures of ``best``'s sentence that are the compared kinds: in the found figure's unit class,
    counting a thing the question names (哪类巡查单元) or the thing the found figure counts; [] when fewer
    than two, or when the question names kinds (哪个镇街) that the figures do not count."""
    found = extract_figures(best.figure or "")
    figures = [f for f in extract_figures(best.sentence)
               if found and unit_class(f.unit) == unit_class(found[0].unit) and f.unit not in CALENDAR_UNITS]
    nouns = {f: counted_noun(best.sentence, f.start, f.end) for f in figures}
    named = [f for f in figures if any(len(t) > 1 and t in nouns[f] for t in intent.topic)]
    at = best.sentence.find(best.figure or "")
    kind = head_noun(counted_noun(best.sentence, at, at + len(best.figure or ""))) if at >= 0 else ""
    figures = named if len(named) > 1 else [f for f in figures if not kind or head_noun(nouns[f]) == kind]
    asked = head_noun(which_noun(intent.question))
    if asked and not all(asked in nouns[f] for f in figures):
        return []  # 哪个镇街…最多 over a list of 工业/住宅巡查单元: the kinds listed are not 镇街
    return figures if len(figures) > 1 else []
