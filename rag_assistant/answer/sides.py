"""The sides of a comparison as the question says them: A和B哪个多, A与B谁多, A比B多几家."""

from __future__ import annotations

from . import lexicon as lx


def compare_sides(question: str) -> list[str]:
    """The two (or more) sides of a comparison: the words before 哪个多, split at 和/与/、; with 比 (A比B多几家)
    the second side is the words between 比 and 多."""
    m = lx.COMPARE_RE.search(question)
    body = question[:m.start()] if m and m.start() > 0 else question
    sides = [w for w in lx.CONJUNCTION_RE.split(body) if w.strip(" ，,？?")]
    bi = lx.DIFFERENCE_BI_RE.search(question)
    if bi and m and bi.start() == m.start():
        sides.append(bi.group(1))
    return sides
