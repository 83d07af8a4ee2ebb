"""A place asked of a table of places that has no row for it, and with no record of its own on the topic.

2025年第30期 prints 部分设区市岁末年初安全检查情况 with rows for 南京市, 苏州市, 南通市 and 盐城市 (检查重点 …).
无锡岁末年初检查重点是啥 asks a row the table does not have; without this check the answer listed whatever
无锡's own articles say about 检查 and 重点 (宜兴's kiln campaign), which is not what was asked. The reason
read here is true of the index: the table whose title and header say every topic word of the question lists
these places and not the asked one, and no article naming the asked place says those words either. The asked
place's own row, or its own article on the topic, leaves the question to the usual path (苏州 is answered).
"""

from __future__ import annotations

from ..ingest.gazetteer import find_places, is_jiangsu
from ..types import Intent
from .library import Entry, Library
from .tables import ADMIN_SUFFIX_RE, CELL

_KINDS = ("open", "figure")


def _labels(entry: Entry) -> list[str]:
    """The first cells of the article's table lines (the header line's first cell included)."""
    return [line.split(CELL)[0].strip() for line in entry.article.text.splitlines() if CELL in line]


def _bare(name: str) -> str:
    return ADMIN_SUFFIX_RE.sub("", name)


def rowless_place_reason(intent: Intent, library: Library) -> str | None:
    """Why the one asked place's figure is not given: the place table on the topic lacks its row; else None."""
    if intent.kind not in _KINDS or len(intent.places) != 1 or intent.names or not intent.topic:
        return None
    place = intent.places[0]
    asked = find_places(place)
    if not asked:
        return None
    terms = [t for t in intent.topic if len(t) >= 2]
    pool = library.in_scope(intent.sources)
    if any(e.mentions(place) and all(t in e.article.text or t in e.title for t in terms) for e in pool):
        return None  # the place's own article says the topic
    for entry in pool:
        labels = _labels(entry)
        head = next((line for line in entry.article.text.splitlines() if CELL in line), "")
        rows = [label for label in labels[1:] if is_jiangsu(label)]
        if len(rows) < 2 or not all(t in entry.title + head for t in terms):
            continue
        if any(_bare(r) == _bare(asked[0].name) or r in (asked[0].full, asked[0].name) for r in rows):
            return None  # the place has its row
        where = f"{library.describe(entry.briefing)}《{entry.title}》"
        return (f"{where}只列出{'、'.join(rows)}的情况，没有{place}的一行；"
                f"简报中也没有{place}这方面的其他记载。")
    return None
