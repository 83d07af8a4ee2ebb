"""People who took part in an event (联合应急演练参加人数多少, 培训会有多少人参加): the figure must be said of that
event or of taking part. A count of people set up for something else in a neighbouring clause (组建…救援队伍6支、
救援人员320名，…开展联合应急演练24场次) is another measure: the team's size, not the exercise's participants,
and the participants are not given.

The event is the asked word nearest the participation verb (演练 of 联合应急演练参加); the figure answers when its
clause says that word or a participation verb (参与群众68万人次).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..units import unit_class

# Taking part, said in the question or in the figure's clause.
_TAKE_PART_RE = re.compile(r"参加|参与|参演|参训|参会|参赛")


def _event_word(question: str, terms: Sequence[str], verb_at: int) -> str:
    """The asked word (two characters or more) said nearest the participation verb at ``verb_at``, before it
    (演练参加人数) or after it (多少人参加演练)."""
    def gap(t: str, at: int) -> int:
        return verb_at - (at + len(t)) if at < verb_at else at - verb_at
    spots = [(gap(t, at), t) for t in terms
             if len(t) > 1 and not _TAKE_PART_RE.search(t) and (at := question.find(t)) >= 0]
    return min(spots)[1] if spots else ""


def participants_unsaid(question: str, terms: Sequence[str], unit: str, clause: str) -> bool:
    """Whether a count of people (``unit``) in ``clause`` fails a question asking who took part in an event: the
    clause says neither the event's word nor taking part."""
    verb = _TAKE_PART_RE.search(question)
    if verb is None or unit_class(unit) != "people" or _TAKE_PART_RE.search(clause):
        return False
    event = _event_word(question, terms, verb.start())
    return bool(event) and event not in clause
