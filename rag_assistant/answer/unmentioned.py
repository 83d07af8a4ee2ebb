"""Yes/no: the kind of thing a claim names that the cited article never mentions (发生过爆炸事故吗 ← 重大事故隐患…).

A yes/no is answered from the sentence that best covers the claim's words. The claim may name a kind of a thing the
sentence does say — a modifier directly before a said noun (爆炸|事故 beside 重大事故隐患) — while no form of that
modifier is anywhere in the article: then the sentence neither confirms nor denies the claim, a bare 有/是 is false,
and 不是/没有 would claim what the text does not say either. The answer is 简报未提及 that thing, with the nearest
record shown for what the briefing does say.

The modifier counts only when it weighs at least as much as the claim's average word (a light verb such as 发生/开展
is no claim of its own) and stands right before a said noun of the question, or is the event an occurrence verb of the
question asks about (有限空间有没有发生火灾: 火灾, beside a record of 有限空间作业事故); an unsaid verb or quantity elsewhere
(有专家参与吗, 下了一部分, 发动群众) is often the text's paraphrase (执法+专家, 已下达首批, 鼓励公众) and is left alone.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..nouns import tagged
from .domain import said
from .match import Weights, said_as, weights_of
from .unsaid_compound import widen_to_compound

_CJK_RE = re.compile(r"[\u4e00-\u9fff]{2,}")
_SET_PHRASE = ("l", "i")
# An occurrence verb of the question (发生, 出过, 出现了): the noun right after it is the event the claim is about.
_OCCURRED_RE = re.compile(r"(?:发生|出现|出)(?:过|了)?$")  # the segmenter's fixed phrases and idioms: one unit of meaning like a noun


def _says(term: str, text: str) -> bool:
    return term in text or said(term, text) or said_as(term, text) > 0 or _said_graded(term, text)


def _said_graded(term: str, text: str) -> bool:
    """Whether a grade and its noun (重大|事故, 较大|事故) are said with the text's widening word and a fuller head
    between them (重大及以上生产安全事故, 较大以上事故): the same grade of the same thing. The widening word is required,
    so two words merely near each other (危化|企业 in 危化品生产企业) do not count."""
    if len(term) < 4 or not _CJK_RE.fullmatch(term):
        return False
    return any(re.search(re.escape(term[:i]) + r"(?:及以上|以上|及以下|以下)[\u4e00-\u9fff]{0,4}?" + re.escape(term[i:]), text)
               for i in range(2, len(term) - 1))


def unmentioned_head(intent, sentence: str, entry, library) -> str:
    """简报未提及<place><thing> for a yes/no ``intent`` whose cited ``sentence`` (of library entry ``entry``) is about
    the claim's subject but whose article never mentions the kind of thing it claims; "" otherwise."""
    thing = unmentioned_thing(intent.question, intent.topic, [*intent.places, *intent.names], sentence,
                              f"{entry.title} {entry.article.text}", weights_of(library))
    return f"简报未提及{''.join(intent.places[:1])}{thing}" if thing else ""


def unmentioned_thing(question: str, topic: Sequence[str], names: Sequence[str], sentence: str, article: str,
                      weights: Weights) -> str:
    """The claim's distinctive word (widened to its compound in ``question``) that neither ``sentence`` nor its
    whole ``article`` says; "" when every weighty word of the claim is said there. ``names`` (places, bodies) are
    the subject the search found, never the unmentioned thing."""
    words = [t for t in dict.fromkeys(topic) if _CJK_RE.fullmatch(t) and not any(t in n or n in t for n in names)]
    if len(words) < 2:
        return ""  # a claim of one word is its subject: the search found the nearest record of it
    text, whole = re.sub(r"\s+", "", sentence), re.sub(r"\s+", "", article)
    mean = sum(weights.of(t) for t in words) / len(words)
    said_words = [t for t in words if _says(t, text)]
    if not said_words:
        return ""  # a record of none of the claim's words is no record of its subject (decide's partial answer)
    # the event an occurrence verb asks about (发生火灾) is the claim's thing whatever its weight
    unsaid = [t for t in words if (weights.of(t) >= mean or _occurred(question, t)) and not _says(t, text)
              and not _says(t, whole)]
    if not unsaid:
        return ""
    tags = [(w, f) for w, f, _, _ in tagged(question)]
    heads = [t for t in said_words if any(w == t and f.startswith("n") for w, f in tags)]
    # the modifier is a content word (爆炸 v, 燃气 n, a set phrase 以旧换新 l), never a quantifier (所有, 全部: the
    # text's 全面/全部 may say it)
    content = {w for w, f in tags if (f[:1] in "nv" or f in _SET_PHRASE) and len(w) > 1}
    # a nominal word right after a said noun is the claimed thing itself, the said noun its modifier
    # (电动自行车|以旧换新 beside a sentence on 电动自行车违规充电); an unsaid verb there may be a paraphrase
    nominal = {w for w, f in tags if f[:1] == "n" or f in _SET_PHRASE}
    kinds = [t for t in unsaid if t in content and (any(
        question.find(t + h) >= 0 or (t in nominal and question.find(h + t) >= 0) for h in heads)
        or (t in nominal and _occurred(question, t)))]
    if not kinds:
        return ""  # an unsaid verb or adverb (参与, 一部分) may be the text's paraphrase: not a thing of its own
    best = max(kinds, key=weights.of)
    best = max((t for t in unsaid if best in t), key=len)  # 换新 of 以旧换新: the whole word the segmenter also gave
    thing = _joined(question, best, [t for t in words if t not in said_words])
    return widen_to_compound(question, thing, heads, lambda c: _says(c, text))


def _occurred(question: str, noun: str) -> bool:
    """Whether ``noun`` is the event an occurrence verb of ``question`` asks about (有没有发生火灾, 出过火灾吗)."""
    at = question.find(noun)
    return at > 0 and bool(_OCCURRED_RE.search(question[:at]))


def _joined(question: str, thing: str, unsaid: Sequence[str]) -> str:
    """``thing`` with the unsaid words the segmenter cut from it next to it in ``question`` (以旧|换新 → 以旧换新)."""
    at = question.find(thing)
    if at < 0:
        return thing
    start, end, grown = at, at + len(thing), True
    while grown:
        grown = False
        for u in unsaid:
            if question[max(start - len(u), 0):start] == u:
                start, grown = start - len(u), True
            if question[end:end + len(u)] == u:
                end, grown = end + len(u), True
    return question[start:end]
