"""The act a count question asks when its verb is no step of the step table (steps.STEPS): 海门托管企业清退了几家
(清退), 江北新区给起重机赋码多少台 and 江北新区赋码多少个企业 (赋码, which the tagger reads as a noun).
``act_verb.other_act`` compares a figure's own act with the asked one; without this reading a question whose verb
the table does not list had no asked act at all, so any figure of the asked noun answered it (目前已有1870家小微企业
签订托管协议 for 清退了几家, 清退…起重机械57台 for 赋码多少台, 对9家拒不整改的企业依法立案处罚 for 赋码多少个企业).

Read only for questions that count things: in a classifier of a kind (units.COUNT_KINDS: 家, 台, 艘, 处, 起 …) or
naming the counted noun after the question word (多少个企业). Money and other measures are spent or given under
many verbs (补贴 / 给予); a thing is counted under the act that produced it.
"""

from __future__ import annotations

import re

from ..nouns import tagged
from ..units import COUNT_KINDS
from .steps import LIGHT_VERBS
from .support import glued_verb
from .verb_elsewhere import asked_verb
from .verb_object_word import verb_object_tail

_ASK_RE = re.compile(r"(?:多少|几)\s*(\S?)")
# A coverb phrase before the verb (给起重机赋码, 为企业建档, 对隐患挂牌): what follows it is the predicate.
_COVERBS = frozenset("给 为 对 向 帮".split())
_NOUN_FLAGS = ("n", "vn")
_CHAT_VERBS = frozenset("弄 搞 办 干 做")


def unlisted_act(question: str) -> str:
    """The question's predicate verb when it asks a count of things, or ""."""
    m = _ASK_RE.search(question)
    if not m:
        return ""
    unit = m.group(1) if m.group(1) and _is_classifier(m.group(1)) else ""
    named = _names_noun(question[m.start(1) + len(unit):])
    if not COUNT_KINDS.get(m.group(1)) and not named:
        return ""
    words = [(w, flag) for w, flag, *_ in tagged(question[:m.start()]) if w.strip()]
    verb = asked_verb(question) or _after_coverb(words) or (_last_two(words) if named else "") or \
        verb_object_tail(question[:m.start()], unit)  # 九小场所赋码多少家: 赋码 is the act (verb_object_word.py)
    # chat's light verbs (弄, 搞, 办) glued to the word before name no act the text must say (打非治违弄了 → 违弄)
    return "" if verb in LIGHT_VERBS or glued_verb(verb) or verb[-1:] in _CHAT_VERBS else verb


def _is_classifier(char: str) -> bool:
    """Whether the character after the question word is a classifier (家, 台, 个, 项), not the noun's first."""
    return bool(COUNT_KINDS.get(char)) or char in "个项名位人条件次"


def _names_noun(tail: str) -> bool:
    """Whether the words after the question word (and its classifier) are the counted noun and end the question
    (多少个企业); a verb after it (多少家企业落实了…) is the predicate."""
    words = [(w, flag) for w, flag, *_ in tagged(re.split(r"[，,；;？?。！!]", tail)[0].rstrip("啊呢呀吧")) if w.strip()]
    return bool(words) and len(words[0][0]) > 1 and all(flag in _NOUN_FLAGS for _, flag in words)


def _last_two(words) -> str:
    """The two-character word right before the question word, when the counted noun follows it (江北新区赋码多少个
    企业): a noun there would leave the question two counted nouns, so it is the predicate."""
    return words[-1][0] if len(words) > 1 and words[-1][1] in _NOUN_FLAGS and len(words[-1][0]) == 2 else ""


def _after_coverb(words) -> str:
    """A two-character word the tagger calls a noun, right before the question word and after a coverb phrase
    (给起重机赋码多少台 → 赋码): the coverb makes it the predicate."""
    if len(words) < 3 or words[-1][1] not in _NOUN_FLAGS or len(words[-1][0]) != 2:
        return ""
    return words[-1][0] if any(w in _COVERBS and flag == "p" for w, flag in words[:-2]) else ""
