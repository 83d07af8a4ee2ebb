"""A place name the segmenter glued onto the noun after it is two words: the place and the noun.

jieba's dictionary holds compounds such as 苏州企业 (tagged nz): in 苏州企业建成体验馆的有多少家 the question asks
about 企业 in 苏州, but read as one word the counted thing becomes "苏州企业", which no briefing sentence names
(it says 苏州 … 105家企业体验馆), so the answer was refused. A noun word that opens with a Jiangsu place name
and whose rest is itself a noun word is split here into (place, ns) and (rest, its tag); the place then scopes
the question like any place word does. A word that is itself a place (苏州工业园区) is kept whole.
"""

from __future__ import annotations

from functools import lru_cache

# administrative suffixes: a rest opening with one is part of the place name (苏州市区), not a noun of its own
_ADMIN_HEADS = tuple("市县区镇乡省街村")


@lru_cache(maxsize=8192)
def split_place_word(word: str, flag: str) -> tuple[tuple[str, str], ...]:
    """``((word, flag),)``, or the place prefix and the noun rest when ``word`` is such a glued compound."""
    if len(word) < 4 or flag not in ("n", "nz"):  # organisations (nt: 南京大学) keep their names whole
        return ((word, flag),)
    import jieba.posseg

    from .ingest.gazetteer import is_jiangsu

    if is_jiangsu(word):
        return ((word, flag),)
    # the longest place prefix that leaves a noun of at least two characters
    for k in range(len(word) - 2, 1, -1):
        rest = word[k:]
        if not is_jiangsu(word[:k]) or rest.startswith(_ADMIN_HEADS):
            continue
        cut = [(w.word, w.flag) for w in jieba.posseg.cut(rest)]
        if len(cut) == 1 and cut[0][1].startswith("n") and cut[0][1] not in ("ns", "nr"):
            return ((word[:k], "ns"), cut[0])
    return ((word, flag),)
