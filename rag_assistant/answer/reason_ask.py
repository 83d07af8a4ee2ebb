"""A question that asks why (为什么, 为啥, 为何, 出于什么原因, 目的是啥) is answered only by a sentence that states a
reason or a purpose.

The briefings state purposes at the head of a clause (为深入学习贯彻…, 为进一步提升…, 为帮助企业解决…, 针对…这一难题)
or with a causal word (由于, 因为, 鉴于, 旨在, 以便; a speaker's 开展…宣讲，就是要让…). A sentence that only reports what was done (聚焦环保设施、火灾防范…
等4个主题深入开展排查治理; 在前期乡镇试点基础上…) says nothing of why: it does not answer, so the answer says the
briefings give no reason instead of repeating the deed as if it were one.
"""

from __future__ import annotations

import re

from ..nouns import tagged

# The question words of a reason or purpose ask.
_ASKS_REASON_RE = re.compile(r"为什么|为啥|为何|干嘛要?|干啥要|(?:什么|啥|哪些)(?:原因|缘故|考虑|目的)|原因是|目的是|图(?:啥|什么)")
# A reason or purpose said by a causal word, or a problem stated as the ground of a practice (普遍存在…薄弱等问题).
_REASON_SAID_RE = re.compile(r"为了|因为|由于|鉴于|旨在|意在|目的|原因|为此|以便|以防|以免|是为|为的是|就是要|"
                             r"存在[^，,。；;]{0,30}(?:问题|不足|困难)|难题|痛点|难点|堵点|短板|薄弱")
# 为 or 针对 opening a clause: 针对…难题 always; 为 only before a verb or adverb (为深入学习, 为进一步提升, 为帮助企业),
# not the benefactive 为 of a deed's receiver (为企业提供服务, 为21家养老机构加装喷淋).
_CLAUSE_HEAD_RE = re.compile(r"(?:^|[，,。；;：:\s])(针对|为(?![主期准止了]))")


def asks_reason(question: str) -> bool:
    return bool(_ASKS_REASON_RE.search(question))


def _purpose_head(sentence: str) -> bool:
    for m in _CLAUSE_HEAD_RE.finditer(sentence):
        if m.group(1) == "针对":
            return True
        words = [(w, flag) for w, flag, *_ in tagged(sentence[m.end():m.end() + 8]) if w.strip()]
        if words and words[0][1][:1] in ("v", "d", "a"):
            return True
    return False


def reason_said(sentence: str) -> bool:
    """Whether a sentence states a reason or purpose that a why-question could be answered by."""
    sentence = sentence.strip()
    return bool(_REASON_SAID_RE.search(sentence)) or _purpose_head(sentence)
