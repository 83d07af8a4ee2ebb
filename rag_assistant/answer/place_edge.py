"""A place named at either edge of the counted noun phrase (句容A级景区多少家, A级景区句容一共有多少, 金坛锂电企业多少家)
scopes the figure; it is no part of the thing counted. The tagger reads a county or district name (句容, 金坛) as
part of the noun, so the measure became 句容A级景区 and the text's own noun (有Ａ级旅游景区23家, whose sentence names
句容市 one clause before) no longer named it, while a sentence repeating the place by the noun (句容市已完成19家A级
景区安全复查) did. The scope checks judge the place (stated.scope_unmet); the measure keeps only the noun.
"""

from __future__ import annotations

from ..ingest.gazetteer import find_places, is_jiangsu


def without_place_edge(phrase: str) -> str:
    """``phrase`` without a Jiangsu place name (bare or full) opening or ending it; the phrase itself when the place
    is all of it or it names none at an edge."""
    for place in find_places(phrase):
        for name in sorted({place.full, place.name}, key=len, reverse=True):  # 句容市 before 句容
            if phrase.startswith(name) and len(phrase) > len(name):
                return phrase[len(name):]
            if phrase.endswith(name) and len(phrase) > len(name):
                return phrase[:-len(name)]
    return phrase


def only_place(phrase: str) -> bool:
    """Whether ``phrase`` is one Jiangsu place name and nothing else (六合 of 六合还有几处没整改): the scope of the
    question, never the thing its question word counts."""
    return is_jiangsu(phrase)
