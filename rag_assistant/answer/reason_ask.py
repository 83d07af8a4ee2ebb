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
# The bare question words of a why-ask, which no briefing sentence says (a text states a reason with 为了/由于/针对…,
# never with 为啥): stripped before the content words of a question are read, so 为啥 is never an evidence term nor
# named as the missing topic of a refusal. 原因/目的 are left: a text says them (目的是…, 原因是…).
WHY_WORDS_RE = re.compile(r"为什么|为啥|为何|干嘛要?|干啥要")
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


# A stated problem as the ground of the deed after it: 普遍存在…问题, 力量薄弱, 难题 (not a purpose clause, which says
# the purpose of its own sentence's deed, nor a mere stock: 现有…4100余家 alone gives no reason).
_GROUND_RE = re.compile(r"存在[^，,。；;]{0,30}(?:问题|不足|困难|隐患)|难题|痛点|难点|堵点|短板|薄弱|突出|不清|缺乏")


def reason_grounds(previous: str, sentence: str) -> bool:
    """Whether the sentence before a deed (``previous``) states the problem the deed answers: a why-question asked of
    the deed (海门区为啥推行小微企业托管) is answered by the two together. The problem must be a sentence of its own
    that names a shortcoming, and the deed's sentence must not open a new point (一是…, （二）…)."""
    previous = previous.strip()
    return bool(previous) and previous.endswith(("。", "！")) and bool(_GROUND_RE.search(previous)) \
        and not re.match(r"\s*(?:[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]+[)）、.．])", sentence)


def grounded_text(previous: str, sentence: str) -> str:
    """The problem and the deed quoted as one sentence (…等问题，2025年起，海门区…推行…), so the citation of the answer
    holds both and the problem's figures (4100余家) are checked against it."""
    return f"{previous.strip().rstrip('。！')}，{sentence}"
