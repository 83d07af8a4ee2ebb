"""Titles of the other articles an across-places open answer reads, which say the asked topic too.

A question that names no place (大型活动安全保障有啥经验) is answered by every article on its topic, and its words
come from the topic as the articles' titles put it: 保障 is a word of 金湖's title (“四个在前”做好荷花节大型活动
安全保障). In 盱眙's article (“三个一律”护航龙虾节大型活动安全) 保障 is said only by the body of its third
point (各类保障力量), so the answer was narrowed to that point although the question asks 盱眙's whole
practice. A word the title of another article of the same answer says is a word of the topic, not a part of
this article: it is read as said by the title, as the article's own title words are.
"""

from __future__ import annotations

from typing import Sequence

from ..types import Intent
from .library import Entry


def co_titles(entries: Sequence[Entry], entry: Entry, intent: Intent) -> str:
    """The other answered articles' titles when the answer goes across places over several articles, else ""."""
    if intent.places or len(entries) < 2:
        return ""
    return "".join(e.title for e in entries if e is not entry)
