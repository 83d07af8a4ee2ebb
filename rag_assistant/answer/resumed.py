"""A figure's clause that resumes the action of the clause before it by that action's verb: 开展燃气领域“双随机、
一公开”执法检查，检查单位1027家次 and 开展建筑施工安全专项检查，检查项目1108个次 count what that 检查 did, so
an ask for the action (淮安燃气执法检查多少家次) is answered although the figure's own noun is the verb with its
object (检查单位), which names no asked word but the verb.

Only a process verb (steps.STEPS: 检查, 排查, 培训 ...) resumes an action, and only when every word of the asked
measure is said before the figure's clause in the same sentence (安全检查 is not resumed by 开展消防检查，检查…).
"""

from __future__ import annotations

from .counted import word_stems
from .steps import STEPS

_STEP_VERBS = frozenset(v for verbs in STEPS.values() for v in verbs if len(v) == 2)


def resumed_action(measure: str, noun: str, before: str) -> bool:
    """Whether ``noun`` (the figure's verb-object noun, 检查单位) resumes the asked ``measure`` (燃气执法检查) that
    ``before`` (the sentence up to the figure's clause) says in full."""
    stems = word_stems(measure) if measure else []
    if not stems:
        return False
    verb = stems[-1]
    return verb in _STEP_VERBS and noun.startswith(verb) and len(noun) > len(verb) and all(w in before for w in stems)
