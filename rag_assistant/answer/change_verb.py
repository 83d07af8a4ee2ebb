"""The one-character verb of rise or fall in a question that asks a change (同比涨了多少, 跌了多少): people say the
direction with 涨/跌, which the briefings never print; they print 增长/增加/增多 and 下降/降低 (同比增长17.4%). The
direction still tells two changes of one paragraph apart (整改火灾隐患…同比增长12.6%; 火灾起数同比下降8.4%), so the
verb is kept as a term, said as the written verb the briefings print most for its class: 涨 → 增长, 跌 → 下降 (a
one-character stem, 增, weighs too little to tell the two changes apart).
"""

from __future__ import annotations

from typing import Sequence

from .directions import SHORT_FALL, SHORT_RISE

# 涨 and 跌 only: 多/少/高/低 (the other one-character forms) are said of much else than a change.
_WRITTEN_STEM = {SHORT_RISE[0]: "增长", SHORT_FALL[0]: "下降"}


def unchanged_terms(terms: Sequence[str], qualifiers: Sequence[str]) -> tuple[str, ...]:
    """``terms`` with a spoken 涨/跌 said as its written verb when the part asks a change (同比); unchanged else."""
    if "同比" not in qualifiers:
        return tuple(terms)
    return tuple(dict.fromkeys(_WRITTEN_STEM.get(t, t) for t in terms))
