"""Yes/no that claims where the work was done (靖江是在苏州试点的吗, 南通是不是在苏州搞的): of two places a
question names, the one said as the location (在X, 是X的, 属于X) is a claim the evidence must bear out.

The evidence is found through the question's subject place (靖江), so its article is about that place; when the
article neither is about the claimed place nor mentions it (靖江's article is 泰州's: 泰州靖江市), the claim is false
and the answer is 不是 with the article's place, not the 是 its supporting sentence alone would give. A claimed
place the article is about (靖江是在泰州试点的吗: 泰州靖江市) keeps the sentence's verdict.
"""

from __future__ import annotations

import re
from typing import Sequence

# A place said as the location or owner of the claim: 在苏州, 是在苏州, 属于苏州, 归苏州, 是苏州的.
_CLAIMED_BEFORE_RE = re.compile(r"(?:在|属于|归|隶属)$")
_CLAIMED_AFTER_RE = re.compile(r"^(?:市|县|区)?(?:的吗|的[？?]|下面|下辖|管)")


def claimed_places(question: str, places: Sequence[str]) -> list[str]:
    """The places ``question`` says as the claim's location, when it names another place as well."""
    if len(places) < 2:
        return []
    out = []
    for p in places:
        at = question.find(p)
        if at > 0 and (_CLAIMED_BEFORE_RE.search(question[:at]) or _CLAIMED_AFTER_RE.match(question[at + len(p):])):
            out.append(p)
    return out if len(out) < len(places) else []


def place_claim_head(question: str, places: Sequence[str], entry) -> str:
    """不是，简报记载的是<the article's place> when the question claims a place its evidence article is not about
    and does not name; "" otherwise."""
    if entry is None or not entry.places:
        return ""
    claimed = claimed_places(question, places)
    own = [p for p in entry.places if any(q in (p.name, p.full) for q in places if q not in claimed)]
    at = own[0] if own else entry.places[0]  # 泰州靖江市: 靖江, the place the question is about
    said = at.full or at.name
    said = said if not at.city or at.city in said else f"{at.city}{said}"  # 泰州靖江市: the city a county is in
    for p in claimed:
        if not entry.mentions(p):
            return f"不是，简报记载的是{said}"
    return ""
