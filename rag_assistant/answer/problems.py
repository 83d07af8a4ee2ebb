"""The problems part of an article, for an open question that asks what is wrong or still lacking in a
practice (存在啥问题, 有哪些不足, 短板在哪, 还有啥差距): the sentences that state a problem the place has
(存在…问题, 仍有不足, 短板依然突出, 薄弱环节), not the measures its points lead with; [] when it states none, and
the question then gets the article's points under a heading that says the article names no problem.

Briefing articles report what was done; few say what is still wrong. Without this reading such a question
was read as a plain 做法 (or a fact question) and answered with measures as if they were the problems.
"""

from __future__ import annotations

import re

from ..text import sentence_spans
from .line import Line, clip
from .narrow import MAX_POINTS

# A sentence states a problem when it says one exists or persists (存在…问题, 问题依然突出, 仍有不足/差距,
# 薄弱环节), not when it names a problem it tackles (解决…问题, 聚焦突出问题, 五个问题突出产业) or the people a
# measure is for (对履职不到位的…进行约谈).
_STATED_RE = re.compile(r"存在(?:的|着)?[^。；，]{0,30}(?:问题|不足|短板|差距|薄弱)|"
                        r"(?:问题|不足|短板|差距)(?:依然|仍然|仍|还)(?:存在|突出|明显|较大)|"
                        r"(?:仍|还|尚)(?:有|存在)[^。；]{0,20}(?:不足|差距|短板|问题)|薄弱环节")


def problem_lines(text: str) -> list[Line]:
    """The problem sentences of ``text`` in text order, at most MAX_POINTS."""
    spans = [(a, b) for a, b in sentence_spans(text) if len(text[a:b].strip()) >= 8 and _STATED_RE.search(text, a, b)]
    return [Line(clip(" ".join(text[a:b].split()).rstrip("。；")), ((a, b),)) for a, b in spans[:MAX_POINTS]]
