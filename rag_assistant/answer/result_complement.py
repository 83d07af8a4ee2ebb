"""The asked words of a yes/no question without its result complement (整改完了吗 asks 整改, not 完).

A question whether a deed is finished says the deed and its result (整改完, 复查完, 配齐, 发放到位). The result
word (完, 齐) is the question's polarity, not a word the supporting sentence must hold: kept as an asked word it
matches any 完成 of the article (推动2个化工集中区完成封闭化管理改造) and outranks the sentence that counts the asked
deed (查找问题312项，已整改289项). A one-character result word right after another asked word is dropped.
"""

from __future__ import annotations

from typing import Sequence

from ..dictionary import tag

_RESULTS = RESULT_WORDS = "完齐"


def without_result(question: str, terms: Sequence[str]) -> tuple[str, ...]:
    """``terms`` without a one-character result word (完, 齐) that follows another of them in ``question``."""
    kept = []
    for t in terms:
        if len(t) == 1 and t in _RESULTS and any(f"{o}{t}" in question for o in terms if o != t and len(o) > 1):
            continue
        kept.append(t)
    return tuple(kept) if len(kept) < len(terms) and kept else tuple(terms)


def result_after_verb(token: str, text: str) -> bool:
    """Whether ``token`` is a one-character result word (完, 齐) said right after a verb in ``text``: the 完 of
    还有几处没改完 / 查完了几家 is the result of 改, 查, not a word the figure's sentence must hold (其余7处纳入挂牌督办)."""
    return len(token) == 1 and token in _RESULTS and \
        any(i > 0 and tag(text[i - 1], "x").startswith("v") for i, c in enumerate(text) if c == token)
