"""The rest of a set a step has not reached yet (还有几处没整改, 剩下多少家没签协议): the text says it as a remainder
after the done figure (排查整治管道隐患193处，已整改186处，其余7处纳入挂牌督办; 尚有…待…), and then says what is
done with the rest instead of the asked step. That remainder figure answers the question, whatever its own clause's
verb; a figure of the whole or of the done part, with no remainder or negation in its words, does not.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import Figure
from ..units import unit_class
from .result_complement import RESULT_WORDS
from .window import CLAUSE_END_RE, clause_start

# A question about the remainder: a negated predicate (还有几处没整改, 多少家未签订, 还没完成多少) or a word that says
# the rest (剩下, 剩余, 其余); 有没有 asks yes or no, and 没有 after the question word (有几家没有…) negates too.
# 未来, 没收, 罚没 and 未成年 are words of their own, no negation; 剩 alone says the rest (还剩几处).
_ASK_REST_RE = re.compile(r"(?<![有罚])(?:还没有|还没|还未|尚未|没有|没|未)(?!有(?:多少|几)|来|收|成年)[\u4e00-\u9fff]|剩|其余")
_YES_NO_RE = re.compile(r"有没有|是不是|是否")
# A figure said as the remainder: its words before it say the rest (其余7处, 剩余…, 尚有…, 仍有…, 还有…未/待).
REST_BEFORE_RE = re.compile(r"(?:其余|剩余|剩下|尚有|仍有|尚未[\u4e00-\u9fff]{0,4}|未[\u4e00-\u9fff]{1,4}的?)\s*[的]?\s*$")


def asks_rest(question: str) -> bool:
    """Whether the question asks the things a step has not reached (还有几处没整改, 剩下多少)."""
    return bool(_ASK_REST_RE.search(question)) and not _YES_NO_RE.search(question)


def rest_figure(before: str) -> bool:
    """Whether the words of a figure's clause before it (``before``) say it is the remainder (其余7处)."""
    return bool(REST_BEFORE_RE.search(before))


def _said_as_rest(sentence: str, g: Figure) -> bool:
    """Whether the words of ``g``'s own clause before it say it is the remainder (其余7处, 尚有…)."""
    return rest_figure(sentence[clause_start(sentence, g.start):g.start])


def _states_rest(sentence: str, figures: Sequence[Figure], f: Figure) -> bool:
    """Whether the sentence states a remainder of ``f``'s unit class among its ``figures``."""
    return any(_said_as_rest(sentence, g) and unit_class(g.unit) == unit_class(f.unit) for g in figures)


def _negated_act_unsaid(question: str, sentence: str, f: Figure) -> bool:
    """For a sentence that states no remainder: whether ``f``'s clause negates nothing and names no rest while the
    question negates a verb. 还有多少处没整改 is never the done count (已整改1872处), nor 有多少艘渔船没有参保 a count of
    another act (惠及渔船1176艘)."""
    verb = negated_verb(question)
    m = CLAUSE_END_RE.search(sentence, f.end)
    clause = sentence[clause_start(sentence, f.start):m.start() if m else len(sentence)]
    return bool(verb) and not _NEGATION_RE.search(clause)


def rest_asked(question: str, sentence: str, figures: Sequence[Figure], f: Figure, clause_start: int) -> bool | None:
    """For a question about the remainder whose sentence states one (a figure of the same unit class said as the
    rest): True for that figure, False for the sentence's others; None when the question asks no remainder or the
    sentence states none (then the usual step checks judge the figure), except that a clause saying no negation of
    the negated act is False (_negated_act_unsaid)."""
    if not asks_rest(question):
        return None
    if not _states_rest(sentence, figures, f):
        return False if _negated_act_unsaid(question, sentence, f) else None
    return _said_as_rest(sentence, f) and rest_of_verb(question, sentence, f)


def rest_of_verb(question: str, sentence: str, f: Figure) -> bool:
    """Whether the rest figure ``f`` is the rest of the step the question negates: a remainder is what the clause
    before it has not reached (已整改186处，其余7处…: the rest is not yet 整改), so 还有几处没排查 is not answered by
    it. True when the question negates no verb (剩下多少)."""
    verb = negated_verb(question)
    if not verb:
        return True
    ends = [m.end() for m in CLAUSE_END_RE.finditer(sentence, 0, f.start)]
    return len(ends) > 1 and verb in sentence[ends[-2]:ends[-1]] or len(ends) == 1 and verb in sentence[:ends[0]]


_NEGATED_VERB_RE = re.compile(r"(?:还没有|还没|还未|尚未|没有|没|未)([\u4e00-\u9fff]{2})")
_NEGATION_RE = re.compile(r"[未没不]|尚有|其余|剩余")


def negated_verb(question: str) -> str:
    """The two-character verb a remainder question negates (没整改 → 整改), or the one-character verb before a
    result word (没改完 → 改), or ""."""
    m = _NEGATED_VERB_RE.search(question.replace("有没有", ""))
    if m and m.group(1)[1] in RESULT_WORDS:
        return m.group(1)[0]  # 没改完: the verb 改 with its result word, said 已整改 in the text
    return m.group(1) if m else ""


def stated_rest(question: str, sentence: str, figures: Sequence[Figure], f: Figure) -> bool:
    """Whether ``f`` is the remainder a rest question asks (其余7处 for 还有几处管道隐患没整改): its own words only say
    "the rest", the asked noun and verb are said of the whole before it, so the sentence's words place it."""
    return rest_asked(question, sentence, figures, f, 0) is True
