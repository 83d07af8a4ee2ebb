"""A size threshold a question puts on the things it counts (一天能烘500吨以上的大户有几家, 300吨的企业有多少): the
figure answers only when its sentence states that threshold. A sentence that counts all of the things
(现有粮食烘干企业680余家) or states another threshold (日烘干能力300吨以上的企业94家) does not count the ones
above the asked size; without this check the total or the other subset was given as the answer."""

from __future__ import annotations

import re

from ..numbers import CALENDAR_UNITS, extract_figures
from ..units import unit_class

# A figure of the question that modifies the counted noun: followed by 的, maybe after a bound word (以上的).
_MODIFIER_RE = re.compile(r"\s*(?:及?以上|及?以下|以内)?的")


def threshold_unsaid(question: str, sentence: str) -> bool:
    """Whether ``question`` bounds its counted things by a measured size (300吨以上的, 500吨的) that ``sentence``
    does not state (the same value in the same unit)."""
    said = {(f.value, f.unit) for f in extract_figures(sentence)}
    for f in extract_figures(question):
        if f.unit in CALENDAR_UNITS or unit_class(f.unit) in ("count", "people", "money", "ratio", ""):
            continue  # a year, a count (3000家) or a sum names no size of a thing
        if not _MODIFIER_RE.match(question, f.end):
            continue  # 过3000吨了吗 / 烘了多少吨: a threshold of the answer, not of the counted things
        if (f.value, f.unit) not in said:
            return True
    return False
