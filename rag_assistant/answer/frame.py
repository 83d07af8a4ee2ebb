"""A yes/no question's claim apart from its frame. The clauses before the one holding the yes/no words
(25年五一汛前安全防范会上，是不是提到省防指要组织…演练) name the occasion or the source the claim is read from: a time
said there (五一, 汛前) dates that occasion, which the retrieved article's title or scope has matched, and is no
claim about the time of what the text says was done there (省防指拟于5月中旬组织…). Likewise what precedes a yes/no
word in the middle of a question (管道隐患193处里是不是已经整改了186处) names the thing asked about: its figure must be
the text's, but the claim's qualifier (已) is said of the claim's figure, not of it."""

from __future__ import annotations

import re

from . import lexicon as lx

_CLAUSE_BREAK_RE = re.compile(r"[，,；;：:]")


def claim_of(question: str) -> str:
    """The clause of ``question`` holding its first yes/no word and what follows it; the question itself when it has
    no yes/no word or no clause before that one."""
    m = lx.YESNO_WORDS_RE.search(question)
    if not m:
        return question
    breaks = [b.end() for b in _CLAUSE_BREAK_RE.finditer(question, 0, m.start())]
    return question[breaks[-1]:] if breaks else question


def frame_end(question: str) -> int:
    """Where the frame of ``question`` ends: the start of a yes/no word asked in the middle (是不是, 有没有, 是否, 有无);
    0 when the question asks only by a final tag (超过1000家了吗), whose words before it are all the claim."""
    m = lx.STRONG_YESNO_RE.search(question)
    return m.start() if m else 0
