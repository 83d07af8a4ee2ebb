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


@lru_cache(maxsize=8192)
def names_person(sentence: str) -> bool:
    """Whether a sentence names a person (the segmenter's person-name flags, not a place it mis-tags)."""
    return any(flag.startswith("nr") and flag != "nrt" and not find_places(word)
               for word, flag, *_ in tagged(sentence) if word.strip())
