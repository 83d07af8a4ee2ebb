"""Questions that ask for a person (局长是谁, 叫什么名字): which role is asked, and whether a sentence names its
holder."""

from __future__ import annotations

import re
from functools import lru_cache

from ..ingest.gazetteer import find_places
from ..nouns import tagged
from .match import match


# A question that asks for a person: 局长是谁, 叫什么名字, 哪位领导, 姓名.
_ASKS_PERSON_RE = re.compile(r"的?(?:名字|姓名|叫(?:什么|啥)|哪位|(?<=[长记任理人导志监])是谁)")


def asks_person(question: str) -> bool:
    return bool(_ASKS_PERSON_RE.search(question))


def person_words(question: str) -> str:
    """The words before a person question's question words: whose name is asked (莱恩精工的安全总监)."""
    m = _ASKS_PERSON_RE.search(question)
    return question[:m.start()] if m else question


@lru_cache(maxsize=4096)
def asked_role(question: str) -> str:
    """The role whose holder a person question asks (莱恩精工的安全总监叫什么名字 → 总监, 局长是谁 → 局长): the
    last noun of two or more characters before the question words; "" when there is none (负责…的人是谁)."""
    words = [(w, flag) for w, flag, *_ in tagged(person_words(question)) if w.strip()]
    last = words[-1] if words else ("", "")
    return last[0] if len(last[0]) > 1 and last[1].startswith("n") and not find_places(last[0]) else ""


def person_answered(question: str, sentence: str) -> bool:
    """Whether a sentence can answer a person question: it names someone, and in the asked role (a sentence
    naming the 总经理 does not say who the 安全总监 is)."""
    role = asked_role(question)
    return names_person(sentence) and (not role or match(role, sentence))


# A name is said next to its title or speech: 省政府领导胡彬郴同志, 总经理陈小金说, 习近平总书记. The segmenter also flags
# common words as names (班前会, 严格执行, 智慧); without such a neighbour a flagged word names no one.
_TITLE_BEFORE_RE = re.compile(r"[长记理任导监员师人]$")
_TITLE_AFTER_RE = re.compile(r"^[\u4e00-\u9fff]{0,2}?(?:同志|总书记|书记|说|表示|指出|介绍|强调|讲话)")


@lru_cache(maxsize=8192)
def names_person(sentence: str) -> bool:
    """Whether a sentence names a person: a word the segmenter flags as a name (not a place it mis-tags), said
    right after a title or right before 同志 / a verb of speech."""
    at = 0
    for word, flag, *_ in tagged(sentence):
        start, at = sentence.find(word, at), sentence.find(word, at) + len(word)
        if word.strip() and flag.startswith("nr") and flag != "nrt" and not find_places(word) and start >= 0 and \
                (_TITLE_BEFORE_RE.search(sentence[:start]) or _TITLE_AFTER_RE.match(sentence[start + len(word):])):
            return True
    return False
