"""A one-character topic word the segmenter cut off its noun (小 + 场所 of 小场所): the compound the question says.

The segmenter reads 南通小场所治理 as 小 / 场所 / 治理. Scored piece by piece, an article that says 场所 in any
phrase (隐蔽场所, 人员密集场所) and 治理 in its title matches the question as well as the article whose point is
about 社会面小场所, so a place's unrelated article is answered beside (or before) the right one. A single
character says little alone (match.Weights gives it a third of a word's weight); what it says is which kind of
the neighbouring noun is meant. This module reads, from the question's own wording, the compounds a single-
character topic word forms with the topic word right after (or before) it, kept only when the briefings say that
compound verbatim: the article that says 小场所 then outweighs one that only says 场所.
"""

from __future__ import annotations

from typing import Sequence


def bound_compounds(terms: Sequence[str], question: str, corpus: str) -> tuple[str, ...]:
    """The compounds (小场所) of a one-character topic word and its neighbouring topic word, as the question
    writes them side by side and the ``corpus`` (every briefing's text) says them; () when there are none."""
    q = question.lower()
    out: list[str] = []
    singles = [t for t in dict.fromkeys(terms) if len(t) == 1 and "\u4e00" <= t <= "\u9fff"]
    words = [t for t in dict.fromkeys(terms) if len(t) > 1]
    for s in singles:
        for w in words:
            for compound in (s + w, w + s):
                if compound in q and compound in corpus and compound not in terms and compound not in out:
                    out.append(compound)
    return tuple(out)
