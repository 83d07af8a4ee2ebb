"""The 市 that closes a county-level city's printed name (东台市, 启东市) names that place, not an administrative
level: scope.province_said reads a level (市级储备多少, 县里) from the question and looks for it in a figure's
sentence and title, and the 市 of 东台市：“四网”联动… stood for the 市 level, so 市级储备多少 was answered by 东台市's
储备…扑火机具860台（套）. A county-level city (东台市, level "county") is no 市 level at all; the city's own name
(南京市) still says the city level, since the city is the actor of its article (南京市将投资5.8亿元). In the question,
a place's 市 before 里 (东台市里储备了多少) names the place, so it asks no level either.
"""

from __future__ import annotations

from ..ingest.gazetteer import find_places


def without_county_names(text: str) -> str:
    """``text`` with the printed names of county-level cities (东台市, 启东市) taken out; a county's own name (沛县)
    still says the county level, as a city's does the city level."""
    for place in find_places(text):
        if place.level != "city" and place.full.endswith("市"):
            text = text.replace(place.full, "")
    return text


def without_place_names(text: str) -> str:
    """``text`` with every printed place name ending in 市 or 县 (南京市, 东台市, 沛县) taken out."""
    for place in find_places(text):
        if place.full[-1] in "市县":
            text = text.replace(place.full, "")
    return text
