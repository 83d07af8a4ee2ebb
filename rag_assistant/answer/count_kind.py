"""Whether a figure counts another kind of thing than the classifier the question asks in (江北新区赋码了多少家 is
not answered by 共赋码1978台: 台 counts machines, 家 enterprises or units; 赋码多少台 is not answered by 已赋码
1.16万家). Read by ``rejections.refused_by`` for every figure, whatever the verb or the counted noun of the question:
a question that names no noun (赋码了多少家) has only its classifier to say what it counts, so a figure in a
classifier of another kind (units.COUNT_KINDS: places, documents, units, vehicles and machines, events) is no
answer to it. A general classifier (个, 项) or a bare 多少 asks no kind and is left to the other checks."""

from __future__ import annotations

from ..units import COUNT_KINDS

# Kinds whose classifiers name the same establishments in other words: a 场所 or 学校 is counted in 家 or in 处/所
# (小场所1.2万家 / 1.2万处), so a place figure may still answer a 家 question (judge scores it lower).
_OVERLAPPING = frozenset({frozenset({"place", "unit"})})


def other_count_kind(asked_unit: str, unit: str) -> bool:
    """Whether ``unit`` counts another kind of thing than ``asked_unit`` (家 vs 台, 艘 vs 家, 起 vs 家); False
    when either names no kind (个, 项, 人, no classifier) or both name one kind (台 and 辆, 家 and 户)."""
    asked, found = COUNT_KINDS.get(asked_unit), COUNT_KINDS.get(unit)
    return bool(asked and found) and asked != found and frozenset({asked, found}) not in _OVERLAPPING


def counted_in_other_kind(measure: str, asked_unit: str, noun: str, sentence: str, figures, f) -> bool:
    """Whether the figure counts another noun than the asked one while its sentence counts the asked noun in a
    classifier of another kind (高邮旅游船舶有多少家 is not 水上旅游经营单位14家 of …、旅游船舶96艘: the ships are
    counted in 艘, the question's 家 fits none of them). Only a figure whose own noun is said and is not the asked
    one is refused; the asked noun's own figure is left to ``other_count_kind``."""
    from .counted import counts_measure, figure_noun  # counted imports much of the answer stage

    if not measure or len(noun) < 2 or counts_measure(measure, noun):
        return False
    return any(g is not f and other_count_kind(asked_unit, g.unit)
               and len(other := figure_noun(sentence, g.start, g.end)[0]) > 1 and counts_measure(measure, other)
               for g in figures)
