"""Near words of one class that a question and an article use for the same thing (发动群众 / 提升全民安全意识).

An open question names its aspect in its own word, and the article that treats it may say a near word of the
same class: the public is 群众 in one text, 全民 or 公众 in another, 老百姓 in a chat. The article selection
(targets.target_entries) matched the question's word verbatim only, so an article whose title says the aspect in
the near word (苏州：多措并举提升全民安全意识) lost to one that says the question's word in passing (参与群众68万人次).
A near word counts for less than the word itself, and only when the text does not say the word.

Each class is a general lexical class of this domain, not one article's wording; a class goes in only when its
words name one group of people here (never 社会 alone: 社会面小场所, 经济社会发展 are no people).
"""

from __future__ import annotations

from typing import Sequence

from .match import match

# Lexical classes: words that name the same group of people in these briefings.
NEAR_CLASSES: tuple[tuple[str, ...], ...] = (
    # the public at large (the citizens a campaign reaches)
    ("群众", "全民", "公众", "民众", "老百姓", "百姓", "市民", "全社会"),
)
# A near word says the asked word less surely than the word itself (as a gapped match does, match.match).
NEAR_CREDIT = 0.7

_MATES: dict[str, tuple[str, ...]] = {w: tuple(m for m in c if m != w) for c in NEAR_CLASSES for w in c}


# Verbs of engaging people (发动群众, 动员群众参与, 调动公众): with a word of a people class they say that those people
# were engaged, not how; the article that treats the aspect says it in its own verbs (提升全民安全意识, 宣讲覆盖205万
# 人次), so, like a doing verb (targets.DOING_RE), they name no article's part.
ENGAGE_VERBS = ("发动", "动员", "调动", "参与", "带动")


def people_aspect(terms: Sequence[str]) -> tuple[str, ...]:
    """``terms`` for choosing articles: when one is a people-class word (群众), without the engaging verbs and
    their compounds with it (发动, 参与, 发动群众), which every article that merely mentions a turnout says."""
    people = [t for t in terms if t in _MATES]
    if not people:
        return tuple(terms)
    kept = tuple(t for t in terms if t not in ENGAGE_VERBS and not (
        t not in people and any(p in t for p in people) and any(v in t for v in ENGAGE_VERBS)))
    return kept or tuple(terms)


def mates(term: str) -> tuple[str, ...]:
    """The other words of ``term``'s class, () when it has none."""
    return _MATES.get(term, ())


def said_near(term: str, text: str) -> float:
    """``match`` of ``term`` in ``text``, else NEAR_CREDIT when ``text`` says a word of its class, else 0."""
    own = match(term, text)
    if own or not (near := mates(term)):
        return own
    return NEAR_CREDIT if any(m in text for m in near) else 0.0
