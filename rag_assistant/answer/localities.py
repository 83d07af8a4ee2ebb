"""Places below the gazetteer's counties that a question names: towns (沭阳贤官镇) and a city's zones (常州高新区).

The gazetteer knows every Jiangsu city, county and district; a question also names places below them, which an
answer must not give its county's or city's figure for. The segmenter splits such names at random (贤|官镇, 和|桥镇),
so they are read from the text's structure: a name stands between a boundary (the question's start, a punctuation
mark, a Jiangsu place the question names) and its suffix.
"""

from __future__ import annotations

import re

from ..dictionary import frequency, tag
from ..ingest.gazetteer import find_places, is_jiangsu
from . import lexicon as lx
from .opening_zone import opening_zones

_TOWN_SUFFIX_RE = re.compile(lx.TOWN_SUFFIX + r"(?![镇村街级里区])")
# A zone's suffix (高新区, 经开区, 苏锡通园区); not 区域, 区县, 区镇, 区级, 区内.
_ZONE_SUFFIX_RE = re.compile(r"区(?![域县镇街级内外间划长])")
_BOUNDARY_RE = re.compile(r"[^\u4e00-\u9fff]")
# Characters no town's or zone's own name holds: quantifiers and demonstratives (各镇, 全乡, 每个街道) and
# administrative words (乡镇, 城镇, 市区街道).
_GENERIC_CHARS = frozenset("各全每本该这那其此等个市县区省村乡镇城街")
# Administrative characters a town's own name may hold after its first character (周市镇, 新市镇;
# 市区街道 starts with one): generic only where a name would start.
_ADMIN_CHARS = frozenset("市县区省街")  # 街 too: 新街街道, 老街街道
# A preposition or conjunction the question puts before the name (在颜集镇, 和古里镇).
_LEADING = "的在和与及跟同对到"
_PROPER_FLAGS = ("ns", "nr", "nz", "nrt", "nrfg")
_PREPOSITIONS = "的之在和与及跟同对到给向为把从"
# A city's areas that every city has, named by a common noun: 园区, 城区, 开发区 (a zone needs its own name).
_COMMON_ZONES = frozenset("园区 社区 景区 开发区 城区 辖区 库区 港区 市区 小区 片区 厂区 矿区 山区 灾区".split())


def localities(question: str) -> tuple[str, ...]:
    """The towns and zones ``question`` names, in order of appearance."""

    return tuple(dict.fromkeys([*towns(question), *zones(question), *opening_zones(question)]))


def _place_ends(question: str) -> dict[int, str]:
    """Where each Jiangsu place the question names ends, and the form it is named by there."""
    ends: dict[int, str] = {}
    for place in find_places(question):
        for form in dict.fromkeys((place.full, place.name, *place.aliases)):
            i = question.find(form)
            if i >= 0:
                ends.setdefault(i + len(form), form)
    return ends


def towns(question: str) -> tuple[str, ...]:
    """Towns, townships and subdistricts named by their own name (沭阳贤官镇 → 贤官镇); not the common nouns built
    with the same suffixes (重点镇, 建制镇, 各乡镇, 城区街道): a name is two or three characters between a boundary
    and the suffix, and no everyday dictionary word."""
    ends = {m.end() for m in _BOUNDARY_RE.finditer(question)} | {0} | set(_place_ends(question))
    # A suffix character that opens a Jiangsu place the question names is that place's (第8期里镇江: 镇 of 镇江)
    starts = {end - len(form) for end, form in _place_ends(question).items()}
    out = []
    for m in _TOWN_SUFFIX_RE.finditer(question):
        if m.start() in starts:
            continue
        stem = question[max(e for e in ends if e <= m.start()):m.start()]
        if len(stem) == 3 and stem[0] in _LEADING:
            stem = stem[1:]
        if 2 <= len(stem) <= 3 and not _generic(stem) and not _common_word(stem[:2]):  # 特色小镇: a word and 小
            out.append(stem + m.group())
    return tuple(dict.fromkeys(out))


def zones(question: str) -> tuple[str, ...]:
    """A zone named right after its city or county (常州高新区, 淮安经开区, 南通苏锡通园区, 镇江新区): one to four
    characters and 区 that the gazetteer does not know as a district, and no area every city has (城区, 园区)."""
    out = []
    for end, form in sorted(_place_ends(question).items()):
        m = _ZONE_SUFFIX_RE.search(question, end, end + 5)
        if not m or _BOUNDARY_RE.search(question, end, m.start()):
            continue
        stem = question[end:m.start()]
        name = stem + m.group()
        if stem and not is_jiangsu(name) and not any(c in _GENERIC_CHARS for c in stem) and _zone_name(name) \
                and not any(question[end:].startswith(f) for f in _known_forms(question, end)):
            out.append(form + name if len(stem) == 1 else name)  # 镇江新区: 新区 alone names no one zone
    return tuple(dict.fromkeys(out))


def _zone_name(name: str) -> bool:
    """A zone's own name (高新区, 经开区, 苏锡通园区), not a common noun: no dictionary word for an area (开发区,
    工业区, 示范区), nor such a word or 区 after an everyday word (化工园区, 重点园区, 储罐区)."""
    import jieba

    flag = tag(name)
    if flag:
        return flag in _PROPER_FLAGS  # 新区 (ns) of 镇江新区, 高新区 (nr); 开发区 (n) is a common noun
    if name in _COMMON_ZONES:
        return False
    tail = next((z for z in sorted(_COMMON_ZONES, key=len, reverse=True) if name.endswith(z)), "区")
    modifier = name[:-len(tail)]
    # A name is no phrase of everyday words (在重点景区, 给高后果区, 医药高新区): none of its words is a common word;
    # before a common area word (园区, 小区) it is a dictionary name (老旧小区 is no zone, though 老旧 is no word).
    if tail != "区" and tag(modifier) not in _PROPER_FLAGS:
        return False
    return bool(modifier) and modifier[0] not in _PREPOSITIONS and not (
        tag(modifier, "ns") not in _PROPER_FLAGS
        or any(len(w) > 1 and tag(w, "ns") not in _PROPER_FLAGS
               for w in jieba.lcut(modifier, HMM=False)))


def _known_forms(question: str, end: int) -> tuple[str, ...]:
    """Jiangsu places that start at ``end`` (南通|海门区): a district, not a zone."""
    return tuple(p.full for p in find_places(question[end:]) if question[end:].startswith((p.full, p.name)))


def _generic(stem: str) -> bool:
    return stem[0] in _GENERIC_CHARS or any(c in _GENERIC_CHARS - _ADMIN_CHARS for c in stem[1:]) or _common_word(stem)


def _common_word(stem: str) -> bool:
    """An everyday dictionary word (重点, 中心, 示范), not a place's or a person's name (新安, 茅山)."""
    flag = tag(stem)
    return bool(flag) and flag not in _PROPER_FLAGS and frequency(stem) >= 100
