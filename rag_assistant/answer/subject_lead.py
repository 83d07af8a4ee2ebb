"""The words of a first part's leading town or street that its measure swallowed, which later parts still ask in.

北沟街道排查隐患多少处，已整改多少: measure.measure_of reads the first part's asked noun as 北沟街道排查隐患, and
understand.read_parts lets a later part borrow only the first part's words outside its measure, so 已整改多少 lost
北沟街道 and was answered by another article's 已整改1872处. A town or street name that opens the measure is the
scene the question is asked in, not the counted thing: its words are lead words too.
"""

from __future__ import annotations

from typing import Sequence

from . import lexicon as lx


def lead_terms(first: str, terms: Sequence[str], measure: str) -> tuple[str, ...]:
    """The first part's terms outside its ``measure``, plus those of a town name that opens the measure."""
    town = lx.TOWN_RE.match(measure) if measure else None
    name = town.group(0) if town else ""
    return tuple(t for t in terms if t not in measure or (name and t in name))
