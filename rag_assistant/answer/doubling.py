"""A yes/no about how many times a figure doubled (是不是翻了两番) against the text's own count (较去年翻了一番).

翻一番 doubles a figure and 翻两番 quadruples it: a question stating another count of 番 than the text's says no, with
the text's words. Numbers spoken as characters (一, 两, 二, 三, 四) and as digits are both read; the check speaks
only when both the question and the sentence say a count of 番.
"""

from __future__ import annotations

import re

_FAN_RE = re.compile(r"翻了?\s*([一两二三四五六七八九十]|\d+)\s*番")
_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _DIGITS[word]


def other_doubling(question: str, sentence: str) -> str:
    """The text's 翻了一番 when ``question`` states a different count of 番 than ``sentence``; "" otherwise."""
    asked, said = _FAN_RE.search(question), _FAN_RE.search(sentence)
    if not asked or not said or _count(asked.group(1)) == _count(said.group(1)):
        return ""
    return said.group(0).replace(" ", "")
