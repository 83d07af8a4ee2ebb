"""The scene one part of a several-part question shares with the others: said once, it is a preference, never a
requirement.

Staff ask two or three figures of one report in one message and name its place, occasion or period once
(大丰区护理员培训多少人次，演练了几场？ 江北新区约谈多少人次，处罚了几家，罚款多少？). understand.py carries the first
part's words and period to the later parts; here those carried words
- keep a later part in the article the other parts are answered from, when that article answers it too (罚款多少 is
  江北新区's 罚款金额合计126.5万元, not another city's 罚款 213.8 万元 that ranks higher on the bare word 罚款), and
- are dropped when no sentence says them beside the part's own words (演练了几场 is answered by 开展应急疏散演练94场次,
  which does not repeat 护理员; 转移群众多少人 of 今年1-7月 by 7月以来…累计转移避险群众3.6万人).

A town or named unit said once is different: it is no preference but the scope of every later part that names no
unit and no whole of its own (棋盘镇排查隐患多少处，整改了多少 asks 棋盘镇's 已整改, not 新安街道's row nor the city's sum);
``unit_scope`` gives stated.town_unsaid the text that says it. A table row named by its label (电池材料, 苏州市) is kept
the same way, as a preference (``in_row``): 金坛电池材料企业有几家，排查隐患多少处 asks 电池材料's 排查隐患 cell, not 电芯制造's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from ..types import Intent, Part
from . import lexicon as lx
from .match import match
from .part_at import part_at
from .scope import asked_periods
from .tables import CELL, is_row
from .elliptic_terms import names_own_town

_OWN_WHOLE_RE = lx.OWN_WHOLE_RE  # 颜集镇排查隐患多少，全县共排查多少: the later part asks the whole


def unit_scope(question: str, part_text: str, article: str, units: Callable[[str, str], list],
               places: Sequence[str] = ()) -> str:
    """The text whose towns and named units scope ``part_text``: its own, or, when it names none, no whole and no
    place (``places``: the question's city and county names) of its own, the nearest earlier text of ``question``
    that names one (``units``: stated.asked_units) followed by it (丁蜀镇排查隐患多少处，宜兴市已整改多少: 宜兴市's)."""
    at = part_at(question, part_text)
    if at <= 0 or units(part_text, article) or _OWN_WHOLE_RE.search(part_text) \
            or any(p and p in part_text for p in places) or names_own_town(part_text):  # 其他镇街道呢 (elliptic_terms.py)
        return part_text
    return f"{question[:at]} {part_text}" if units(question[:at], article) else part_text


def carried_town(question: str, part_text: str, places: Sequence[str] = ()) -> str:
    """The town or street an earlier part of ``question`` names (two characters and 镇/街道, no question or function
    word among them), which scopes ``part_text`` as ``unit_scope`` reads it; "" when the part names one, a whole or a
    place of its own. The missing note says it (简报未给出丁蜀镇已整改的数量, not 宜兴已整改…, which 宜兴's 已整改3360处
    would answer)."""
    at = part_at(question, part_text)
    if at <= 0 or _TOWN_IN_QUESTION_RE.search(part_text) or _OWN_WHOLE_RE.search(part_text) \
            or any(p and p in part_text for p in places) or names_own_town(part_text):
        return ""
    towns = [m.group(0) for m in _TOWN_IN_QUESTION_RE.finditer(question[:at])]
    return towns[-1] if towns else ""


# A named town in a question: two characters before 镇/街道 that are no question, measure or function word (几个镇).
_TOWN_IN_QUESTION_RE = re.compile(r"(?:(?![几个多少有是在和的各全每重点其小城乡村])[\u4e00-\u9fff]){2}(?:镇|街道)")


# A cell of the row an earlier part names replaces the part's best when it scores at least this share of it.
NEAR_ROW = 0.3
_ADMIN_SUFFIX_RE = re.compile(r"(?:市|区|县|镇|乡|街道|类)$")


def _label(sentence: str) -> str:
    return sentence.split(CELL)[0].strip() if CELL in sentence else ""


def _names(text: str, label: str) -> bool:
    """Whether ``text`` names a row label, whole or without its administrative suffix (苏州市 said 苏州)."""
    bare = _ADMIN_SUFFIX_RE.sub("", label)
    return bool(label) and (label in text or len(bare) >= 2 and bare in text)


def in_row(intent: Intent, parts: Sequence[Part], rankings: list, answered: float) -> list:
    """The rankings with a later part that names no row, whole or place of its own answered from the table row an
    earlier part names and is answered from, when a cell of that row answers it too (``answered``: the coverage
    that answers a part); a later part naming another row of the table keeps its own."""
    if len(parts) < 2 or intent.kind == "compare":
        return rankings
    out = list(rankings)
    for i, part in enumerate(parts[1:], start=1):
        at = part_at(intent.question, part.text)
        if at <= 0 or part.place or _OWN_WHOLE_RE.search(part.text) or not out[i]:
            continue
        rows = [r[0][0] for r in out[:i] if r and is_row(r[0][0].text) and r[0][1].coverage >= answered
                and _names(intent.question[:at], _label(r[0][0].text))]
        if not rows:
            continue
        row = rows[-1]
        table = [p for p in row.entry.article.paragraphs if CELL in p]
        if any(_names(part.text, _label(t)) for t in table):
            continue  # …，新安街道整改了多少: its own row
        ranked = out[i]
        if ranked[0][0].entry is row.entry and ranked[0][0].start == row.start:
            continue
        top = ranked[0][1].score
        k = next((k for k, (s, sc) in enumerate(ranked) if s.entry is row.entry and s.start == row.start
                  and sc.figure is not None and sc.coverage >= answered and sc.score >= NEAR_ROW * top), None)
        if k is not None:
            out[i] = [ranked[k], *ranked[:k], *ranked[k + 1:]]
    return out


# A candidate of the shared article replaces the part's best from elsewhere when it scores at least this share of it.
NEAR_SCENE = 0.5


def in_scene(intent: Intent, parts: Sequence[Part], rankings: list, ranked_for: Callable[[Part], list],
             answered: float) -> list:
    """The rankings with each part's answer taken from the articles the other parts are answered from, when the part
    names no place, year or issue of its own; ``answered`` is the coverage that answers a part."""
    if len(parts) < 2 or intent.kind == "compare" or len(intent.places) > 1:
        return rankings
    out = list(rankings)
    for i, part in enumerate(parts):
        if part.place or part.year is not None or part.number is not None or any(p in part.text for p in intent.places):
            continue
        scene = {id(r[0][0].entry): r[0][0].entry for j, r in enumerate(rankings)
                 if j != i and r and r[0][1].figure is not None and r[0][1].coverage >= answered}
        if not scene:
            continue
        ranked = out[i]
        if ranked and ranked[0][1].coverage >= answered and id(ranked[0][0].entry) in scene:
            continue
        if ranked and ranked[0][1].coverage >= answered:
            top = ranked[0][1].score
            k = next((k for k, (s, sc) in enumerate(ranked) if id(s.entry) in scene and sc.figure is not None
                      and sc.coverage >= answered and sc.score >= NEAR_SCENE * top), None)
            if k is not None:
                out[i] = [ranked[k], *ranked[:k], *ranked[k + 1:]]
            continue
        bare = own_words(part)
        if bare is None:
            continue
        found = [(s, sc) for s, sc in ranked_for(bare) if id(s.entry) in scene and sc.figure is not None
                 and sc.coverage >= answered]
        if found:
            out[i] = found + list(ranked)
    return out


def own_words(part: Part) -> Part | None:
    """``part`` without the words and period it carries from another part (those its own text does not say), or None
    when it carries none or says no word of its own."""
    own = tuple(t for t in part.terms if match(t, part.text.lower()))
    periods = part.periods if asked_periods(part.text) else ()
    if not own or (len(own) == len(part.terms) and periods == part.periods):
        return None
    return replace(part, terms=own, periods=periods)
