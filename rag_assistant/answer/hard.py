"""What made a practice hard (难在哪, 有啥难点, 碰到啥难题): when the article names no difficulty where the
question points, the difficulty is its setting — the sentences before its first point that say what the place
faces (苏州全市有80902家生产企业…风险点多、线长、面广; 宿迁市现有电动自行车约142万辆), which an open answer
otherwise leaves out as context."""

from __future__ import annotations

from typing import Sequence

from ..ingest.gazetteer import find_places
from ..text import sentence_spans
from .enumeration import ACTION, STOP, strip_span
from .line import Line, clip
from .points import Point

MAX_SETTING = 3


def setting_lines(text: str, points: Sequence[Point]) -> list[Line]:
    """The sentences of ``text`` before its first point that state a setting, not a deed (no action verb);
    the opening title line is not one. At most MAX_SETTING, in text order."""
    if not points:
        return []
    end = points[0].start
    spans = [s for s in (strip_span(text, a, min(b, end)) for a, b in sentence_spans(text) if a < end) if s[0] < s[1]]
    spans = [(a, b) for a, b in spans if b - a >= 8 and STOP.search(text, a, min(b + 1, len(text)))
             and not ACTION.search(text, a, b)]
    return [Line(clip(" ".join(text[a:b].split()).rstrip("。；")), ((a, b),)) for a, b in spans[:MAX_SETTING]]


def local_lines(text: str, title: str, places: Sequence[str]) -> list[Line]:
    """A place asked about that the article's title does not name but its text does (海安 in 南通's 六化
    article: 如海安市对考取中级注安师…补助4000元) is one part of the article: the sentences that name it.
    [] when every asked place is the article's own, or the text does not name it. The prefecture of the
    county or district the title names (无锡 for 江阴市's article, which says 无锡江阴市 once) is no part of
    it either: the whole article is that city's."""
    above = {t.city for t in find_places(title) if t.level != "city"}
    local = [p for p in places if p not in title and p in text and p.removesuffix("市") not in above]
    if not local or len(local) < len(places):
        return []
    spans = [(a, b) for a, b in sentence_spans(text) if any(p in text[a:b] for p in local) and b - a >= 8]
    return [Line(clip(" ".join(text[a:b].split()).rstrip("。；")), ((a, b),)) for a, b in spans]
