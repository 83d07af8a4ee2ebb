"""Scopes a question states in words that a figure's sentence must state too: the whole year (全年) and not a
quarter, a whole prefecture (全市) and not one of its districts, a total that includes a named subset (连已停产的
算上), and for a dated event its year and the occasion that names it (国庆 vs 清明 假期). A figure that fails one
does not answer its part; the answer becomes partial (简报未给出…；关于…，简报提到：…) with the nearest sentence."""

from __future__ import annotations

import re
from typing import Sequence

from ..ingest.gazetteer import Place
from ..numbers import Figure
from ..types import Briefing
from . import lexicon as lx
from .absence import other_names
from .own_noun import included, inclusion_unmet
from .part_scope import scope_words
from .data_year import to_date_for_whole_year
from .scope import part_of_asked_year, sub_city_figure, whole_year_for_part
from .times import event_year, festival_unmet, other_event


def scope_unmet(question: str, part_text: str, terms: Sequence[str], places: Sequence[Place], titled: Sequence[Place],
                briefing: Briefing, title: str, said: str, sentence: str, f: Figure, clause: str, window: str, wants: str) -> bool:
    """Whether figure ``f`` of ``sentence`` fails a scope the question states. ``said`` is the article (its title
    too) up to the figure's paragraph and the figure; ``clause`` its own clause; ``title``, ``titled``
    the article's title and places."""
    if sub_city_figure(question, places, titled, clause):
        return True  # 苏州全市 is not answered by 苏州市吴江区's 全区纺织企业…下降38.5%
    if wants == "figure":
        # 全年同比下降多少 is not answered by 今年一季度…同比下降42.5%; 连已停产的算上 not by 126家 (stopped ones unsaid)
        # 清明假期接待了多少游客 is not answered by 今年春节假期，…共接待游客112.6万人次: the holiday differs
        # a part naming its own period (…全年计划改造多长，一季度完成了多少公里) is not in another part's 全年
        whole = scope_words(question, part_text)  # a later part's period is its own (part_scope.py)
        return (part_of_asked_year(whole, said, clause) or whole_year_for_part(whole, clause) or inclusion_unmet(part_text, sentence, window)
                or festival_unmet(part_text, sentence, f"{title} {said}") or later_issue_unmet(question, briefing, said)
                or to_date_for_whole_year(whole, said, clause, briefing.date))  # 全年 asked: not 今年以来 of an October issue
    if wants != "date":
        return False
    years = {int(y) for y in lx.YEAR_RE.findall(question)}
    before = sentence[max(sentence.rfind("，", 0, f.start), 0):f.start]
    year = event_year(f.surface, before, briefing.date, briefing.year)
    if years and year is not None and year not in years:
        return True  # 2025年…会议几号开的 is not answered by a 2026 issue's 3月18日，…会议召开
    return other_event(part_text, terms, f"{sentence} {title}")  # 国庆假期…会议 is not answered by 4月28日，…“五一”假期…会议


# How a later issue names the year before its own (去年, 上年) or two before (前年).
_YEARS_BACK = {back: tuple(w for w, k in lx.RELATIVE_YEARS.items() if k == -back) for back in (1, 2)}


# A time a paragraph dates its figure by inside the issue's own year: 今年, 截至3月15日, 1至2月, 一季度, 春节期间.
_DATED_RE = re.compile(r"今年|本年|截至|截止|(?<![0-9])(?:1[0-2]|[1-9])月|[一二三四五六七八九十]{1,2}月|季度|上半年|春节|元旦|清明")


def later_issue_unmet(question: str, briefing: Briefing, said: str) -> bool:
    """Whether a question asking a year's figure (2025年句容完成了多少家复查) meets a figure of a later year's issue
    whose paragraph dates it by a time of the issue's year and states none of the asked years (截至3月15日，句容市
    已完成19家, in 2026年第10期): that is the issue's own year's figure. A January or February issue may sum up the year before without naming it."""
    asked = {int(y) for y in lx.YEAR_RE.findall(question)}
    if not asked or not briefing.year or briefing.year <= max(asked):
        return False
    month = int(briefing.date[5:7]) if briefing.date and briefing.date[5:7].isdigit() else None
    if month and month <= 2 and briefing.year - 1 in asked:
        return False
    compact = re.sub(r"\s+", "", said)
    if not _DATED_RE.search(compact):
        return False  # 现有企业158家: a figure its paragraph does not date may be of any year up to the issue's
    return not any(f"{y}年" in compact or any(w in compact for w in _YEARS_BACK.get(briefing.year - y, ()))
                   for y in asked)


