"""A topic compound the segmenter also gives in pieces is read by its pieces (锂电池 as 锂电 + 电池).

The segmenter gives a compound and its overlapping pieces (锂电池, 锂电, 电池). When an article says only one
piece (the title 锂电新能源企业消防安全 says 锂电), the compound and every piece it lacks all count as missing,
so the compound's weight is counted twice over and an article on the asked topic reads as one on other things
(哪些地方在锂电池消防方面有做法 answered from 金坛's background sentences instead of its 五个一). A compound
whose pieces, all among the words, cover every one of its characters adds nothing they do not say when the
compound is printed, so the across-places reading weighs the pieces only.
"""

from __future__ import annotations

from typing import Sequence


def without_covered_compounds(terms: Sequence[str]) -> tuple[str, ...]:
    """``terms`` without each compound whose shorter pieces among ``terms`` cover all of its characters."""
    out = []
    for u in terms:
        covered = [False] * len(u)
        for t in terms:
            if t != u and 1 < len(t) < len(u):
                at = u.find(t)
                while at >= 0:
                    covered[at:at + len(t)] = [True] * len(t)
                    at = u.find(t, at + 1)
        if not (len(u) > 2 and all(covered)):
            out.append(u)
    return tuple(out) or tuple(terms)
