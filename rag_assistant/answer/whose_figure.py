"""Whose figure it is, when the answer's figure belongs to a place nested in (or around) the asked one.

泰州划了多少个工业巡查单元 is answered by 泰州靖江市依托…将全市13个镇街（园区）共划分工业巡查单元268个: the
figure is 靖江市's (a county-level city of 泰州), not 泰州's, and the clause the answer quotes (镇街（园区）共划分
工业巡查单元 268 个) no longer says so; only the cited title does. This module reads the figure's own place —
the last Jiangsu place the source sentence names before the quoted clause, else the last one of the article's
title — and, when that place sits inside an asked city (or is the city around an asked county), gives a short
note naming it. A question asking about the place itself (靖江划了多少个…) gets no note.
"""

from __future__ import annotations

from typing import Sequence

from ..ingest.gazetteer import Place, find_places


def _label(place: Place) -> str:
    """泰州靖江市 for a county or district, 泰州市 for a city."""
    return place.full if place.level == "city" else f"{place.city}{place.full}"


def _owner(sentence: str, clause: str, title: str) -> Place | None:
    """The place the figure of ``clause`` belongs to: the nearest one named before it in ``sentence``, else
    the title's last place (the article's own place)."""
    at = sentence.find(clause)
    before = sentence[:at] if at >= 0 else ""
    if named := find_places(before):
        return named[-1]
    named = find_places(title or "")
    return named[-1] if named else None


def owner_note(asked: Sequence[str], sentence: str, clause: str, title: str) -> str:
    """``（该数字为泰州靖江市的）`` when the figure's own place is not the asked one but nested with it; else ''."""
    if len(asked) != 1 or find_places(clause):
        return ""  # several places asked, or the quoted clause names its own place already
    asked_places = find_places(asked[0])
    owner = _owner(sentence, clause, title)
    if not asked_places or owner is None:
        return ""
    want = asked_places[-1]
    if owner.full == want.full:
        return ""  # the asked place's own figure
    county_in_city = want.level == "city" and owner.level != "city" and owner.city == want.city
    city_for_county = want.level != "city" and owner.level == "city" and want.city == owner.city
    return f"（该数字为{_label(owner)}的）" if county_in_city or city_for_county else ""
