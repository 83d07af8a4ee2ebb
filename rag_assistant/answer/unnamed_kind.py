"""A counted noun the question narrows by a modifier its article never says (剧毒品运输车辆 in an article of 危险货物运输
车辆 only): the article gives no figure of that kind, so a figure of the noun (5230辆, counted with its own modifier or
none) counts another or a wider kind and does not answer; the answer becomes partial (简报未给出…；关于…，简报提到：…).
A modifier the article says (危化品运输车辆), or the figure's own noun says in full where the question abbreviates it
(规上 of 规模以上工贸企业), is not judged here."""

from __future__ import annotations

import re

from ..ingest.gazetteer import find_places
from ..nouns import tagged
from . import lexicon as lx
from .domain import said
from .place_prefix import after_place
from .locative_part import part_after_locative
from .stem_said import stem_said

# Words that end the modifier run before the asked noun: numbers and measure words (多少个镇街), pronouns, adverbs,
# particles, prepositions, conjunctions, locatives (企业里), times (现在) and punctuation.
_STOP_FLAGS = ("m", "q", "r", "d", "u", "p", "c", "f", "t", "x", "y", "e", "w")
# Sum and stage adverbs the segmenter may tag otherwise (一共 as an abbreviation): they end the run as 共 does, so
# 船企一共排查隐患多少 narrows 排查隐患 by 船企 only, never by 一共.
_STOP_WORDS = frozenset(lx.CARRIED_BY["累计"] + ("共", "总共", "一共", "已经", "已", "还", "又", "再", "都", "全部"))


def asked_modifier(part_text: str, measure: str) -> str:
    """The words right before the asked noun in the question that modify it: nouns, adjectives and distinguishing
    words, up to a number, a verb, a place or punctuation (南京…企业里，剧毒品运输车辆 → 剧毒品; 多少个镇街 → "")."""
    part_text = part_after_locative(part_text)  # 13个镇街里工业巡查单元: 镇街 is the whole (locative_part.py)
    at = part_text.find(measure) if measure else -1
    if at <= 0:
        return ""
    before = part_text[:at]
    # the question word with its classifier ends the run (多少台套专业装备: the segmenter tags 台套 a noun)
    if asked := [m for m in lx.ASK_RE.finditer(before) if m.group(0)]:
        before = before[asked[-1].end():]
    run: list[str] = []
    for word, flag, *_ in reversed(tagged(before)):
        if flag.startswith(_STOP_FLAGS) or word in _STOP_WORDS or (flag.startswith("v") and len(word) > 1 and flag != "vn") \
                or find_places(word):
            break
        if (rest := after_place(word)) is not None:  # 东海水晶: a place the segmenter glued to the modifier
            run.insert(0, rest)
            break
        run.insert(0, word)
    return "".join(run)


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` takes its characters in order from ``full`` (规上 of 规模以上, 危化 of 危险化学品)."""
    it = iter(full)
    return all(c in it for c in short)


def kind_unsaid(part_text: str, measure: str, noun: str, article: str) -> bool:
    """Whether the question's modifier of its counted noun is never said in the article (title and text) while the
    figure counts that noun (``noun`` ends with it): the figure is not of the asked kind."""
    if len(measure) < 2 or not noun.endswith(measure):
        return False
    modifier = asked_modifier(part_text, measure)
    own = noun[:-len(measure)]
    if len(modifier) < 2 or modifier in own or _abbreviates(modifier, own):
        return False
    text = re.sub(r"\s+", "", article)
    words = [w for w, flag, *_ in tagged(modifier) if len(w) > 1 and not flag.startswith(("m", "q", "r", "d"))]
    return bool(words) and not any(w in text or said(w, text) or stem_said(w, text) for w in words)
