"""A bare pointer to a town (宜兴那个镇排查了多少处隐患) picks no town when the article names several.

A demonstrative town noun (那个镇, 这个街道) that no relative clause picks (推行一窑一码的那个镇 is picked, see
pointed_place.py) means "the town you know", whether it is the asked verb's subject (那个镇排查了) or scopes the
counted noun (那个镇燃气窑炉企业); the question then asks one town's figure. When the article names two or more towns (a table of 丁蜀镇, 周铁镇, 新街街道) the pointer
is ambiguous, and a figure of the whole (宜兴 共排查隐患3470处) or of any one row is not an answer to it. When the
article names no town the pointer is the article's own place, and nothing is refused here.
"""

from __future__ import annotations

import re

# 那个镇 / 这个街道 not right after 的 (a clause before it would pick the town)
# (那个镇街…工作指引 names a document about towns and streets in general, 镇级 a level: neither is a pointer)
_BARE_TOWN_RE = re.compile(r"(?<!的)(?:那|这)(?:个|一个)?(?:镇|乡|街道)(?![街级])")
# a named town in an article: two characters that are no quantifier or scope word, then 镇/街道
_NAMED_TOWN_RE = re.compile(r"(?:(?![几个多少有是在和的各全每重点其小城乡村该本])[\u4e00-\u9fff]){2}(?:镇|街道)")


def ambiguous_town_pointer(question: str, article: str) -> bool:
    """Whether ``question`` points at a town with a bare 那个镇 in an article naming two or more towns."""
    return bool(_BARE_TOWN_RE.search(question)) and len(set(_NAMED_TOWN_RE.findall(article))) >= 2
