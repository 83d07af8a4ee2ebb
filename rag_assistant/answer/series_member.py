"""One member of a closed series asked (蓝色预警, D类企业, 省财政) where the sentence names other members of the
same series only (红、黄、绿三色预警; 分为A、B、C三类; 保费由市财政补贴30%).

Like grades.py (一级/二级, 重大/一般), these are closed classes a sentence sets side by side: the colours of a
warning or a code (红橙黄绿蓝), latin-letter classes (A类, B级), and the level of government that pays
(省/市/县/区 财政). A sentence whose series holds members but not the asked one gives the figures of the
others; the asked member's figure is not given, so the sentence does not answer.
"""

from __future__ import annotations

import re

_COLOURS = "红橙黄绿蓝紫"
# A colour asked as a member: 蓝色预警, 绿码企业, 红码 (the colour, then 色 or 码).
_COLOUR_ASK_RE = re.compile(rf"([{_COLOURS}])(?:色|码)")
# A colour said in a sentence: before 色/码, or in a run of colours (红、黄、绿三色; 红橙黄蓝四色).
_COLOUR_SAID_RE = re.compile(rf"([{_COLOURS}])(?=[色码、{_COLOURS}])")
# A latin-letter class: D类企业, B级.
_LETTER_ASK_RE = re.compile(r"(?<![A-Za-z])([A-Za-z])\s*(?:类|级)")
# Letters said as members: X类 / X级, or in a run joined by 、 (A、B、C三类).
_LETTER_SAID_RE = re.compile(r"(?<![A-Za-z])([A-Za-z])(?=\s*(?:类|级|、\s*[A-Za-z](?![A-Za-z])))|(?<=、)([A-Za-z])(?![A-Za-z])")
# The level of government that pays: 省财政, 市级财政, 县财政.
_LEVEL_RE = re.compile(r"([省市县区])级?财政")


def _other_member(asked: set[str], said: set[str]) -> bool:
    """A series said with at least one member and none of the asked ones."""
    return bool(asked) and bool(said) and not asked & said


def series_unmet(question: str, text: str, clause: str = "") -> bool:
    """Whether ``question`` asks a member of a colour, letter-class or paying-level series that ``text`` (or the
    figure's own ``clause``: 黄色实验室每季度检查1次 of a sentence that goes on to 绿色实验室) names other members of only."""
    if clause and clause != text and series_unmet(question, clause):
        return True
    flat = re.sub(r"\s+", "", text)
    if _other_member(set(_COLOUR_ASK_RE.findall(question)), set(_COLOUR_SAID_RE.findall(flat))):
        return True  # 其中红色预警86条 is no count of 蓝色预警
    letters = {c.upper() for c in _LETTER_ASK_RE.findall(question)}
    said = {(a or b).upper() for a, b in _LETTER_SAID_RE.findall(flat)}
    if _other_member(letters, said):
        return True
    return _other_member(set(_LEVEL_RE.findall(question)), set(_LEVEL_RE.findall(flat)))
