"""The inner head of an asked noun whose last character the segmenter left alone: 监测点位 is cut 监测点|位,
so the head word read from it is the whole phrase, and 探测点位 / 感知点位 (the same 点位 counted by another
instrument word) never names it. When the word before the lone character is a known word plus one character
(监测 + 点) and that character with the lone one is a known word too (点位), the thing counted is that word;
the rest (监测) only says which kind. 消防安全|员 stays whole: 消防安 is no word, so 全员 is no regrouping.
counted.py reads the asked head with it."""

from __future__ import annotations

from functools import lru_cache

from ..dictionary import known


@lru_cache(maxsize=2048)
def inner_head(head: str) -> str:
    """点位 of 监测点位, 站点 of 监测站点; "" when the last word is not a lone suffix character regrouped."""
    import jieba

    words = [w for w in jieba.lcut(head) if w.strip()]
    if len(words) < 2 or len(words[-1]) != 1 or len(words[-2]) < 3:
        return ""
    modifier, joined = words[-2][:-1], words[-2][-1] + words[-1]
    return joined if known(modifier) and known(joined) else ""
