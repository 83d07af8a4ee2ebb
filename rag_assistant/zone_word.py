"""Whether a word names an administrative area or zone (新区, 开发区, 工业园区, 街道, 乡镇).

Used by ``nouns.head_noun``: when jieba cannot place a two-character word after such a word (江北新区赋码, 赋码
is not in its dictionary), the unknown word is the thing or act the question is about, not a segmenter's stray
guess; the area only scopes the question and is never the counted thing.
"""

from __future__ import annotations

# endings of area words: 新区, 开发区, 园区, 街道, 城镇, 乡镇, 县, 市
_ZONE_ENDINGS = ("区", "街道", "镇", "乡", "县", "市")


def is_zone_word(word: str) -> bool:
    """True for a word of two or more characters that ends like an area name (新区, 开发区, 街道)."""
    return len(word) > 1 and word.endswith(_ZONE_ENDINGS)
