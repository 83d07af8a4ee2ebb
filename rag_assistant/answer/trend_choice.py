"""A choice between two directions of change (是下降还是上升, 增长了还是减少了, 涨了还是降了, 多了还是少了):
the answer leads with the direction the cited text states for the asked figure (下降), then the sentence.

Such a question reads as a figure question (the measure it names, 死亡人数, is a quantity), so without this the
answer gives the figure and its sentence but never says which of the two directions holds. The direction is the
change word the text states after the cited figure (死亡894人，同比分别下降11.2%和8.7% → 下降; 立案处罚 1.27万起
下降4.1% → 下降), else the first one of the clause; none when the text states no change (then nothing is led).
"""

from __future__ import annotations

import re

from .directions import COLLOQUIAL_FALL, COLLOQUIAL_RISE, FALL, GAIN, LEVEL_RISE, SHORT_FALL, SHORT_RISE, alternation

# The two directions as a question says them: written, colloquial and one-character forms.
_UP = alternation(LEVEL_RISE, GAIN, COLLOQUIAL_RISE, SHORT_RISE)
_DOWN = alternation(FALL, COLLOQUIAL_FALL, SHORT_FALL)
_WRITTEN_UP, _WRITTEN_DOWN = alternation(LEVEL_RISE, GAIN), alternation(FALL)
# 是A还是B with A and B the two directions, in either order (是增长还是下降, 涨了还是降了, 比去年多了还是少了).
_CHOICE_RE = re.compile(rf"(?:{_UP})了?(?:呢)?[，,]?还是(?:{_DOWN})了?|(?:{_DOWN})了?(?:呢)?[，,]?还是(?:{_UP})了?")
# The direction a text states: only the written change words (a bare 多/少 in the text is no change).
_SAID_RE = re.compile(rf"({_WRITTEN_UP})|({_WRITTEN_DOWN})")

# The change phrase around the direction word, to show when the cited clause lacks it (同比分别下降11.2%和8.7%).
_PHRASE_RE = re.compile(rf"(?:同比|比上年|较上年|比去年|较去年|环比)?(?:分别)?(?:{_WRITTEN_UP}|{_WRITTEN_DOWN})"
                        r"(?:\d+(?:\.\d+)?(?:%|％|个百分点)?(?:[和、]\d+(?:\.\d+)?(?:%|％)?)*)?")


def _phrase_start(text: str, at: int) -> int:
    """Where the change phrase of the direction word at ``at`` begins (its 同比/分别 included)."""
    m = re.search(r"(?:同比|比上年|较上年|比去年|较去年|环比)?(?:分别)?$", text[max(0, at - 6):at])
    return at - len(m.group(0)) if m else at


def asks_direction(question: str) -> bool:
    """Whether ``question`` asks which of two directions of change holds (是下降还是上升)."""
    return bool(_CHOICE_RE.search(question))  # A多还是B多 (two sides) has a noun, not a direction, after 还是


def without_direction(question: str) -> str:
    """``question`` without its choice of direction (事故起数是增加了还是减少了 → 事故起数): the two directions are
    the claim the text is read for, not words the evidence must hold (a text says one of them, or 同比下降)."""
    return _CHOICE_RE.sub("", question) if asks_direction(question) else question


def direction_head(question: str, sentence: str, clause: str, figure: str | None) -> str:
    """The direction to lead the answer with (下降/增长, the text's own word), or "" when the question asks no
    choice of direction or the text states no change for the cited figure."""
    if not asks_direction(question):
        return ""
    text = sentence or clause
    start = text.find(figure) if figure and figure in text else max(0, text.find(clause)) if clause else 0
    m = _SAID_RE.search(text, start) or _SAID_RE.search(clause or text)
    if not m:
        return ""
    word = m.group(0)
    if clause and word in clause:
        return word  # the shown clause says it (立案处罚 1.27万起 下降4.1%)
    phrase = _PHRASE_RE.match(text, _phrase_start(text, m.start()))
    return f"{word}（简报记载：{phrase.group(0)}）" if phrase else word
