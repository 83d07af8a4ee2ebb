"""The table of contents (内容要目 / 目录 / 本期导读) and matching body titles to its entries."""

from __future__ import annotations

import difflib
import re

from .masthead import nospace
from .paragraphs import TOC_MARKS_RE, TOC_RE, looks_like_title, section_name

TOC_MATCH, TOC_MATCH_IN_ORDER = 0.85, 0.75
# The page number after dot leaders (…… 3) or after the tab of a Word table of contents (title⇥3).
TOC_LEADER_RE = re.compile(r"(?:\s*[…．.·•]{2,}\s*|[ \u3000]*\t[\t ]*)\d{1,4}\s*$")
# An entry led by its column's marker (【地方动态】盐城市：…): the column is the entry's, not part of its title.
COLUMN_TAG_RE = re.compile(r"^(【[^】]{2,12}】)[ \u3000]*(?=\S)")


def read_toc(paragraphs: list[str], start: int) -> tuple[list[tuple[str | None, str]], int]:
    """TOC entries (section, title) after 内容要目; returns them and where the body starts."""
    if start >= len(paragraphs) or not TOC_RE.match(nospace(paragraphs[start])):
        return [], start
    entries: list[tuple[str | None, str]] = []
    seen_sections: set[str] = set()
    section = None
    i = start + 1
    while i < len(paragraphs):
        p = TOC_LEADER_RE.sub("", paragraphs[i])  # 镇江市：… ………… 1: the entry without its page number
        if (tag := COLUMN_TAG_RE.match(p)) and (name := section_name(nospace(tag.group(1)))):
            seen_sections.add(name)
            section, p = name, p[tag.end():]
        if not tag and (name := section_name(nospace(p))):  # ◆ 地方动态 ◆ is a marker; ■ title（2） an entry
            if name in seen_sections or (entries and section is None):
                break  # the body repeats the first marker, or a TOC without markers is followed by the body's
            seen_sections.add(name)
            section = name
        elif any(nospace(p) == nospace(title) for _, title in entries):
            break  # a TOC without markers, followed by the body's first title
        elif looks_like_title(p := TOC_MARKS_RE.sub("", p)):
            entries.append((section, p))
        else:
            break  # body text without a repeated marker
        i += 1
    return entries, i


def match_toc(candidate: str, toc_titles: list[str], expected: int | None = None) -> int | None:
    """Index of the TOC title this paragraph matches (layout and small wording differences allowed).

    The TOC lists titles in body order, so the next unmatched entry (``expected``) needs less likeness
    than any other: a short title with a misprinted place (淮南 for 淮安) still finds its entry."""
    key = nospace(candidate)
    ratios = [difflib.SequenceMatcher(None, key, nospace(title)).ratio() for title in toc_titles]
    if expected is not None and expected < len(ratios) and ratios[expected] >= TOC_MATCH_IN_ORDER:
        return expected
    best = max(range(len(ratios)), key=ratios.__getitem__, default=None)
    return best if best is not None and ratios[best] >= TOC_MATCH else None
