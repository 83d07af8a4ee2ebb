"""A counted thing the question narrows to one class of a classification its article gives: a list of items closed
by their own count and kind (分为A、B、C三类, 红、橙、黄、蓝四色 or 四个等级, 环保设施、火灾防范、违章作业、打非治违等4个主题).

A question that names one class (C类企业有多少家, 蓝码企业有几家, 火灾防范那个主题查出多少条隐患) asks a figure the
article breaks down by that class. A figure whose words do not name the class alone counts the whole (目前已有1870家
小微企业签订托管协议, 推动企业查改隐患36975条) or a union of classes (196家企业由红码、橙码转为黄码或蓝码): it does
not answer, and the answer becomes partial (简报未给出…；关于…，简报提到：…).

A classification of a named thing (燃气、桥梁、供水三类场景: scenes) is asked by its class only when the question says
that thing or says the class word alone: a question whose class word modifies another noun (燃气老旧管网还打算改多少公里)
is about that noun, not about the scenes, and a figure whose clause leaves the class word to the clause before it
(已完成燃气老旧管网改造2860公里，拟于年底前再改造1200公里) still answers it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..nouns import tagged
from ..numbers import read_int

# Items of one to eight letters or ideographs joined by 、, then (等) their count and the kind they are of.
_LIST_RE = re.compile(r"((?:[A-Za-z\u4e00-\u9fff]{1,8}、)+[A-Za-z\u4e00-\u9fff]{1,8}?)等?\s*"
                      r"([0-9一二三四五六七八九十两]{1,2})\s*(?:个|大|项)?\s*(类|色|种|档|个?主题|方面|等级|级别)")
# A one-character class (红, C) is named with a classifier after it (蓝码, C类, 黄色, A级).
_CLASSIFIER_CHARS = "码类色级档型"


@lru_cache(maxsize=256)
def classifications(article: str) -> tuple[tuple[str, ...], ...]:
    """The classifications an article gives: lists whose number of items is the count said after them (4个主题 of
    four items). The first item's words run back to where the list begins, so it is cut to the second's length."""
    out = []
    for m in _LIST_RE.finditer(re.sub(r"\s+", "", article)):
        items = m.group(1).split("、")
        items[0] = items[0][-len(items[1]):]
        if len(items) == (read_int(m.group(2)) or -1) and len(set(items)) == len(items):
            out.append(tuple(items))
    return tuple(out)


def _named(item: str, text: str) -> bool:
    """Whether ``text`` names the class ``item``: by itself (火灾防范), or a one-character class with its classifier
    (蓝码, C类) and not inside a longer run of letters; letters in either case (a question is read lowercased)."""
    if len(item) > 1:
        return item.lower() in text.lower()
    return bool(re.search(rf"(?<![A-Za-z]){re.escape(item)}[{_CLASSIFIER_CHARS}]", text, re.IGNORECASE))


@lru_cache(maxsize=256)
def classified_nouns(article: str) -> dict[tuple[str, ...], str]:
    """The noun each classification of ``article`` classifies, when the kind word is followed by one (三类场景 →
    场景, 三色预警 → 预警); a classification closed by punctuation or a verb (分为A、B、C三类，…) names none."""
    text, out = re.sub(r"\s+", "", article), {}
    for m in _LIST_RE.finditer(text):
        words = tagged(text[m.end():m.end() + 8])
        if words and words[0][1] in ("n", "vn") and len(words[0][0]) > 1:
            items = m.group(1).split("、")
            items[0] = items[0][-len(items[1]):]
            out[tuple(items)] = words[0][0]
    return out


def _modifies_other(item: str, question: str, noun: str) -> bool:
    """Whether the question says class ``item`` only as the modifier of a noun other than the classified ``noun``
    (燃气老旧管网 of the scenes 燃气、桥梁、供水): it asks about that other thing."""
    if not noun or noun in question:
        return False
    after = [question[m.end():] for m in re.finditer(re.escape(item), question)]
    return bool(after) and all((w := tagged(a[:6])) and w[0][1] in ("n", "vn", "a") and w[0][0][0] not in _CLASSIFIER_CHARS
                               for a in after)


def asked_class(question: str, article: str) -> tuple[str, tuple[str, ...]]:
    """The one class of one of the article's classifications the question names, with its siblings; ("", ())."""
    nouns = classified_nouns(article)
    for items in classifications(article):
        named = [i for i in items if _named(i, question)]
        if len(named) == 1 and not _modifies_other(named[0], question, nouns.get(items, "")):
            return named[0], tuple(i for i in items if i not in named)
    return "", ()


def class_unnamed(question: str, article: str, words: str, clause: str) -> bool:
    """Whether a figure fails a question naming one class of its article's classification: its words (``words``)
    do not name that class, or name a sibling class too (黄码或蓝码). A figure whose own clause (``clause``, up to the
    figure) pairs it with the classes by 分别 (分为A、B、C三类，分别给予…8000元、5000元、3000元) is not judged here."""
    asked, siblings = asked_class(question, article)
    if not asked or "分别" in clause:
        return False
    return not _named(asked, words) or any(_named(i, words) for i in siblings)
