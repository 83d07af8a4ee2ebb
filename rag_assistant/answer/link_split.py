"""Where a later asked part starts when a link word joins two asks in one unpunctuated clause.

Chat questions often drop the comma before 以及/另外/此外 (常熟已整改多少处以及罚款多少): the words between the two
question words are then the earlier part's unit and the later part's noun, told apart by the link word. Without this
reading the split falls at the later question word, and the later noun (罚款) is glued to the earlier part.
"""

from __future__ import annotations

import re

# Words that only link a second asked clause to the first; 和/及/与 are left out: between two asks they usually join
# two nouns counted together (多少企业和多少人次 is handled by the caller); 还有 may mean "still" (还有多少没整改).
_LINK_RE = re.compile(r"以及|另外|此外|并且|而且|外加|再就是")


def linked_start(piece: str, after: int, ask: int) -> int | None:
    """The index where the later part starts: at a link word between the earlier question word (ending at ``after``)
    and the later one (starting at ``ask``) that has words after it; None when there is no such link word."""
    between = piece[after:ask]
    found = [m for m in _LINK_RE.finditer(between) if between[m.end():].strip()]
    return after + found[-1].start() if found else None
