"""What the briefings do not hold, said truthfully: the one place that writes "没有关于X的报道".

A refusal may only call a name (a place, an organisation, a province) or a topic word absent when no
article in scope names it. Every refusal reason that names something is built here, from the names the
index really lacks, so a reason cannot deny a place or a topic that an article (or a cited source) has.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..ingest.gazetteer import is_jiangsu
from ..nouns import tagged
from . import lexicon as lx
from .conjoined import split_conjoined
from .domain import said
from .library import Library
from .localities import localities

# The proper-name flags of the segmenter: person/brand names (盛虹, 莱恩), other proper nouns, places, bodies.
_PROPER = ("nr", "nrt", "nz", "ns", "nt")
# The words after a proper name that make it an organisation (盛虹集团, 新亚科技, 莱恩精工).
_ORG_SUFFIX_RE = re.compile(r"^(?:集团|公司|有限公司|股份|科技|精工|实业|化工|制药|钢铁|石化|电力|银行)$")
_ADMIN_SUFFIX_RE = re.compile(r"[省市县区]$")
# A town, township or subdistrict named by its own name (新桥镇, 城南街道); not the generic 乡镇/城镇/各乡镇.
_TOWN_RE = re.compile(r"(?![各全城乡村集])[\u4e00-\u9fff]{2,4}" + lx.TOWN_SUFFIX)
# The other provincial-level regions: a closed list (the segmenter also tags words such as 台套 as places).
_OTHER_PROVINCES = frozenset(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 "
    "甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split())


def other_names(question: str, places: Sequence[str]) -> tuple[str, ...]:
    """Names the question asks about that are not Jiangsu places: organisations (盛虹集团) and places
    outside Jiangsu (浙江省, 上海). What they are is the segmenter's reading of the question."""
    words = [w for w in tagged(question) if w[0].strip()]
    out: list[str] = []
    for i, (word, flag, *_rest) in enumerate(words):
        if flag not in _PROPER or len(word) < 2 or is_jiangsu(word) or any(word in p or p in word for p in places):
            continue
        suffix = words[i + 1][0] if i + 1 < len(words) else ""
        if i and len(word) > 2 and word[0] in "和与及跟同":
            word = word[1:]  # 南通和盛虹集团: the segmenter reads 和盛虹 as a name
        elif len(pieces := split_conjoined(word)) > 1 and len(pieces[-1]) >= 2:
            word = pieces[-1]  # 古里镇和支塘镇: the segmenter reads 镇和支塘镇 as a name; the name is 支塘镇
        if _ORG_SUFFIX_RE.match(suffix):
            out.append(word + suffix)
        elif i == 0 and flag != "ns":
            out.append(word)  # 盛虹发放了多少奖金: a bare proper name the question opens with is what it asks about
        elif flag == "ns" and (_outside_jiangsu(word) or _TOWN_RE.fullmatch(word)):
            out.append(word)  # 浙江省; 新桥镇: a town asked by name is a place of its own, not its county's figure
    out.extend(t for t in localities(question) if not any(t in o or o in t for o in out))
    return tuple(dict.fromkeys(out))


def _outside_jiangsu(word: str) -> bool:
    """Another province (浙江省, 上海), or a city or county outside Jiangsu named with its suffix (杭州市)."""
    bare = _ADMIN_SUFFIX_RE.sub("", word)
    return bare in _OTHER_PROVINCES or (bare != word and len(bare) >= 2 and not is_jiangsu(bare) and not is_jiangsu(word))


def _forms(name: str) -> tuple[str, ...]:
    """A name with and without its administrative suffix (浙江省 → 浙江)."""
    bare = _ADMIN_SUFFIX_RE.sub("", name)
    return (name, bare) if len(bare) >= 2 and bare != name else (name,)


def named_in_scope(name: str, library: Library, sources: Sequence[str] | None) -> bool:
    """Whether some article in scope names ``name`` (title, table-of-contents line or text)."""
    return any(library.mentioning(form, sources) for form in _forms(name))


def absent(names: Sequence[str], library: Library, sources: Sequence[str] | None = None) -> list[str]:
    """The names no article in scope names at all."""
    return [n for n in dict.fromkeys(names) if not named_in_scope(n, library, sources)]


def _where(scope: str) -> str:
    return (f"{scope}中" if scope.endswith("专刊") else f"{scope}的简报中") if scope else "已索引的简报中"


def _widest(terms: Sequence[str]) -> list[str]:
    """Topic words without those another word contains (核电站 keeps, 核电 and 电站 go)."""
    return [t for t in dict.fromkeys(terms) if len(t) > 1 and not any(t != u and t in u for u in terms)]


def _unsaid(terms: Sequence[str], library: Library, sources: Sequence[str] | None) -> list[str]:
    """The topic words that no article in scope says."""
    texts = [re.sub(r"\s+", "", f"{e.title}{e.article.text}").lower() for e in library.in_scope(sources)]
    return [t for t in _widest(terms) if not any(t.lower() in text or said(t.lower(), text) for text in texts)]


def absence_reason(names: Sequence[str], terms: Sequence[str], library: Library,
                   sources: Sequence[str] | None = None, scope: str = "") -> str:
    """Why nothing answers: the names no article in scope names (没有关于镇江的报道); else, for names the
    briefings do have, that they have them and which asked words none of their articles says; else
    that no article says the asked words together. Never calls absent what an article in scope names."""
    where = _where(scope)
    missing = absent(names, library, sources)
    if missing:
        return f"{where}没有关于{'、'.join(missing)}的报道。"
    present = "、".join(dict.fromkeys(names))
    has = f"{where}有关于{present}的文章，但" if present else where
    unsaid = _unsaid(terms, library, sources)
    if unsaid:
        return f"{has}没有与「{'、'.join(unsaid)}」相关的内容。"
    return f"{has}未找到同时谈到所问各项内容的记载。" if present else f"{where}未找到与所问内容相关的记载。"


# What a model's text says the briefings lack: 没有关于X的记载, 未找到与X相关的内容, 资料中无X的报道.
_DENIAL_RE = re.compile(r"(?:没有|未找到|未发现|未提及|未涉及|不包含|并无|无)(?:任何)?(?:关于|与)?「?"
                        r"(?P<x>[^，。；！？,;!?\s「」“”《》（）()]{2,16}?)」?(?:的|相关|有关)(?:相关|有关)?的?"
                        r"(?:记载|内容|报道|信息|资料|文章|数据|介绍|说明)")
_NAME_SPLIT_RE = re.compile(r"[、和及与或/]")


def false_denials(text: str, library: Library, sources: Sequence[str] | None = None) -> list[str]:
    """The names a (model's) answer calls absent that an article in scope names: such a reason is false."""
    names = [n for m in _DENIAL_RE.finditer(text or "") for n in _NAME_SPLIT_RE.split(m.group("x").removeprefix("关于"))
             if len(n) >= 2 and not n.startswith(("所问", "这", "此", "该", "相关", "上述"))]
    return [n for n in dict.fromkeys(names) if named_in_scope(n, library, sources)]


def denial_notice(names: Sequence[str]) -> str:
    """Why a model's answer that denies what the briefings hold is replaced."""
    return f"大模型的回答否认了简报中确有的内容（{'、'.join(names)}），已改用离线抽取式回答。"
