"""A compound head said apart in the text: the question's 区县配套方案 is counted by 配套出台区县方案 10 个.

The segmenter keeps some two-word compounds (配套方案, 专项资金) as one dictionary word, so the head noun of the
asked measure is the whole compound and a text that puts a verb or a modifier between its two words (配套 +
出台区县 + 方案) never says the head as one string. Read by ``counted.counts_measure``: the head is named when
each of its dictionary words is said, in order, within one clause and a few characters of each other."""

from __future__ import annotations

import re
from functools import lru_cache

# At most this many characters between the compound's two words (配套出台区县方案: 4).
_GAP = 6
_CLAUSE_END_RE = re.compile(r"[，,。；;：:！!？?]")


@lru_cache(maxsize=512)
def _compound_words(head: str) -> tuple[str, str] | None:
    """The two dictionary words of the compound ``head`` (配套方案 → 配套, 方案), or None for a head that is no
    compound of two words of two or more characters. Cached: the same asked head is checked against every
    candidate sentence of one question."""
    import jieba  # loaded lazily, as everywhere in the package, to keep the cold start short

    words = [w for w in jieba.lcut(head, HMM=False) if w.strip()]
    if len(words) == 1:
        words = [w for w in jieba.lcut_for_search(head) if w != head and len(w) > 1]
        if len(words) != 2 or words[0] + words[1] != head:
            return None
    if len(words) != 2 or any(len(w) < 2 for w in words):
        return None
    return words[0], words[1]


def head_said_apart(head: str, text: str) -> bool:
    """Whether the two dictionary words of the compound ``head`` occur in ``text`` in order, in one clause,
    separated by at most a few characters; False for a head that is no compound of two words."""
    words = _compound_words(head)
    if words is None:
        return False
    first, second = (re.escape(w) for w in words)
    return any(not _CLAUSE_END_RE.search(m.group(0))
               for m in re.finditer(rf"{first}(?:(?!{first}).){{1,{_GAP}}}?{second}", text))
