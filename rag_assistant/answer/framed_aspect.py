"""The aspect a question frames by a preposition (在专家方面怎么做的, 在经费保障上, 在培训这块): its words are the
part asked, however many of the title's words the question repeats around them.

The narrowing share of open.py weighs the asked words against every word of the question; a question that
restates a long title (扬州三位一体执法检查在专家方面怎么做的) leaves the framed word a third of that weight, and
the whole article came back. A frame is the asker saying which part they want: a framed word that the article's
points say, but not every point, narrows the answer to the sentences that say it.
"""

from __future__ import annotations

from typing import Sequence

from . import lexicon as lx


def framed_terms(question: str, terms: Sequence[str]) -> list[str]:
    """The ``terms`` (two characters or more) said inside the question's aspect frame (在…方面 / 在…这块 / 在…领域 /
    在…上 before a verb or a comma: lexicon.FRAME_RE), in their order."""
    inside = "".join(m.group(1) for m in lx.FRAME_RE.finditer(question))
    return [t for t in terms if len(t) > 1 and t in inside] if inside else []
