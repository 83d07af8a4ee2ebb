"""A figure whose words name none of the asked thing: the question's thing is missing from the figure's sentence,
so the figure is of another thing that shares only its place or article (the answer becomes partial or a refusal).

Two forms the other checks miss:

- no asked noun phrase was read (``part.measure`` is empty: a noun fronted before a time or a verb, 常州应急救援队伍
  到2023年底建了多少支), so "the figure counts the asked thing" holds of any figure; a figure in a broad classifier
  (四个|综合治理行业) for a narrow one asked (支) must then say one of the asked content words (应急, 救援, 队伍) in
  its own noun or clause, else it counts another thing (money and people are left alone: 罚了多少钱 is answered by
  处罚金额282.87万元, whose words say no asked noun);
- the asked noun phrase carries a modifier that picks out a kind (危化品 of 危化品生产经营企业), the figure counts a
  hypernym of its head without it (各类生产经营单位947家: lexicon.HYPERNYMS, which judge.py accepts for 企业), and the
  figure's sentence, the one before and its title never say that modifier: the figure counts the whole class.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..ingest.gazetteer import find_places
from ..nouns import head_noun, tagged
from ..units import unit_class
from . import lexicon as lx
from .domain import said
from .unnamed_kind import _abbreviates
from .counted import BROAD_CLASSIFIERS

# Word classes that name no thing: numbers, measure words, pronouns, adverbs, particles, prepositions, conjunctions,
# locatives, times, punctuation, modal particles.
_FUNCTION_FLAGS = ("m", "q", "r", "d", "u", "p", "c", "f", "t", "x", "y", "e", "w", "z")


def _content(terms: Sequence[str]) -> list[str]:
    """The asked words of two characters or more that name a thing or a deed (not a place, year or function word)."""
    out = []
    for t in terms:
        if len(t) < 2 or re.search(r"\d", t) or find_places(t):
            continue
        flags = [flag for w, flag, *_ in tagged(t) if w.strip()]
        if flags and all(flag.startswith(_FUNCTION_FLAGS) for flag in flags):
            continue
        out.append(t)
    return out


def _says(words: Sequence[str], text: str) -> bool:
    """Whether ``text`` says one of the words, in another form or by a two-character piece of it (屏幕 of 电视屏幕)."""
    text = re.sub(r"\s+", "", text).lower()
    return any(w.lower() in text or said(w, text) or any(w[i:i + 2].lower() in text for i in range(len(w) - 1))
               for w in words)


def unmeasured_other(measure: str, terms: Sequence[str], unit: str, f_unit: str, clause: str, noun: str) -> bool:
    """Whether a figure in a broad classifier (四个) answers a part asked in a narrow one (多少支) with no asked noun
    phrase read, although its own noun (综合治理行业) and its clause say none of the asked content words: the narrow
    classifier names a kind of thing (支 a team, 辆 a vehicle) the figure's noun is not."""
    if measure or not unit or unit in BROAD_CLASSIFIERS or f_unit == unit or f_unit not in BROAD_CLASSIFIERS \
            or unit_class(unit) in ("money", "people", "rate"):
        return False
    words = _content(terms)
    return bool(words) and len(noun) > 1 and not _says(words, noun) and not _says(words, clause)


def modifier_unsaid(measure: str, noun: str, said_text: str) -> bool:
    """Whether the figure counts the asked noun's class without the asked modifier (各类生产经营单位947家 for
    危化品生产经营企业): the words of the asked phrase before its head that the figure's noun lacks, one of which
    (a kind, not a verb) is said nowhere in the sentence, its predecessor or title."""
    if len(measure) < 3 or len(noun) < 2 or noun.endswith(measure):
        return False
    head = head_noun(measure)
    if not head or not measure.endswith(head) or noun.endswith(head) or \
            not any(kind in noun for kind in lx.HYPERNYMS.get(head, ())):
        return False  # only a noun of the asked head's class (生产经营单位 for 企业), which counts_measure accepts;
        # the same head keeps its own modifier checks (kind_unsaid), another noun is judged elsewhere
    kinds = [w for w, flag, *_ in tagged(measure[:-len(head)])
             if len(w) > 1 and w not in noun and not flag.startswith(_FUNCTION_FLAGS + ("v",))]
    # 危货 of 危险货物运输车辆 takes its characters from the noun: an abbreviation, not a missing kind
    return any(not _says([w], said_text) and not _abbreviates(w, noun) for w in kinds)


def unnamed_thing(v) -> bool:
    """Whether a figure of ``v`` (a rejections.FigureView) names none of the asked thing (the module docstring)."""
    if v.wants != "figure":
        return False
    part, s, f = v.part, v.sentence, v.figure
    clause = s.text[v.clause_start:v.end] + v.header
    return unmeasured_other(part.measure, part.terms, part.unit, f.unit, clause, v.noun) or \
        modifier_unsaid(part.measure, v.noun, f"{s.previous}{s.text}{s.title}{s.point}")