# A named town or street (盛泽镇, 丁蜀镇, 新安街道), not a kind of one (重点镇, 各镇, 特色小镇, 城区街道, 乡镇).
_TOWN_NAME_RE = re.compile(r"(?![各全城乡村集重其小])[\u4e00-\u9fff]{2,3}(?<![小点区乡城村])" + lx.TOWN_SUFFIX)
_TOWN_SUFFIX_RE = re.compile(lx.TOWN_SUFFIX)


def asked_towns(question: str, article: str) -> list[str]:
    """The towns a question names that the article names too: the segmenter splits a town it does not know
    (古里 镇), so each town suffix is read with the two or three characters before it that the article says."""
    out = []
    for m in _TOWN_SUFFIX_RE.finditer(question):
        names = (question[m.start() - n:m.end()] for n in (3, 2) if m.start() >= n)
        if town := next((t for t in names if _TOWN_NAME_RE.fullmatch(t) and t in article), ""):
            out.append(town)
    return out


def asked_units(question: str, article: str) -> list[str]:
    """The towns and the named organisations (联盛科技, 新亚科技) a question asks about that the article names: each is
    a unit of its own the article tells apart from the whole (its city, the other firms)."""
    towns = asked_towns(question, article)
    # a place outside Jiangsu (淮南市, the body's spelling of 淮安) is the article's own place, not a unit apart
    return towns + [n for n in other_names(question, ()) if n in article and not any(n in t or t in n for t in towns)
                    and not re.search(r"[省市县区]$", n)]


def _other_named(name: str, sentence: str) -> bool:
    """Whether a sentence names another organisation of the asked one's kind (联盛科技… for 新亚科技): the figures
    it gives are that one's, though the sentence before named the asked one."""
    kind = name[-2:]
    return not lx.TOWN_RE.fullmatch(name) and any(m != name for m in re.findall(rf"[\u4e00-\u9fff]{{2}}{kind}", sentence)) \
        and not _TOWN_SUFFIX_RE.search(kind)


def town_unsaid(question: str, article: str, title: str, sentence: str, near: str, clause: str) -> bool:
    """Whether a figure is offered for an asked town that its article names (其中盛泽镇8700余家, a table row 丁蜀镇…)
    but its own clause does not: the article tells the town apart from the whole, so a figure said without it
    (隐患整改率达96.4%, 累计发放补助资金1860万元) is the whole's. A sentence that does not name the town counts for
    it only when the sentence before it or its point's lead does (丁蜀镇…。全镇…); an article titled with the town
    speaks of it throughout, as does a sentence or table row that opens with it (新街街道	74	530	…淘汰燃气窑炉40台).
    A named organisation is read the same way (联盛科技…累计排查隐患678条 is not the city's 已发放奖励金额23.47万元)."""
    return any((t in sentence or t not in near or _other_named(t, sentence)) for t in asked_units(question, article)
               if not included(question, t) and t not in title and t not in clause and not sentence.lstrip().startswith(t)
               and not subject_of_chain(t, sentence, clause))


# Words between a unit and a later clause that start another scope: a whole (全省), a subset (其中), a total row, or
# a sentence break.
_SCOPE_BREAK_RE = re.compile(r"全(?:省|市|区|县|镇)|其中|合计|总计|[。；;]")


def subject_of_chain(unit: str, sentence: str, clause: str) -> bool:
    """Whether ``unit`` is the subject said once for a chain of clauses that goes on to ``clause`` (全省各级安委会成员
    单位共派出检查组4260个，检查企业和场所3.2万家次，排查整治隐患11.6万处: the later clauses are 安委会's too): the
    unit comes before the clause in the sentence and nothing between starts another scope or names another unit
    of its kind (其中盛泽镇…, 全区…, 联盛科技…)."""
    at, where = sentence.find(unit), sentence.find(clause) if clause else -1
    if at < 0 or where < 0 or at + len(unit) > where:
        return False
    between = sentence[at + len(unit):where]
    return not _SCOPE_BREAK_RE.search(between) and not lx.TOWN_RE.search(between) and not _other_named(unit, between)
