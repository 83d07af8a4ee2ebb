"""Whether an elliptic ask (X呢) names an act of its own: a verb and a noun (移送司法机关呢, 立案处罚呢, 救助遇险渔民呢)
or a verbal noun after it (疏散演练呢).

Such an X is a measure of its own, not a new subject for the first part's measure: 2025年罚没款多少，移送司法机关呢
asks the 移送司法机关 cases (312起), not their 罚没款, so X borrows neither the first part's unit or class (罚没款 →
money: "简报未给出移送司法机关的金额"; 小作坊多少家，淘汰导热油炉呢: 286台, not 家) nor its counted words. A place or a row label
(北沟街道呢, 仓储物流呢) says no verb and borrows both (elliptic_terms.py); a bare stage (已整改呢) says a verb but
no object of its own and borrows the counted noun (隐患) it is said of.

A bare stage with a verb the first part does not say (检查了多少家次？已整改呢) asks another act, so it borrows no count
of the first part's act (家次, 人次, 次: how often that act was done); its unit is its own figure's (已整改（处）3.5万).
"""

from __future__ import annotations

from ..nouns import noun_run, tagged
from . import lexicon as lx


def names_own_act(text: str) -> bool:
    """Whether ``text`` is an elliptic X呢 whose X says a verb and a noun of its own (移送司法机关, 立案处罚)."""
    piece = text.strip(" ，,？?")
    if lx.ELLIPTIC_RE.match(piece) is None:
        return False
    said = piece.removesuffix("呢")
    flags = [flag for w, flag, *_ in tagged(said) if w.strip()]
    # verbs in a row before the noun modify it (应知应会手册: the must-know handbook), they do not act on it
    if len(flags) > 2 and set(flags[:-1]) == {"v"} and flags[-1].startswith("n"):
        return False
    # its object: a noun (司法机关) or, after the verb, a verbal noun naming the act itself (疏散演练: 演练 vn)
    after = flags[flags.index("v") + 1:] if "v" in flags else []
    return "v" in flags and (any(f.startswith("n") and f not in ("ns", "nr") for f in flags) or "vn" in after
                             or bool(noun_run(said, True)))


def acts_apart(text: str, first: str) -> bool:
    """Whether an elliptic ``X呢`` says a verb that the first part ``first`` does not say (已整改呢 after 检查了多少
    家次): X is another act, and a count of the first part's act (its times unit) is not X's unit."""
    piece = text.strip(" ，,？?")
    if lx.ELLIPTIC_RE.match(piece) is None:
        return False
    verbs = [w for w, flag, *_ in tagged(piece.removesuffix("呢")) if flag == "v" and len(w) >= 2]
    return bool(verbs) and not any(v in first for v in verbs)
