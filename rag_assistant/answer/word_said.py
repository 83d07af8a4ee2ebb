"""Whether an asked modifier of the counted noun is said in the figure's sentence as a modifier of that noun, not
only as a piece of another phrase: 昆山有多少家生产企业 asks 生产企业, and 推动承租企业投保安全生产责任保险5260家 says
生产 only inside 安全生产 (of the insurance, after the noun), so it names no 生产企业 and its 5260 counts the
承租企业. Substring tests found the modifier in the sentence and let the figure answer. The modifier must stand
before the asked head within its clause (生产企业, 生产经营企业, 危化品生产、经营企业), or be said so by a synonym
(危化品 / 危险化学品)."""

from __future__ import annotations

import re

from ..nouns import head_noun, tagged
from .synonyms import SYNONYMS

_CLAUSE_RE = re.compile(r"[，,。；;：:！!？?\n]")


def _forms(term: str) -> list[str]:
    return [term, *SYNONYMS.get(term, ())]


def modifies_head(modifier: str, head: str, text: str) -> bool:
    """Whether ``modifier`` (or a synonym) stands before an occurrence of ``head`` in the same clause of ``text``."""
    return any(head in clause and any(f in clause[:clause.rfind(head)] for f in _forms(modifier))
               for clause in _CLAUSE_RE.split(text))


def modifier_elsewhere(measure: str, sentence: str, title: str = "") -> bool:
    """Whether a modifier of two characters or more before the asked head (生产 of 生产企业) is said in ``sentence``
    only outside every phrase of that head (安全生产责任保险 after 承租企业) while the head is said: the sentence
    names no such kind of the head, so its figure counts another."""
    head = head_noun(measure) if measure else ""
    if len(head) < 2 or not measure.endswith(head) or head not in sentence:
        return False
    modifiers = [w for w, *_ in tagged(measure[:-len(head)]) if len(w) > 1]
    return any(any(f in sentence for f in _forms(w)) and not modifies_head(w, head, f"{sentence}\n{title}")
               for w in modifiers)
