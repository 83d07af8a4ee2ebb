"""A zone the question names by its own name with no city before it: 江北新区清退了几台塔吊.

``localities.zones`` reads a zone right after the Jiangsu place that owns it (南京江北新区, 常州高新区); a question
typed by staff of that zone often drops the city. Such a name is read from its shape: it stands at a boundary
(the question's start, a punctuation mark, a preposition) and is a proper place word of the segmenter's
dictionary (江北, ns) followed by a zone word (新区, 开发区, 园区 …). A common word before the zone word (化工园区,
重点园区) is no name. The zone then scopes the answer like a town does: another place's figure is not its figure.
"""

from __future__ import annotations

import re

from ..dictionary import tag
from ..ingest.gazetteer import is_jiangsu

# The words that end a zone's name; longest first so 工业园区 is not read as 工业 + 园区.
_ZONE_WORDS = ("工业园区", "高新区", "经开区", "开发区", "新区", "园区")
_ZONE_RE = re.compile("|".join(_ZONE_WORDS))
# Characters that may stand before a zone's name without being part of it.
_LEAD_RE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[在和与及跟同对到])$")


def opening_zones(question: str) -> tuple[str, ...]:
    """Zones named at a boundary by a proper place word and a zone word (江北新区), in order of appearance."""
    out = []
    for m in _ZONE_RE.finditer(question):
        for n in (3, 2):  # the zone's own name: a two- or three-character place word
            start = m.start() - n
            stem = question[max(start, 0):m.start()]
            if start < 0 or not _LEAD_RE.search(question[:start]):
                continue
            if tag(stem) == "ns" and not is_jiangsu(stem):  # a Jiangsu city's zone is read by localities.zones
                out.append(stem + m.group())
                break
    return tuple(dict.fromkeys(out))
