"""Scopes a question states in words that a figure's sentence must state too: the whole year (全年) and not a
quarter, a whole prefecture (全市) and not one of its districts, a total that includes a named subset (连已停产的
算上), and for a dated event its year and the occasion that names it (国庆 vs 清明 假期). A figure that fails one
does not answer its part; the answer becomes partial (简报未给出…；关于…，简报提到：…) with the nearest sentence."""

from __future__ import annotations

from typing import Sequence

from ..ingest.gazetteer import Place
from ..numbers import Figure
from ..types import Briefing
from . import lexicon as lx
from .own_noun import inclusion_unmet
from .scope import part_of_asked_year, sub_city_figure
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
        return (part_of_asked_year(question, said, clause) or inclusion_unmet(part_text, sentence, window)
                or festival_unmet(part_text, sentence, f"{title} {said}"))
    if wants != "date":
        return False
    years = {int(y) for y in lx.YEAR_RE.findall(question)}
    before = sentence[max(sentence.rfind("，", 0, f.start), 0):f.start]
    year = event_year(f.surface, before, briefing.date, briefing.year)
    if years and year is not None and year not in years:
        return True  # 2025年…会议几号开的 is not answered by a 2026 issue's 3月18日，…会议召开
    return other_event(part_text, terms, f"{sentence} {title}")  # 国庆假期…会议 is not answered by 4月28日，…“五一”假期…会议
