"""The action and the thing a yes/no question puts before its stated count (常熟检测纺织企业过3000家了吗: 检测 …
企业), read against a sentence's figures: the figure that answers is the one the text says right after that
action and its thing (共检测企业3215家), not another count of the same measure word near the same words
(聘请第三方电气检测机构9家: 检测 names the 机构, not the counted 企业). Without this, two sentences holding the
question's words and a count in 家 tied and the wrong one could win. polarity.score_claim multiplies with
``verb_count_fit``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..nouns import names_place, tagged
from ..numbers import Figure

# Relation and ask words between the fronted run and its figure (过3000家, 有没有超过, 达到, 满).
_RELATION_RE = re.compile(r"(?:是不是|是否|有没有|有无)?\s*(?:就|已经|已|都)?\s*(?:有|是|共|一共|总共)?\s*"
                          r"(?:超过|超出|多于|高于|不少于|不低于|不止|不到|不足|少于|低于|不超过|达到|达|到|满|过)?\s*$")
# Words a text may put between the thing and its figure (检测企业共3215家).
_BETWEEN_RE = r"(?:共计|合计|总计|共|约|近|逾|超过|达)?\s*$"
_LOWER = 0.97


@lru_cache(maxsize=256)
def _action_and_thing(question: str, start: int) -> tuple[str, str] | None:
    """(verb, head noun) right before the figure at ``start``: the run 检测纺织企业 gives (检测, 企业); None when the
    words before the figure are not a verb followed by nouns."""
    head = _RELATION_RE.sub("", re.split(r"[，,；;。？?]", question[:start])[-1])
    words = [(w, flag) for w, flag, _, _ in tagged(head) if w.strip()]
    nouns: list[str] = []
    while words and words[-1][1].startswith("n") and not names_place(*words[-1]):
        nouns.insert(0, words.pop()[0])
    if not nouns or not words or words[-1][1] not in ("v", "vn") or len(words[-1][0]) < 2:
        return None
    return words[-1][0], nouns[-1]


def verb_count_fit(question: str, stated: Sequence[Figure], text: str, figures: Sequence[Figure]) -> float:
    """1.0 when ``text`` says a count in the stated measure word right after the question's action and thing
    (检测企业3215家) or the question fronts no such pair; slightly less when it has none."""
    for f in stated:
        pair = _action_and_thing(question, f.start) if f.unit else None
        if pair is None:
            continue
        verb, noun = pair
        said = re.compile(re.escape(verb) + r"[^，,；;。、]{0,4}?" + re.escape(noun) + _BETWEEN_RE)
        if not any(g.unit == f.unit and said.search(text[:g.start]) for g in figures):
            return _LOWER
    return 1.0
