"""哪类最多: the figures one sentence lists for the kinds of the asked thing, or none when it lists no such kinds.

A superlative is answered only from a sentence that lists at least two figures of the asked thing, one per
kind; when the question says what the kinds are (哪个镇街), the listed figures must count those. Otherwise
the briefings do not say which is largest, and the answer says so instead of quoting one figure.
"""

from __future__ import annotations

import re

from ..nouns import counted_noun, head_noun, noun_run
from ..numbers import CALENDAR_UNITS, Figure, extract_figures
from ..units import unit_class
from ..types import Finding, Intent
from . import lexicon as lx


# The levels a 哪个 question ranks places or bodies by. Followed by what is counted (哪个县排查企业最多, 哪个镇街巡查
# 单元最多), the level is what is asked, not the counted thing the noun run ends on: a sentence listing kinds of
# 企业 or 巡查单元 does not rank 县 or 镇街.
_LEVEL_RE = re.compile(r"县市区|市县区|市县|县市|县区|区县|市区|乡镇|镇街|街道|园区|开发区|板块|地区|地方|城市|部门|单位|市|县|区|镇")


def which_noun(question: str) -> str:
    """The noun a 哪个/哪类 question word asks about (哪个镇街 → 镇街, 哪个县排查企业 → 县); "" for a bare 哪类/哪一类."""
    m = lx.WHICH_RE.search(question)
    if not m:
        return ""
    after = question[m.end():]
    run = noun_run(after)
    if not run and (said := _NAMED_BEFORE_RE.search(question[:m.start()])):
        return said.group(1)  # 奖励金额最高的企业是哪家: the noun the question names before 是哪家 (企业)
    level = _LEVEL_RE.match(after)
    if level and run.startswith(level.group()) and len(run) > level.end() and level.end() in _word_ends(run):
        return level.group()
    return run


# 最高的企业是哪家, 最多的县区是哪个: a superlative question that names the ranked noun before its 是哪….
_NAMED_BEFORE_RE = re.compile(r"的([\u4e00-\u9fff]{1,6}?)(?:是|为)$")


def _word_ends(text: str) -> set[int]:
    """The offsets at which the segmenter's words of ``text`` end (市场主体 → {2, 4}: 市 is no word there)."""
    import jieba

    ends, at = set(), 0
    for w in jieba.lcut(text):
        at += len(w)
        ends.add(at)
    return ends


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
