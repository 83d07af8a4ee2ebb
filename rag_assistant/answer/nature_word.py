"""The stem a nature word is said by: 经营性, 临时性, 季节性 name a kind by its nature (X性, "of X"), and the
briefings often say that kind with the bare X in a relative clause (其中用作经营的自建房四千三百余户 for
其中经营性的多少户). When a part's counted thing is such a word alone (its head noun elided after 其中…的), the
figure's words name it when they say its stem; counted.py reads the asked head through this.
"""

from __future__ import annotations

import re

# X性 with a stem of two characters or more (经营性, 生产性, 公益性); a one-character stem (毒性, 火性) is a noun.
_NATURE_RE = re.compile(r"^([\u4e00-\u9fff]{2,4})性$")


def nature_stem(head: str) -> str:
    """The stem of a nature word (经营性 → 经营), else the word unchanged."""
    m = _NATURE_RE.match(head)
    return m.group(1) if m else head
