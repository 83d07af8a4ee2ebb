"""Where a part of a several-part question begins in the question's words.

A part's text is usually a slice of the question, but a shared ask is written out for each part
(沭阳新河镇排查隐患和已整改各多少处 → 沭阳新河镇排查隐患多少处 / 已整改多少处): the part's own words are in the question
while its question word (多少处) is said once, after 各. Checks that read what an earlier part said before this one
(the town or table row that scopes a later part) need the part's place all the same; this finds it by the longest
head of the part text that the question says.
"""

from __future__ import annotations

_MIN_HEAD = 2  # one character says too little to place a part


def part_at(question: str, part_text: str) -> int:
    """The index in ``question`` where ``part_text`` begins: where it is said verbatim, else where its longest head
    of at least two characters is said (the part's own words before a question word said once for all parts); -1
    when neither is said."""
    at = question.find(part_text)
    if at >= 0 or not part_text:
        return at
    for end in range(len(part_text) - 1, _MIN_HEAD - 1, -1):
        at = question.find(part_text[:end])
        if at >= 0:
            return at
    return -1
