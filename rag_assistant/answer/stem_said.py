"""Whether an asked institution noun is said by its stem under another institution head (养老院 asked of an article
that says 养老机构): Chinese names one kind of institution by a stem (养老) and a generic head (院, 所, 机构, 中心),
and a question's head often differs from the article's. Read by ``unnamed_kind.kind_unsaid`` and
``whole_part._says``: a modifier said so is no kind the article never names, so the figure it owns (床位6300余张)
still answers. The stem must be followed by another head, not by any word (消防站 is not said by 消防员)."""

from __future__ import annotations

import re

# Generic heads of institution nouns; the stem before one of them carries the kind.
_HEADS = ("院", "所", "站", "馆", "机构", "中心")


def stem_said(word: str, text: str) -> bool:
    """Whether ``word`` (a stem of two or more characters plus a generic head) has its stem said in ``text`` under
    another generic head (养老院 → 养老机构)."""
    head = next((h for h in _HEADS if word.endswith(h)), "")
    stem = word[:-len(head)] if head else ""
    if len(stem) < 2:
        return False
    others = "|".join(h for h in _HEADS if h != head)
    return re.search(re.escape(stem) + f"(?:{others})", text) is not None
