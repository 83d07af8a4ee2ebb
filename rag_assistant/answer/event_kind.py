"""A figure of one kind of event, in a report sentence that lists two kinds, is not a figure of the other kind.

A meeting's report sentence often gives several kinds of events in parallel segments split by ；, each opening with
发生 and its kind: ``全省共发生生产安全事故96起、死亡83人，同比分别下降12.7％和9.8％；全省共发生森林火情7起，过火面积
26.4公顷，…，未发生人员伤亡``. 森林火情死了几个人 (or 森林火情几起、死了几个人) asks the deaths of the forest fires: 死亡83人
counts the deaths of the 生产安全事故 of the segment before, and the forest-fire segment says 未发生人员伤亡. A figure is
refused when the question names the event kind of another segment of its sentence and not the kind of its own.

Reads: the question up to the asked part and the figure's sentence (its ；-segments and the event noun after 发生 in each).
"""

from __future__ import annotations

import re

from .part_at import part_at

_SEGMENT_RE = re.compile(r"[；;]")
# The event kind a segment reports: the words after 发生 up to its count (发生生产安全事故96起 → 生产安全事故).
_EVENT_RE = re.compile(r"发生(?:了)?([\u4e00-\u9fff]{2,10}?)(?=\s*[\d０-９])")


def said_up_to(question: str, part_text: str) -> str:
    """The words of ``question`` that scope the part ``part_text``: its own and those of the parts before it (森林火情几起、
    死了几个人: the deaths of the 森林火情), never a later part's (死了多少人、森林火情几起 asks all deaths first)."""
    at = part_at(question, part_text)
    return f"{question[:at]}{part_text}" if at > 0 else part_text


def _events(segment: str) -> list[str]:
    return _EVENT_RE.findall(segment)


def _named(question: str, kind: str) -> bool:
    """Whether the question says the event kind, whole or by a two-character piece of it (事故 of 生产安全事故)."""
    return any(kind[i:i + 2] in question for i in range(len(kind) - 1))


def other_event(question: str, text: str, at: int, words: tuple[str, ...] = ()) -> bool:
    """True when the figure at offset ``at`` of the article ``text`` lies in a ；-segment of its paragraph whose
    event kind the question does not name, while another segment's event kind is named by it. A part whose own
    ``words`` name a thing its figure's segment says and no named kind's segment does (事故多少起，过火面积多少:
    过火 is the forest fires' only) asks that segment's figure: an earlier part's event kind does not scope it."""
    start = text.rfind("\n", 0, at) + 1
    end = len(text) if (end := text.find("\n", at)) < 0 else end
    sentence, at = text[start:end], at - start
    bounds = [0, *(m.end() for m in _SEGMENT_RE.finditer(sentence)), len(sentence) + 1]
    spans = list(zip(bounds, bounds[1:]))
    if len(spans) < 2:
        return False
    own = next(((a, b) for a, b in spans if a <= at < b), None)
    if own is None:
        return False
    kinds = _events(sentence[own[0]:own[1]])
    others = [k for a, b in spans if (a, b) != own for k in _events(sentence[a:b])]
    named = [(a, b) for a, b in spans if (a, b) != own and any(_named(question, k) for k in _events(sentence[a:b]))]
    if not kinds or any(_named(question, k) for k in kinds) or not named:
        return False
    # a word of two or more characters (过火, not the 死 any segment's casualties may say) that only this segment says
    return not any(len(w) > 1 and w in sentence[own[0]:own[1]] and not any(w in sentence[a:b] for a, b in named)
                   for w in words)
