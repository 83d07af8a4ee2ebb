"""The kind of thing a named rate is asked of (南通危化品企业上报率) against the kind the figure's sentence rates.

``rates.other_named_rate`` reads the rate's name (up to four characters before 率: 企业上报) and its modifier; a
kind said before that (危化品 of 危化品企业) was never read, so a rate the sentence gives for another kind of the same
thing (全市粉尘涉爆生产企业每日动态清扫上报率100%) answered it. Here the question's owner phrase before the rate is
split into its head noun (企业, the last two characters) and the kind words before it (危化品, 化工); the figure does
not answer when its sentence never says those kind words and names the same head with another kind word of its
own right before it (粉尘涉爆生产企业). A head the sentence says bare (督促企业整改率) or after a scope (全市企业) is
the whole the asked kind belongs to, which this does not judge.
"""

from __future__ import annotations

import re

from ..ingest.gazetteer import find_places
from ..nouns import tagged
from .domain import said

# The phrase a rate is asked of and the rate's own name: 危化品企业 + 上报 before 率 (not 率先).
_RATE_RE = re.compile(r"([\u4e00-\u9fff]{2})率(?!先)")
# Word classes that end an owner phrase read backwards: numbers, measure words, pronouns, adverbs, particles,
# prepositions, conjunctions, locatives, times, punctuation, verbs (督促企业: an action on the firms, not a kind).
_STOP_FLAGS = ("m", "q", "r", "d", "u", "p", "c", "f", "t", "x", "y", "e", "w", "v", "z", "s")
# Scope words that say how much of the head, not which kind of it (全市企业, 各类企业), and the level of government
# it is asked at (县里燃气场景覆盖率, 县级…, 市一级…: the text's 县（市）燃气场景覆盖率), a level and not a kind.
_SCOPE_RE = re.compile(r"^(?:全|各|本|该|所有|相关|重点|[省市县区镇乡村](?:里|级|一级|层面)$)")


def _owner(question: str) -> tuple[str, str]:
    """The asked kind words and head noun before the question's last named rate (南通危化品企业上报率 → 危化品,
    企业), or ("", "") when the question names no kind of a head there."""
    found = list(_RATE_RE.finditer(question))
    if not found:
        return "", ""
    before = question[:found[-1].start()].rstrip("的之")
    run = ""
    for word, flag, *_ in reversed(tagged(before)):
        if (flag.startswith(_STOP_FLAGS) and flag != "vn") or find_places(word) or _SCOPE_RE.match(word):
            break
        run = word + run
    if len(run) < 4:  # a head alone (企业上报率) names no kind
        return "", ""
    return run[:-2], run[-2:]


def _said(words: str, text: str) -> bool:
    return words in text or said(words, text) or \
        (len(words) >= 4 and all(words[i:i + 2] in text for i in range(0, len(words) - 1, 2)))


def owner_unsaid(question: str, sentence_before: str, title: str = "") -> bool:
    """Whether the figure's sentence (up to the figure) rates another kind of the asked head: see the docstring.
    A kind the article's title says (《江阴市：“港船联动”强化长江危险货物港口安全管理》 for 港口隐患整改率) is what
    all its sentences speak of, said or not."""
    kind, head = _owner(question)
    text = re.sub(r"\s+", "", sentence_before)
    if not kind or head not in text or _said(kind, text) or _said(kind, re.sub(r"\s+", "", title)):
        return False
    at = text.rfind(head)
    words = [(w, flag) for w, flag, *_ in tagged(text[max(0, at - 8):at]) if w.strip()]
    if not words:
        return False
    word, flag = words[-1]
    # another kind word right before the same head (生产企业, 化工企业), not a verb, place or scope word
    return len(word) > 1 and flag in ("n", "vn", "nz") and not find_places(word) and not _SCOPE_RE.match(word)
