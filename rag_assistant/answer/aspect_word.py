"""A place's articles an open question keeps when it names its aspect by a distinctive word (南通小场所治理咋做的):
only those that say such a word, when any of the place's articles does.

targets.target_entries ranks a place's articles by the asked words their title and sentences hold; a common
word in a title (治理 of 专项治理行动) then scores an article on other things as high as the one whose sentences
say the asked thing (社会面小场所), and aspect_keep.treats_aspect measures the others against that best-scored
article. A distinctive word (one fewer than about one article in seven says) the question asks by is its aspect:
an article of the place that never says it (nor a word of its class, near_words: 全民 for 群众) is not about it,
whatever common words it shares.
"""

from __future__ import annotations

from typing import Sequence

from .aspect_keep import _DISTINCTIVE_IDF
from .library import Entry
from .match import Weights
from .near_words import said_near


def saying_aspect(entries: Sequence[Entry], pool: Sequence[Entry], terms: Sequence[str], weights: Weights) -> list[Entry]:
    """``entries`` without those that say none of the distinctive ``terms`` that some article of ``pool``
    (the place's articles) says; ``entries`` as they are when no article says one."""
    words = [t for t in terms if len(t) > 1 and weights.of(t) >= _DISTINCTIVE_IDF]

    def says(e: Entry) -> bool:
        text = (e.title + e.article.text).lower()
        return any(said_near(t, text) for t in words)  # 群众 said as 全民 counts (near_words)

    if not words or not any(says(e) for e in pool):
        return list(entries)
    return [e for e in entries if says(e)] or list(entries)
