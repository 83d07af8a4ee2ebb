"""The same measure of the same subject printed in another issue: a figure question that names no year, issue,
period or relative time (常州罚了多少款, 省级安全生产专项资金多少) is answered by every issue that prints that
measure for it, newest first, not by whichever issue happened to score a little higher.

Reads the ranked candidate sentences of one part (evidence.find): a sentence of another briefing whose figure
answers the part as fully as the best one (same coverage, same unit class) and scores nearly as well is the
same measure said at another time (常州 立案处罚 286起 in 2025年第26期 and 158起 in 2024年第8期). A question
that names its time (2024年, 今年, 前三季度, 最新一期), or a follow-up whose earlier turn names the matter, keeps
its one figure."""

from __future__ import annotations

from typing import Sequence

from ..types import Intent, Part
from ..units import unit_class
from . import lexicon as lx

# An other issue's figure counts when it scores at least this share of the best one's score…
_SCORE_SHARE = 0.8
# …and its coverage of the asked words is at most this much below the best one's.
_COVERAGE_SLACK = 0.05
# At most this many issues are named for one measure.
_MAX_ISSUES = 3


def _names_time(intent: Intent, part: Part) -> bool:
    """Whether the question, the part or the earlier turn limits the time it asks about."""
    # A follow-up's earlier turn (intent.context: 春节假期…事故 before 死了多少人) names the matter, hence its time.
    return bool(intent.context or intent.year is not None or intent.latest or intent.sources is not None or intent.scope
                or part.year is not None or part.number is not None or part.special or part.periods
                or lx.RELATIVE_YEAR_RE.search(intent.question))


def other_issues(ranked: Sequence, part: Part, intent: Intent, coverage: float) -> list:
    """The (sentence, scored) pairs of other briefings that give the best pair's measure as well (see module
    docstring); empty when the question names its time or no other issue does."""
    if intent.kind != "figure" or len(intent.parts) > 1 or not ranked or _names_time(intent, part):
        return []
    best_s, best = ranked[0]
    if best.figure is None or best.coverage < coverage:
        return []
    cls = unit_class(best.figure.unit)
    seen = {best_s.entry.briefing.source}
    out = []
    for s, sc in ranked[1:]:
        source = s.entry.briefing.source
        if (source in seen or sc.figure is None or sc.coverage < best.coverage - _COVERAGE_SLACK
                or sc.score < _SCORE_SHARE * best.score or unit_class(sc.figure.unit) != cls
                or not same_subject(best_s.entry, s.entry)):
            continue
        seen.add(source)
        out.append((s, sc))
        if len(out) + 1 >= _MAX_ISSUES:
            break
    return out


def same_subject(one, other) -> bool:
    """Whether two articles are of the same place: neither names a county or district the other does not
    (《常州市：“企业安全码”…》 and 《常州市金坛区：锂电…》 are a city and one of its districts, whose 全区工贸企业火灾起数
    is no figure of the city's own measure)."""
    names = [{p.name for p in e.places} for e in (one, other)]
    return not any(p.level != "city" and p.name not in names[1 - i] for i, e in enumerate((one, other)) for p in e.places)


def newest_first(pairs: Sequence) -> list:
    """``pairs`` ordered by their briefing's date, newest first (undated last)."""
    return sorted(pairs, key=lambda p: p[0].entry.briefing.date or "", reverse=True)
