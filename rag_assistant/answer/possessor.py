"""Whether the words before a question's 的 name whose thing it is (苏州的危化品企业, 南通市的巡查员, 全市的企业) rather
than an action restricting it (立案的企业, 刑拘的嫌疑人).

governs.acted_figures reads “XX的<noun>” as a relative clause and keeps the text's figures whose clause says XX; a place
there is the owner of the noun, so holding the figures to it keeps whichever figure follows the place's own name in the
text (苏州全市有80902家生产企业, not 548家危化品企业)."""

from __future__ import annotations

import re

from ..ingest.gazetteer import find_places

# A scope word standing for the place the question is about (全市的, 我市的, 本省的, 各县的).
_SCOPE_RE = re.compile(r"[全我本各该][省市县区镇]$")


def possessor(before: str) -> bool:
    """Whether ``before`` (the question's words up to a 的) ends with a place or a scope word."""
    if _SCOPE_RE.search(before):
        return True
    return any(before.endswith(p.name) or before.endswith(p.full) for p in find_places(before[-12:]))
