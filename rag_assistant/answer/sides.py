"""The sides of a comparison as the question says them: A和B哪个多, A跟B比谁多, A比B多几家, A多还是B多, A是B的几倍."""

from __future__ import annotations

import re

from . import lexicon as lx

_COMPARED_WITH_RE = re.compile(r"(?:相比|比较|比)$")  # A跟B比，哪个多: 比 ends the second side


def compare_sides(question: str) -> list[str]:
    """The two (or more) sides of a comparison: the words before 哪个多, split at 和/与/、; with 比 (A比B多几家)
    or 还是 (A多还是B多) the second side is the words between 比 or 还是 and the comparison word (是…的几倍: 是 and 的)."""
    m = lx.COMPARE_RE.search(question)
    body = question[:m.start()] if m and m.start() > 0 else question
    sides = [_COMPARED_WITH_RE.sub("", w.strip(" ，,")) for w in lx.CONJUNCTION_RE.split(body) if w.strip(" ，,？?")]
    said = lx.DIFFERENCE_BI_RE.search(question) or lx.ALTERNATIVE_RE.search(question) or lx.RATIO_RE.search(question)
    if said and m and said.start() == m.start():
        sides.append(said.group(1))
    return _shared_subject([s for s in sides if s])


def _shared_subject(sides: list[str]) -> list[str]:
    """The sides with the subject the first side fronts before its verb given to a later side that is only a verb
    with 的 (常熟电气隐患发现的和整改的哪个多: 整改的 → 常熟电气隐患整改的): the relative clauses share one head."""
    if len(sides) < 2:
        return sides
    subject = fronted_subject(sides[0])
    if not subject:
        return sides
    from ..nouns import tagged
    bare = [all(f[:1] in "vdu" for _, f, _, _ in tagged(s)) and s.endswith("的") for s in sides[1:]]
    return [sides[0], *(subject + s if b else s for s, b in zip(sides[1:], bare))]


def fronted_subject(side: str) -> str:
    """The noun a headless relative side fronts before its verb and 的 (启东实验室隐患发现的 → 启东实验室隐患), "" when
    the side is no such clause."""
    if not side.endswith("的"):
        return ""
    from ..nouns import tagged  # the segmenter is loaded late, as by nouns' other readers
    from .measure import QUALIFIER_WORDS
    first = [(w, f) for w, f, _, _ in tagged(side)]
    at = len(first) - 1  # the 的
    # 小散矿山计划关闭的和已关闭的: the qualifier (计划, tagged a noun) belongs to the first side's verb, not the subject
    while at > 0 and (first[at - 1][1][:1] in "vd" or first[at - 1][0] in QUALIFIER_WORDS):
        at -= 1
    if at == len(first) - 1 or at == 0 or first[at - 1][1][:1] != "n":
        return ""
    return "".join(w for w, _ in first[:at])


def relative_head(side: str) -> str:
    """The thing a headless relative side counts: the head of the noun it fronts (启东实验室隐患发现的 → 隐患, not the
    实验室 a sentence counting 红色实验室37间 would answer)."""
    from ..nouns import head_noun
    subject = fronted_subject(side)
    return head_noun(subject) if subject else ""
