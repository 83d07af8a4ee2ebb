"""A follow-up that points at a town with a bare 那个镇 / 这个街道 means the one town the previous turn named.

宜兴丁蜀镇燃气窑炉企业有多少家 → 那个镇排查了多少处隐患: the pointer names 丁蜀镇. Without this reading the pronoun
is dropped and the bare class noun is glued to the carried city (宜兴镇排查了…), which asks the city's figure.
Only a pointer whose class noun (镇/乡/街道) ends exactly one town named in the previous turn is replaced; with
none or several the question is left as it is (bare_pointer.py then reads the ambiguity).
"""

from __future__ import annotations

import re

# 那个镇 / 这个街道 / 该镇, not right after 的 (a clause before it picks the town) and not 镇街/镇级 (a level).
_POINTER_RE = re.compile(r"(?<!的)(?:(?:那|这)(?:个|一个)?|该)(?P<noun>镇|乡|街道)(?![街级])")
# A named town: two characters that are no quantifier or scope word, then its class noun.
_NAMED_RE = re.compile(r"(?:(?![几个多少有是在和的各全每重点其小城乡村该本那这])[\u4e00-\u9fff]){2}(?:镇|乡|街道)")


def named_town(question: str, previous: str) -> str:
    """``question`` with its bare town pointer replaced by the single town of that class ``previous`` names."""
    m = _POINTER_RE.search(question)
    if not m:
        return question
    towns = {t for t in _NAMED_RE.findall(previous) if t.endswith(m.group("noun"))}
    if len(towns) != 1:
        return question
    return question[:m.start()] + towns.pop() + question[m.end():]
