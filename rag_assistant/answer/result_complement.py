"""The asked words of a yes/no question without its result complement (整改完了吗 asks 整改, not 完).

A question whether a deed is finished says the deed and its result (整改完, 复查完, 配齐, 发放到位). The result
word (完, 齐) is the question's polarity, not a word the supporting sentence must hold: kept as an asked word it
matches any 完成 of the article (推动2个化工集中区完成封闭化管理改造) and outranks the sentence that counts the asked
deed (查找问题312项，已整改289项). A one-character result word right after another asked word is dropped.
"""

from __future__ import annotations

from typing import Sequence

_RESULTS = "完齐"


def without_result(question: str, terms: Sequence[str]) -> tuple[str, ...]:
    """``terms`` without a one-character result word (完, 齐) that follows another of them in ``question``."""
    kept = []
    for t in terms:
        if len(t) == 1 and t in _RESULTS and any(f"{o}{t}" in question for o in terms if o != t and len(o) > 1):
            continue
        kept.append(t)
    return tuple(kept) if len(kept) < len(terms) and kept else tuple(terms)
