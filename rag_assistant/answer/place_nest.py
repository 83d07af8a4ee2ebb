"""Places a question names, with a city folded into a county or district of it that is named too.

泰州船舶整治泰兴市排查隐患和已整改分别是多少: 泰州 only says where 泰兴 is, so the question asks about ONE
place, and its parts share one scene (the second part, 已整改, is 泰兴's too). Two places side by side
(靖江市和泰兴市, 南通…宿迁呢) stay two."""

from __future__ import annotations

from typing import Iterable

from ..ingest.gazetteer import city_of


def _city_of(name: str) -> str | None:
    """The prefecture of a county or district ``name`` (滨海 → 盐城); None for a city or an unknown name."""
    city = city_of(name)
    return city if city and city != name.removesuffix("市") else None


def unnested(places: Iterable[str]) -> set[str]:
    """``places`` without a city whose own county or district is among them (泰州, 泰兴 → {泰兴})."""
    named = set(places)
    inner_cities = {c for p in named if (c := _city_of(p))}
    return {p for p in named if p not in inner_cities}
