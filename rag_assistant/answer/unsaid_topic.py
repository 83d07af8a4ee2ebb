"""A thing an open question names beside its place that none of the place's articles says.

无锡在燃气安全上有啥做法 names 燃气: when no article about 无锡 says 燃气 (nor a word of its class), while
other articles of the briefings do (so it is a real subject of them, not a colloquial word), the question is
not answered by 无锡's articles on other things; it is refused with that reason. A word asking for a part
of an article (要求, 问题, 启示, 成效) names no subject and is never such a thing.
"""

from __future__ import annotations

import re

from ..types import Intent
from .library import Library
from .match import weights_of
from .narrow import NARROW_MIN_MASS
from .near_words import said_near
from .targets import DOING_RE

# Words asking for a part or a kind of statement of an article (典型做法, 主要内容), not for a subject it treats.
_PART_WORDS = re.compile(r"要求|典型|主要|具体|问题|启示|体会|成效|效果|成果|经验|亮点|特色|做法|措施|举措|办法|打算|计划|情况|内容|工作|安全|方面")
OTHER_ARTICLES = 2  # a subject word other articles say at least this often


def unsaid_topic(intent: Intent, library: Library) -> str | None:
    """The weighty topic word of an open question, when no article of its (one) place says any of the
    question's subject words and other articles say this one; None otherwise."""
    if intent.kind != "open" or intent.asks or len(intent.places) != 1:
        return None
    place = intent.places[0]
    pool = library.in_scope(intent.sources)
    own = [e for e in pool if e.is_about(place)]
    if not own:
        return None
    weights = weights_of(library)
    subjects = [t for t in intent.topic if len(t) >= 2 and not DOING_RE.match(t) and not _PART_WORDS.search(t)
                and weights.of(t) >= NARROW_MIN_MASS]
    # Only when the place's articles say none of the question's subject words: one word they lack beside
    # others they say (压实 of 压实企业主要负责人责任, 关系 of 三位一体执法和常规执法关系) is how the question
    # words what the article treats, not another subject.
    if any(said_near(t, (e.title + e.article.text).lower()) for t in subjects for e in own):
        return None
    for term in subjects:
        if sum(bool(said_near(term, e.article.text.lower())) for e in pool if e not in own) >= OTHER_ARTICLES:
            return term
    return None
