"""Parts of one message that name places of their own are read in one issue when the text allows.

镇江和常州立案处罚分别是多少起: 2024年第8期 gives both (镇江 立案处罚 52 起, 常州 立案处罚 158 起); 2025年第26期 gives
another 常州 figure (立案处罚286起) that scores a little higher for the 常州 part alone. Figures asked together in
one message are of one time unless the text has them only in different issues: the issue that answers the
most parts is read for every part it answers, when the figure it gives a part scores at least ``SHARE`` of that
part's own best and answers it. A part whose place that issue does not answer keeps its own best figure (镇江和淮安
罚款分别多少: 镇江 is only in 2024年第8期, 淮安 only in 2025年第9期). The sides of a comparison and parts with no
place of their own are read in one issue by evidence._one_issue; parts that name a year or an issue keep theirs.
"""

from __future__ import annotations

from typing import Sequence

from ..types import Intent, Part

SHARE = 0.5


def issue_mates(intent: Intent, entries: list, library) -> list:
    """The articles to read beside ``entries`` for a message that asks two or more places: each asked place's own
    articles in the issues of the candidate articles about another asked place (镇江和常州各罚了多少钱: retrieval
    brought 2024年第8期's 镇江 article and 2025年第26期's 常州 one; 2024年第8期's 常州 article is read too)."""
    places = list(dict.fromkeys(p.place for p in intent.parts if p.place))
    if len(places) < 2:
        return []
    issues = {e.briefing.source for e in entries if any(e.is_about(p) for p in places)}
    return [e for p in places for e in library.about(p, intent.sources)
            if e.briefing.source in issues and e not in entries]


def _source(pair) -> str:
    s, _ = pair
    return s.entry.briefing.source


def same_issue(parts: Sequence[Part], rankings: list, coverage: float) -> list:
    """The rankings with each part's best answering figure of the issue most parts share first (see the module)."""
    if len(parts) < 2 or len({p.place for p in parts if p.place}) < 2 or not all(rankings) \
            or any(p.year is not None or p.number is not None for p in parts):
        return rankings
    tops = [_source(r[0]) for r in rankings]
    if len(set(tops)) == 1:
        return rankings

    def moves(source: str) -> list[int | None]:  # per part: where its figure of ``source`` stands, if it may move
        out = []
        for ranked in rankings:
            top = ranked[0][1].score
            k = next((k for k, pair in enumerate(ranked) if _source(pair) == source and pair[1].figure is not None),
                     None)
            ok = k is not None and top > 0 and ranked[k][1].score >= SHARE * top and ranked[k][1].coverage >= coverage
            out.append(k if ok else None)
        return out

    def merit(source: str) -> tuple[int, float]:  # the parts it answers, then the score they keep
        ks = moves(source)
        return (sum(k is not None for k in ks),
                sum(rankings[i][k][1].score / rankings[i][0][1].score for i, k in enumerate(ks) if k is not None))

    best = max(dict.fromkeys(tops), key=merit)
    out = list(rankings)
    for i, k in enumerate(moves(best)):
        if k:
            out[i] = [rankings[i][k], *rankings[i][:k], *rankings[i][k + 1:]]
    return out
