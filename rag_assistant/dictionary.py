"""jieba's dictionary read one word at a time: a word's part-of-speech tag and its frequency.

The answer stage asks these of single words in many places (is 整治 a verb, is 开发区 a common noun, does the
dictionary know 上播). They are read here, from the tables jieba already holds (the compact ones of
``index/lexicon.py`` once installed), so no module reaches into jieba's internals itself. jieba is imported
inside the functions: importing ``jieba.posseg`` before the compact tables are installed would parse the whole
dictionary into a second word → tag dict.
"""

from __future__ import annotations


def tag(word: str, default: str = "") -> str:
    """The dictionary's part-of-speech flag of ``word`` (整治 → v, 南通 → ns); ``default`` when it has none.
    jieba.posseg holds its table from import on, so no initialize() is needed (it would cost 0.7 s uncached)."""
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab.get(word, default)


def frequency(word: str) -> int:
    """The dictionary frequency of ``word``; 0 when the dictionary lacks it."""
    import jieba

    jieba.initialize()
    return jieba.dt.FREQ.get(word) or 0


def known(word: str) -> bool:
    """Whether the dictionary has ``word``."""
    return frequency(word) > 0
