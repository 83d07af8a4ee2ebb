"""The counted noun a question states before its verb: 淮安燃气经营企业整改了几家 counts 燃气经营企业, the subject the
perfective verb (整改了) reports on, as 燃气经营企业有多少家 does. measure.py used to read nothing before a verb
with 了/过 (九小场所赋码了多少家: the word there is a verb), so a figure of any other thing in the asked
classifier (43家餐饮户) answered. Read only when the question word carries a classifier of things (几家, 多少个; not 起/次) and
one verb alone stands between the noun and its aspect particle: 盱眙餐饮户责令停业整改了几家 (a verb chain) or
九小场所赋码了 (no word tagged a verb), 企业整治提升了 (a step word tagged a noun) keep the old reading, as does
any text after the classifier (配了多少台套专业装备)."""

from __future__ import annotations

import re

from ..nouns import noun_run, tagged
from ..units import ENTITY_UNITS
from . import lexicon as lx
from .steps import STEPS
from .actor_subject import actor_not_counted

_STEP_WORDS = frozenset(w for ws in STEPS.values() for w in ws)
# Nothing after the question word but the question's end: the classifier ends the phrase (几家？, 多少个呢).
_ENDS_RE = re.compile(r"^\s*(?:[呢啊吧吗呀]|来着)?\s*(?:[？?，,。！!；;]|$)")

# Classifiers of things a subject can be (家, 户, 个, 处); 起/次 count occurrences of the action itself
# (厂中厂整治处罚了多少起 counts 处罚, not its subject).
# 条/具/套/块/张 count objects handed out or put in (预警发了多少条, 灭火器发了多少具): the noun before the verb is the
# thing counted, as a subject is for 家.
THING_UNITS = ENTITY_UNITS | {"个", "处", "条", "具", "套", "块", "张"}
# Only after a one-character verb of giving or fitting (发/装/配): 医药企业的老旧装置排查了多少套 keeps its whole phrase.
_OBJECT_UNITS = frozenset("条 具 套 块 张".split())

# The last clause before the question word, ending in a verb and its aspect particle.
_PERFECTIVE_RE = re.compile(r"([^，,。；;：:？?！!]*?)\s*[了过]\s*$")


def fronted_subject(before: str, asked: str, rest: str = "") -> str:
    """The noun right before the verb of ``before`` (the text before the question word ``asked``) when that text is
    NOUN + VERB + 了/过 and the question word counts in a classifier of things; "" otherwise."""
    unit = lx.ASKED_UNIT_RE.search(asked)
    m = _PERFECTIVE_RE.search(before)
    if not unit or unit.group(1) not in THING_UNITS or not m or not _ENDS_RE.match(rest):
        return ""  # 配了多少台套专业装备: words after the classifier name the thing
    words = [(w, f) for w, f, _, _ in tagged(m.group(1))]
    # 区县配套方案又出了几个, 企业也整改了几家: an adverb (又, 也, 已) between the noun and its verb leaves the noun
    # the verb's subject; drop it so the noun stands right before the verb.
    while len(words) > 2 and words[-2][1] == "d" and len(words[-2][0]) <= 2:
        words.pop(-2)
    # 预警发了多少条: a verbal noun (预警, tagged vn) before a one-character verb of giving or fitting is its object
    nounlike = words[-2][1].startswith("n") if len(words) >= 2 else False
    nounlike = nounlike or (len(words) >= 2 and words[-2][1] == "vn" and len(words[-1][0]) == 1)
    if len(words) < 2 or words[-1][1] not in ("v", "vn") or not nounlike \
            or words[-2][0] in _STEP_WORDS or (unit.group(1) in _OBJECT_UNITS and len(words[-1][0]) != 1):
        return ""  # the verb must follow a noun directly: 停业整改 is a chain, 赋码 is tagged no verb
    noun = noun_run(m.group(1)[:m.group(1).rfind(words[-2][0]) + len(words[-2][0])], from_end=True) \
        if words[-2][1] != "vn" else words[-2][0]  # the verbal noun is the counted thing itself (预警 of 预警信息)
    return "" if actor_not_counted(noun, unit.group(1)) else noun  # 船企改了多少处: 处 counts no enterprise
