"""A follow-up that names a new doer for the same deed and counted thing (那危化企业呢 after
南通小场所整改了多少问题): the noun phrase between the place and the verb of the last question is its subject, and
the counted noun after 多少 is not part of it, so the follow-up's noun takes the subject's place and the deed and the
counted thing stay (南通危化企业整改了多少问题), never a bare 南通危化企业多少 that counts the doers themselves."""

from __future__ import annotations

from typing import Sequence

from . import lexicon as lx
from ..nouns import tagged


# Unit classes that never count the noun before the verb (小场所培训了多少人次 counts trainees, not 场所).
_NOT_OF_THINGS = frozenset({"people", "times", "money"})


def swapped_subject(previous: str, measure: str, fragment: str, places: Sequence[str], unit_class: str = "") -> str | None:
    """``previous`` with its subject phrase replaced by the noun phrase ``fragment``, or None when the last question
    has no subject before its verb distinct from what it counts, or ``fragment`` is no bare noun phrase. What it
    counts is its noun after 多少 (整改了多少隐患) or, with none, a unit of people, times or money (培训了多少人次)."""
    ask = lx.ASK_RE.search(previous)
    if not ask or len(fragment) < 2 or not (measure and measure in previous[ask.end():]
                                            or not measure and unit_class in _NOT_OF_THINGS):
        return None  # 南通一企一档完善了多少份 counts what it names first: there is no doer to swap
    own = [w for w in tagged(fragment) if w[0].strip()]
    if not own or any(f.startswith("v") for _, f, *_ in own) or not own[-1][1].startswith("n"):
        return None  # 刑拘呢 / 那整改了多少: another deed, not another doer
    start = max((previous.find(p) + len(p) for p in places if p in previous[:ask.start()]), default=-1)
    if start < 0:
        return None
    words = [w for w in tagged(previous[start:ask.start()]) if w[0].strip()]
    verb = next((i for i, w in enumerate(words) if w[1].startswith("v")), None)
    if not verb or not words[verb - 1][1].startswith("n"):
        return None  # 南通警示教育会来了多少人: no noun phrase stands before the verb
    end = start + words[verb][2]
    subject = previous[start:end]
    if (measure and measure in subject) or fragment in previous:
        return None
    return previous[:start] + fragment + previous[end:]


# The nouns of holders: what a verbless question's counted thing belongs to (危化企业重大隐患几条: 企业's 隐患).
_HOLDERS = lx.HYPERNYMS["单位"]


def swapped_holder(previous: str, measure: str, fragment: str, places: Sequence[str]) -> str | None:
    """A verbless last question whose measure is a holder and a counted thing (南通危化企业重大隐患几条: 危化企业 holds
    重大隐患), with the follow-up's holder noun phrase (那小场所呢) in the holder's place (南通小场所重大隐患几条), so the
    counted thing stays and is not dropped for a bare 南通小场所多少; None when the measure names no holder before
    a counted noun, or the fragment names no holder."""
    if not measure or measure not in previous or any(f.startswith("v") for _, f, *_ in tagged(measure)):
        return None
    if not any(fragment.endswith(h) for h in _HOLDERS) or fragment in previous:
        return None
    cut = max((measure.rfind(h) + len(h) for h in _HOLDERS if h in measure), default=-1)
    counted = measure[cut:] if cut > 0 else ""
    if len(counted) < 2 or not any(f.startswith("n") for _, f, *_ in tagged(counted)):
        return None
    start = previous.find(measure)
    if not any(previous[:start].endswith(p) for p in places):
        return None  # the holder must follow the place directly
    return previous[:start] + fragment + previous[start + len(measure) - len(counted):]


def swapped_kind(previous: str, measure: str, fragment: str) -> str | None:
    """A follow-up naming another kind of the counted thing (工业的呢 after 靖江住宅巡查单元几个): the kind word that
    leads the last question's measure (住宅 of 住宅巡查单元) is replaced by the follow-up's (靖江工业巡查单元几个), so
    the counted thing stays; None when the fragment is no bare ``X的`` noun, or the measure has no leading kind
    before a head noun."""
    kind = fragment[:-1] if fragment.endswith("的") else ""
    own = [w for w in tagged(kind) if w[0].strip()] if len(kind) >= 2 else []
    if not own or not all(f.startswith("n") for _, f, *_ in own) or kind in previous:
        return None
    words = [w for w in tagged(measure) if w[0].strip()] if measure and measure in previous else []
    if len(words) < 2 or not words[0][1].startswith("n") or not words[-1][1].startswith("n"):
        return None
    lead = words[0][0]
    return previous.replace(measure, kind + measure[len(lead):], 1)
