"""Whether a word the tagger reads as one noun ends in a verbal noun: 执法检查 (检查), an act, not a thing.

The tagger keeps some act compounds whole and tags them as nouns (执法检查 n), while the same act said in two words is
read as one (隐患排查: 排查 vn). A bare 2025年全省执法检查多少 asks how much inspecting was done (8.9万家次), not how
many things there are; read as a stock question its 家次 figure was refused and the 同比 cell (增长6.3%) answered.
"""

from __future__ import annotations

from ..nouns import tagged


def ends_in_act(word: str) -> bool:
    """Whether a noun ``word`` of four or more characters ends in two characters the tagger reads as a verb."""
    if len(word) < 4:
        return False
    tail = [flag for w, flag, *_ in tagged(word[-2:]) if w.strip()]
    return len(tail) == 1 and tail[0] in ("v", "vn")
