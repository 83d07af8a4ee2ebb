"""The town a first part's measure opens with is the scene of the later parts, which borrow it.

measure.measure_of reads the noun phrase before the question word whole: 北沟街道排查隐患多少处 → 北沟街道排查隐患. The
words a later part borrows from the first part (understand.read_parts: the first part's words outside its measure)
then lose the street, so 北沟街道排查隐患多少处，已整改多少 asked a bare 已整改多少 and took another article's
已整改1872处. A named town (two or more characters, then 镇/乡/街道) opening the measure is borrowed by every later
part that names no place, town or whole of its own; the measure itself is left as it is (it chooses the table column),
and so are the first part's focus words (the town is not made a shared scene word).
"""

from __future__ import annotations

import re
from typing import Sequence

from . import lexicon as lx

# A named town opening the measure: characters that are no question or scope word, then 镇/乡/街道.
# A name ending in 城 (邳城镇, 新城街道) is a town too when a name character stands before the 城 (城镇, 小城镇 and
# 新沂市城镇燃气 are none: a scope word or a higher place comes first); without it 邳城镇排查隐患多少处，已整改多少
# lent the later part no 邳城 and it took another article's 已整改.
_NOT_NAME = "几个多少有是在和的各全每重点其小城乡村该本那这"
_OPENING_TOWN_RE = re.compile(rf"^(?:(?:(?![{_NOT_NAME}])[\u4e00-\u9fff]){{2,4}}?(?:镇|乡|街道)"
                              rf"|(?:(?![{_NOT_NAME}市县区省])[\u4e00-\u9fff]){{1,3}}?城(?:镇|街道))(?=.)")


def with_town(measure: str, first_terms: Sequence[str], text: str, borrowed: Sequence[str],
              first: str = "") -> tuple[str, ...]:
    """``borrowed`` plus the first part's words of the town its ``measure`` (or, when the measure is only the
    counted noun after the verb, the first part's text ``first``: 北沟街道检查了多少个网点) opens with, for a later part
    ``text`` naming no town or whole of its own."""
    m = _OPENING_TOWN_RE.match(measure) or _OPENING_TOWN_RE.match(first)
    if not m or lx.TOWN_RE.search(text) or lx.OWN_WHOLE_RE.search(text):
        return tuple(borrowed)
    town = m.group(0)
    return tuple(borrowed) + tuple(t for t in first_terms if t in town and t not in borrowed)
